import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

describe("public API", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toEqual([
      "checkOutput",
      "cleanOutput",
      "compareDeclarations",
      "defineConfig",
      "diagnosticCodes",
      "formatDiagnostic",
      "generate",
      "generateFromPages",
      "recoverOutput",
      "version",
      "writeOutput",
    ]);
  });

  it("generates files and diagnostics from pages", () => {
    const result: api.GenerateResult = api.generate({ inputs: ["docs-input"] });

    expect([...result.files.keys()]).toEqual(["graph.ts", "index.ts", "odata.ts"]);
    expect(result.diagnostics.map(api.formatDiagnostic)).toEqual([
      "docs-input/cancelmediaprocessingoperation.md:25:1 info GT303 table row 'все' matched to property 'all' by position and type",
    ]);
  });
});
