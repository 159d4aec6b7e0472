import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readPlainFields } from "../../src/extract/front-matter.js";
import { collectPages } from "../../src/read/collect-pages.js";
import { corpora, corpusPresent } from "../helpers/corpus.js";

/** What the YAML parser makes of the fields the generator reads. */
function parsed(yaml: string): Record<string, unknown> {
  const data = parse(yaml, { uniqueKeys: false, logLevel: "error" }) as Record<string, unknown>;
  return Object.fromEntries(
    ["title", "doc_type", "ms.contentlocale"].map((key) => [key, data?.[key]]),
  );
}

function plain(yaml: string): Record<string, unknown> | undefined {
  const fields = readPlainFields(yaml);
  return (
    fields &&
    Object.fromEntries(["title", "doc_type", "ms.contentlocale"].map((key) => [key, fields[key]]))
  );
}

describe("extract > front matter without the YAML parser", () => {
  it.each([
    ['title: "user resource type"\nms.contentlocale: ru-RU', "user resource type"],
    ["title: user's settings  \nauthor: x", "user's settings"],
    ["title: 'quoted'\nms.lasthandoff: 06/04/2021", "quoted"],
  ])("reads %j as the parser does", (yaml, title) => {
    expect(plain(yaml)?.title).toBe(title);
    expect(plain(yaml)).toEqual(parsed(yaml));
  });

  it.each([
    "title: a: b",
    "title: x # note",
    'title: "with \\" escape"',
    "title: 2021",
    "title: true",
    "tags: [a, b]",
    "title: a\ntitle: b",
    "title: >\n  folded",
    "# comment\ntitle: a",
  ])("leaves %j to the parser", (yaml) => {
    expect(readPlainFields(yaml)).toBeUndefined();
  });

  it("agrees with the parser on any front matter it reads", () => {
    const piece = fc.constantFrom(
      "title",
      "doc_type",
      "ms.contentlocale",
      "a",
      ": ",
      ":",
      " ",
      "#",
      '"',
      "'",
      "\\",
      "-",
      "1",
      "true",
      "x y",
      "[",
      "\n",
      "\t",
      "é",
      "&",
      "*",
      "!",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const yaml = pieces.join("");
        let expected: Record<string, unknown>;
        try {
          expected = parsed(yaml);
        } catch {
          expect(readPlainFields(yaml)).toBeUndefined();
          return;
        }
        const fields = plain(yaml);
        if (fields !== undefined) expect(fields).toEqual(expected);
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });

  for (const [name, dir] of Object.entries(corpora)) {
    it.skipIf(!corpusPresent(dir))(`agrees with the parser on every page of corpus ${name}`, () => {
      const front = collectPages([dir])
        .pages.map((page) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(page.text)?.[1])
        .filter((yaml): yaml is string => yaml !== undefined);
      const read = front.filter((yaml) => readPlainFields(yaml) !== undefined);

      expect(read.length).toBeGreaterThan(front.length * 0.9);
      for (const yaml of read) expect(plain(yaml)).toEqual(parsed(yaml));
    });
  }
});
