import { describe, expect, it } from "vitest";
import { emitEnum, type EnumStyle } from "../../src/emit/emit-enum.js";
import type { EnumModel } from "../../src/model/api-model.js";
import { printStructure, StructureKind } from "ts-morph";
import { typeCheck } from "../helpers/type-check.js";

/** Print one enum in a style as a module of its own. */
function print(list: EnumModel, style: EnumStyle): string {
  return printStructure({
    kind: StructureKind.SourceFile,
    statements: emitEnum(list, "Status", style),
  });
}

describe("emit > enum", () => {
  const cases: { given: string; members: string[] }[] = [
    { given: "members", members: ["notStarted", "running"] },
    { given: "no members left (all translated away)", members: [] },
    { given: "members that are no identifiers", members: ["not-started", "2fa", "1", "__proto__"] },
  ];

  for (const { given, members } of cases) {
    for (const style of ["const", "enum", "union"] as const) {
      it(`${style} > ${given} compiles`, () => {
        const list: EnumModel = {
          key: "k",
          namespace: "microsoft.graph",
          name: "status",
          members,
          sources: ["x.md"],
          inline: false,
        };
        expect(typeCheck(new Map([["status.ts", `${print(list, style)}\nexport {};\n`]]))).toBe("");
      });
    }
  }
});
