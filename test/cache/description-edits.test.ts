import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateIncrementalFromPages } from "../../src/generate-incremental.js";
import { generateFromPages } from "../../src/generate.js";
import { collectPages, type PageFile } from "../../src/read/collect-pages.js";
import { tempFolder } from "../helpers/temp-folder.js";

const input = join(import.meta.dirname, "..", "golden", "features", "input");
const original = collectPages([input]).pages;

/**
 * One edit of one page: words added to a row's description or to the lead paragraph, or a
 * row's type or presence changed.
 */
type Edit =
  | { kind: "describe" | "lead"; page: number; line: number; words: string }
  | { kind: "retype"; page: number; line: number }
  | { kind: "drop"; page: number; line: number };

const words = fc
  .array(fc.constantFrom("lorem", "ipsum", "dolor", "sit", "amet", "widget"), {
    minLength: 1,
    maxLength: 4,
  })
  .map((list) => list.join(" "));
const at = { page: fc.nat(), line: fc.nat() };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("describe" as const), ...at, words }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("lead" as const), ...at, words }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("retype" as const), ...at }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop" as const), ...at }) },
);

const output = fc.record({
  enumStyle: fc.constantFrom("const" as const, "enum" as const, "union" as const),
  layout: fc.constantFrom("namespace" as const, "file-per-type" as const),
});

/** Body rows of property tables: three cells or more, neither header nor delimiter. */
function propertyRows(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) => {
    const cells = line.split("|").slice(1, -1);
    const header = /^\s*(Property|Relationship)\s*$/.test(cells[0] ?? "");
    return cells.length >= 3 && !header && !/^\|\s*:?-/.test(line) ? [index] : [];
  });
}

/** Apply an edit; undefined when the page has no line to edit. */
function applyEdit(pages: readonly PageFile[], change: Edit): PageFile[] | undefined {
  const index = change.page % pages.length;
  const lines = pages[index]!.text.split("\n");
  if (change.kind === "lead") {
    const lead = lines.findIndex(
      (line, each) => each > 0 && /^[A-Z]/.test(line) && !line.startsWith("Namespace"),
    );
    if (lead < 0) return undefined;
    lines[lead] += ` ${sentence(change.words)}`;
    return withLines(pages, index, lines);
  }

  const rows = propertyRows(lines);
  if (rows.length === 0) return undefined;
  const row = rows[change.line % rows.length]!;
  const cells = lines[row]!.split("|");
  if (change.kind === "drop") lines.splice(row, 1);
  else if (change.kind === "retype") {
    cells[2] = cells[2]!.trim() === "String" ? " Int32 " : " String ";
    lines[row] = cells.join("|");
  } else {
    const last = cells.length - 2;
    cells[last] = `${cells[last]!.trimEnd()} ${sentence(change.words)} `;
    lines[row] = cells.join("|");
  }
  return withLines(pages, index, lines);
}

function withLines(pages: readonly PageFile[], index: number, lines: string[]): PageFile[] {
  return pages.map((page, each) => (each === index ? { ...page, text: lines.join("\n") } : page));
}

function sentence(words: string): string {
  return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
}

describe("generate incremental > description edits", () => {
  it("gives the bytes of a run from nothing after every edit, linking again only when a row's type or presence changed", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        output,
        async (edits, shape) => {
          const cacheDir = tempFolder();
          const options = { inputs: [input], cacheDir, threads: 1, ...shape };
          let pages = original;
          await generateIncrementalFromPages(pages, options);

          for (const change of edits) {
            const next = applyEdit(pages, change);
            if (next === undefined) continue;
            pages = next;
            const run = await generateIncrementalFromPages(pages, options);
            const plain = generateFromPages(pages, shape);

            expect(run.files).toEqual(plain.files);
            expect(run.diagnostics).toEqual(plain.diagnostics);
            if (change.kind === "describe" || change.kind === "lead")
              expect(run.reused).toBe("link");
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
