import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readPrintCache } from "../../src/cache/print-cache.js";
import {
  generateIncremental,
  generateIncrementalFromPages,
} from "../../src/generate-incremental.js";
import { generate, generateFromPages } from "../../src/generate.js";
import { collectPages } from "../../src/read/collect-pages.js";
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

  it("gives the same bytes after one table row changed, reusing the other printed declarations", async () => {
    const pages = collectPages(inputs).pages.map((page) =>
      page.file.endsWith("user.md")
        ? { ...page, text: page.text.replace("|aboutMe|String|", "|aboutMe|String|Edited. ") }
        : page,
    );
    await generateIncremental({ inputs, cacheDir }); // the run before the edit, as edited
    const before = readPrintCache(cacheDir).printed;
    const edited = await generateIncrementalFromPages(pages, { inputs, cacheDir });
    const after = readPrintCache(cacheDir).printed;

    expect(edited.extracted).toHaveLength(1);
    expect(edited.files).toEqual(generateFromPages(pages, {}).files);
    expect(edited.files).not.toEqual(plain.files);
    const reprinted = [...after.keys()].filter((key) => !before.has(key));
    expect(reprinted.length).toBeGreaterThan(0);
    expect(reprinted.length).toBeLessThan(after.size / 100);
  }, 600_000);
});
