import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  generateIncremental,
  generateIncrementalFromPages,
} from "../../src/generate-incremental.js";
import { generateFromPages } from "../../src/generate.js";
import { collectPages } from "../../src/read/collect-pages.js";
import { tempFolder } from "../helpers/temp-folder.js";

const features = join(import.meta.dirname, "..", "golden", "features", "input");
const seed = join(import.meta.dirname, "..", "..", "docs-input");

describe("generate incremental > targets sharing a cache folder", () => {
  it("keeps each target's last run and link apart", async () => {
    const cacheDir = tempFolder();
    const first = { inputs: [features], cacheDir };
    const second = { inputs: [seed], cacheDir };
    const union = { inputs: [features], cacheDir, enumStyle: "union" as const };
    const some = { inputs: [features], cacheDir, exclude: ["**/enums.md"] };
    const targets = [first, second, union, some];
    for (const target of targets) await generateIncremental(target);

    for (const target of targets) {
      const again = await generateIncremental(target);
      expect(again.reused).toBe("run");
      expect(again.extracted).toEqual([]);
    }

    const pages = collectPages([features]).pages.map((page) =>
      page.file.endsWith("meeting.md")
        ? { ...page, text: page.text.replace("Who is invited.", "Who is invited to it.") }
        : page,
    );
    const edited = await generateIncrementalFromPages(pages, first);
    expect(edited.reused).toBe("link");
    expect(edited.files).toEqual(generateFromPages(pages, {}).files);
    expect((await generateIncremental(second)).reused).toBe("run");
  });
});

describe("generate incremental > a damaged cache folder", () => {
  it("gives the bytes of a run from nothing when every cache file is cut short or rewritten", async () => {
    const cacheDir = tempFolder();
    const options = { inputs: [features], cacheDir };
    const plain = generateFromPages(collectPages([features]).pages, {});
    await generateIncremental(options);
    const files = readdirSync(cacheDir, { recursive: true, encoding: "utf8" })
      .map((file) => join(cacheDir, file))
      .filter((file) => statSync(file).isFile());
    expect(files.length).toBeGreaterThanOrEqual(4);

    for (const damage of [
      (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1),
      (bytes: Buffer) => bytes.subarray(0, 70),
      (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 68), Buffer.alloc(64, 7)]),
    ]) {
      for (const file of files) writeFileSync(file, damage(readFileSync(file)));
      const run = await generateIncremental(options);
      expect(run.files).toEqual(plain.files);
      expect(run.diagnostics).toEqual(plain.diagnostics);
    }
  });
});
