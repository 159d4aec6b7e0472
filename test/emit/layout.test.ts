import { describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { typeCheck } from "../helpers/type-check.js";

const seed = ["docs-input"];

describe("emit > layout file-per-type", () => {
  const result = generate({ inputs: seed, layout: "file-per-type" });

  it("writes a folder per namespace with a file per declaration and an index", () => {
    expect([...result.files.keys()]).toEqual([
      "graph/cancel-media-processing-operation.ts",
      "graph/index.ts",
      "graph/operation-status.ts",
      "graph/result-info.ts",
      "index.ts",
      "odata.ts",
    ]);
    expect(result.files.get("graph/index.ts")).toContain(
      'export * from "./cancel-media-processing-operation.js";',
    );
    expect(result.files.get("index.ts")).toContain('export * from "./graph/index.js";');
  });

  it("imports the siblings a declaration names, and no others", () => {
    const text = result.files.get("graph/cancel-media-processing-operation.ts")!;

    expect(text).toContain('import type { OperationStatus } from "./operation-status.js";');
    expect(text).toContain('import type { ResultInfo } from "./result-info.js";');
    expect(result.files.get("graph/result-info.ts")).not.toContain("import");
  });

  it("declares what the namespace layout declares", () => {
    const flat = generate({ inputs: seed });
    const declared = (files: Map<string, string>) =>
      [...files.values()]
        .flatMap((text) => text.match(/^export (interface|const|type) \w+/gm) ?? [])
        .sort();

    expect(declared(result.files)).toEqual(declared(flat.files));
  });

  it.each(["const", "enum", "union"] as const)("compiles with enum style %s", (enumStyle) => {
    const files = generate({ inputs: seed, layout: "file-per-type", enumStyle }).files;

    expect(typeCheck(files)).toBe("");
  });
});
