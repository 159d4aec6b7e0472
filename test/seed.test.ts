import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { declarationsOnly, typeCheck } from "./helpers/type-check.js";

const seed = "docs-input/cancelmediaprocessingoperation.md";
const english = "test/fixtures/seed-en/cancelmediaprocessingoperation.md";
const shared = ["docs-input/resultinfo.md", "docs-input/enums.md"];

describe("founding page", () => {
  const russian = generate({ inputs: [seed, ...shared] });

  it("gives CancelMediaProcessingOperation with the documented properties", () => {
    const text = russian.files.get("graph.ts")!;
    const body =
      /export interface CancelMediaProcessingOperation \{([\s\S]*?)\n\}/.exec(text)?.[1] ?? "";
    expect(
      declarationsOnly(body)
        .split("\n")
        .map((line) => line.trim()),
    ).toEqual([
      '"@odata.type"?: "#microsoft.graph.cancelMediaProcessingOperation";',
      "all?: boolean;",
      "clientContext?: string;",
      "readonly id?: string;",
      "readonly resultInfo?: ResultInfo;",
      "readonly status?: OperationStatus;",
    ]);
    expect(text).toMatch(
      /NotStarted: "notStarted",\s+Running: "running",\s+Completed: "completed",\s+Failed: "failed",/,
    );
  });

  it("reports the translated row it matched by position", () => {
    const matched = russian.diagnostics.filter((diagnostic) => diagnostic.code === "GT303");
    expect(matched).toMatchObject([{ file: seed, line: 25, column: 1 }]);
    expect(matched[0]!.message).toContain("'все'");
  });

  it("gives the same declarations in Russian and English", () => {
    const fromEnglish = generate({ inputs: [english, ...shared] });
    expect([...fromEnglish.files.keys()]).toEqual([...russian.files.keys()]);
    for (const [name, text] of russian.files) {
      expect(declarationsOnly(fromEnglish.files.get(name)!)).toBe(declarationsOnly(text));
    }
  });

  it("compiles under tsc --strict", () => {
    expect(typeCheck(russian.files)).toBe("");
  });
});
