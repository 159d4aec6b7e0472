import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { readTypeNode } from "../../src/compare/read-type-node.js";
import type { TypeShape } from "../../src/compare/type-table.js";

const wrappers = new Set(["NullableOption"]);

/** The shape of `value` in `interface Sample { value?: <given> }`. */
function shapeOf(given: string): TypeShape {
  const file = ts.createSourceFile(
    "sample.ts",
    `interface Sample { value?: ${given} }`,
    ts.ScriptTarget.Latest,
  );
  const [statement] = file.statements;
  const [member] =
    statement !== undefined && ts.isInterfaceDeclaration(statement) ? statement.members : [];
  if (member === undefined || !ts.isPropertySignature(member) || member.type === undefined) {
    throw new Error(`expected a property type in: ${given}`);
  }

  return readTypeNode(member.type, wrappers);
}

const plain = { array: false, nullable: false };

describe("compare > read type node", () => {
  const cases: Array<{ given: string; want: TypeShape }> = [
    { given: "string", want: { kind: "primitive", primitive: "string", ...plain } },
    {
      given: "NullableOption<string[]>",
      want: { kind: "primitive", primitive: "string", array: true, nullable: true },
    },
    {
      given: "string | null",
      want: { kind: "primitive", primitive: "string", array: false, nullable: true },
    },
    {
      given: "ReadonlyArray<number>",
      want: { kind: "primitive", primitive: "number", array: true, nullable: false },
    },
    {
      given: "readonly boolean[]",
      want: { kind: "primitive", primitive: "boolean", array: true, nullable: false },
    },
    { given: "true | false", want: { kind: "primitive", primitive: "boolean", ...plain } },
    {
      given: "microsoftgraph.Entity",
      want: { kind: "reference", target: "microsoftgraph.Entity", ...plain },
    },
    { given: '"low" | "high"', want: { kind: "literals", members: ["low", "high"], ...plain } },
    { given: "any", want: { kind: "unknown", ...plain } },
    { given: "Record<string, unknown>", want: { kind: "unknown", ...plain } },
    {
      given: "(A | B)[]",
      want: {
        kind: "union",
        members: [
          { kind: "reference", target: "A", ...plain },
          { kind: "reference", target: "B", ...plain },
        ],
        array: true,
        nullable: false,
      },
    },
  ];

  it.each(cases)("$given", ({ given, want }) => {
    expect(shapeOf(given)).toEqual(want);
  });
});
