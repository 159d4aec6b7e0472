import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPrintCache } from "../../src/cache/print-cache.js";
import {
  generateIncremental,
  generateIncrementalFromPages,
} from "../../src/generate-incremental.js";
import { generate, generateFromPages } from "../../src/generate.js";
import { collectPages, type PageFile } from "../../src/read/collect-pages.js";
import { corpora, corpusPresent } from "../helpers/corpus.js";

const cacheDir = mkdtempSync(join(tmpdir(), "graph-typegen-cache-"));

describe.skipIf(!corpusPresent(corpora.en))("generate incremental > corpus en", () => {
  const inputs = [corpora.en];
  const plain = generate({ inputs });

  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it("gives the same bytes on worker threads with an empty cache", async () => {
    const cold = await generateIncremental({ inputs, cacheDir, threads: 2 });

    expect(cold.extracted).toHaveLength(plain.stats.pages);
    expect(cold.files).toEqual(plain.files);
    expect(cold.diagnostics).toEqual(plain.diagnostics);
  }, 600_000);

  it("gives the same bytes from the last run", async () => {
    const warm = await generateIncremental({ inputs, cacheDir });

    expect(warm.extracted).toEqual([]);
    expect(warm.files).toEqual(plain.files);
    expect(warm.diagnostics).toEqual(plain.diagnostics);
  });

  it("gives the same bytes from cached extracts with other options, then differs as asked", async () => {
    const union = await generateIncremental({ inputs, cacheDir, enumStyle: "union" });

    expect(union.extracted).toEqual([]);
    expect(union.files).toEqual(generate({ inputs, enumStyle: "union" }).files);
    expect(union.files).not.toEqual(plain.files);
  }, 600_000);

  it("gives the same bytes after one row's description changed, from the last link", async () => {
    const pages = edit(
      collectPages(inputs).pages,
      "user.md",
      "|aboutMe|String|",
      "|aboutMe|String|Edited. ",
    );
    await generateIncremental({ inputs, cacheDir }); // the run before the edit
    const edited = await generateIncrementalFromPages(pages, { inputs, cacheDir });

    expect(edited.extracted).toHaveLength(1);
    expect(edited.reused).toBe("link");
    expect(edited.files).toEqual(generateFromPages(pages, {}).files);
    expect(edited.files).not.toEqual(plain.files);
  }, 600_000);

  it("gives the same bytes after descriptions changed on many pages, then some changed back", async () => {
    const all = collectPages(inputs).pages;
    const described = all.flatMap((page, index) => {
      const row = page.text.match(/^\|\s*[a-z]\w*\s*\|[^|\n]+\|[^|\n]*\w[^|\n]*\|/m)?.[0];
      return row && index % 40 === 0 ? [{ file: page.file, row }] : [];
    });
    const describe = (pages: PageFile[], rows: typeof described) =>
      rows.reduce(
        (edited, { file, row }) => edit(edited, file, row, `${row.slice(0, -1)} Edited.|`),
        pages,
      );

    const many = describe(all, described);
    const first = await generateIncrementalFromPages(many, { inputs, cacheDir });
    expect(described.length).toBeGreaterThan(20);
    expect(first.reused).toBe("link");
    expect(first.files).toEqual(generateFromPages(many, {}).files);

    const some = describe(all, described.slice(0, 10));
    const second = await generateIncrementalFromPages(some, { inputs, cacheDir });
    expect(second.reused).toBe("link");
    expect(second.extracted).toEqual([]);
    expect(second.files).toEqual(generateFromPages(some, {}).files);
  }, 600_000);

  it("links again after a row's type changed, reusing the other printed declarations", async () => {
    const pages = edit(
      collectPages(inputs).pages,
      "user.md",
      "|aboutMe|String|",
      "|aboutMe|Int32|",
    );
    await generateIncremental({ inputs, cacheDir }); // the run before the edit
    const before = printedKeys(cacheDir);
    const edited = await generateIncrementalFromPages(pages, { inputs, cacheDir });
    const after = printedKeys(cacheDir);

    expect(edited.extracted).toHaveLength(1);
    expect(edited.reused).toBe("extracts");
    expect(edited.files).toEqual(generateFromPages(pages, {}).files);
    expect(edited.files).not.toEqual(plain.files);
    const reprinted = [...after.keys()].filter((key) => !before.has(key));
    expect(reprinted.length).toBeGreaterThan(0);
    expect(reprinted.length).toBeLessThan(after.size / 100);
  }, 600_000);
});

/** The keys of every target's printed declarations in a cache folder. */
function printedKeys(dir: string): Set<string> {
  const targets = join(dir, "targets");
  return new Set(
    readdirSync(targets).flatMap((target) => [
      ...readPrintCache(join(targets, target)).printed.keys(),
    ]),
  );
}

/** The pages with one text in one page replaced. */
function edit(pages: PageFile[], file: string, from: string, to: string): PageFile[] {
  return pages.map((page) =>
    page.file === file || page.file.endsWith(`/${file}`)
      ? { ...page, text: page.text.replace(from, to) }
      : page,
  );
}
