import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRun, runKey, writeRun } from "../../src/cache/run-cache.js";
import type { GenerateResult } from "../../src/generate.js";
import { tempFolder } from "../helpers/temp-folder.js";

describe("cache > last run", () => {
  const result: GenerateResult = {
    files: new Map([["graph.ts", "export interface A {}\n"]]),
    diagnostics: [],
    stats: { pages: 1, types: 1, placeholders: 0, enums: 0 },
  };
  const key = runKey(["page"], { enumStyle: "const" }, []);

  it("gives the result back under its own key only", () => {
    const dir = tempFolder();
    writeRun(dir, key, { result });
    expect(readRun(dir, key)).toEqual(result);
    expect(readRun(dir, runKey(["page", "other"], { enumStyle: "const" }, []))).toBeUndefined();
    expect(readRun(dir, runKey(["page"], { enumStyle: "union" }, []))).toBeUndefined();
  });

  it("gives nothing for a file it cannot read", () => {
    const dir = tempFolder();
    expect(readRun(dir, key)).toBeUndefined();
    writeFileSync(join(dir, "last-run.bin"), `${key}not a serialized result`);
    expect(readRun(dir, key)).toBeUndefined();
  });
});
