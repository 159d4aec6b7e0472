import { describe, expect, it } from "vitest";
import { parseLooseJson, type LooseValue } from "../../src/parse/loose-json.js";

/** A value without positions, for comparing. */
function plain(value: LooseValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case "object":
      return Object.fromEntries(value.entries.map((entry) => [entry.key, plain(entry.value)]));
    case "array":
      return value.items.map(plain);
    case "null":
      return null;
    case "bare":
      return `bare:${value.value}`;
    default:
      return value.value;
  }
}

describe("loose JSON", () => {
  const cases: { name: string; given: string; want: unknown; fatal?: boolean }[] = [
    { name: "plain JSON", given: '{"a": 1, "b": [true, null]}', want: { a: 1, b: [true, null] } },
    {
      name: "comments",
      given: '{ "a": "x", // note\n /* more */ "b": 2 }',
      want: { a: "x", b: 2 },
    },
    {
      name: "ellipsis lines",
      given: '{\n "a": "x",\n ...\n "b": "y"\n}',
      want: { a: "x", b: "y" },
    },
    { name: "trailing commas", given: '{"a": [1, 2,], }', want: { a: [1, 2] } },
    { name: "missing commas", given: '{"a": "x"\n "b": "y"}', want: { a: "x", b: "y" } },
    { name: "bare words", given: '{"a": String}', want: { a: "bare:String" } },
    {
      name: "nested type object",
      given: '{"r": {"@odata.type": "#microsoft.graph.x"}}',
      want: { r: { "@odata.type": "#microsoft.graph.x" } },
    },
    {
      name: "truncated",
      given: '{"a": "x", "b": {"c": 1',
      want: { a: "x", b: { c: 1 } },
      fatal: true,
    },
    { name: "unclosed string", given: '{"a": "x\n, "b": 1}', want: { a: "x", b: 1 } },
  ];

  for (const { name, given, want, fatal } of cases) {
    it(name, () => {
      const result = parseLooseJson(given);
      expect(plain(result.value)).toEqual(want);
      expect(result.problems.some((problem) => problem.fatal)).toBe(fatal ?? false);
    });
  }

  it("positions keys by line and column", () => {
    const result = parseLooseJson('{\n  "a": 1,\n    "b": 2\n}', { line: 10, column: 1 });
    const entries = result.value?.kind === "object" ? result.value.entries : [];
    expect(entries.map((entry) => [entry.key, entry.position])).toEqual([
      ["a", { line: 11, column: 3 }],
      ["b", { line: 12, column: 5 }],
    ]);
  });

  it("survives nesting far deeper than the stack", () => {
    const depth = 100_000;
    const result = parseLooseJson(`{"a": ${"[".repeat(depth)}${"]".repeat(depth)}, "b": 1}`);
    expect(plain(result.value)).toMatchObject({ b: 1 });
  });
});
