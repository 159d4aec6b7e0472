import { describe, expect, it } from "vitest";
import { generateFromPages } from "../../src/generate.js";
import { parseLooseJson } from "../../src/parse/loose-json.js";
import { resourcePage } from "../helpers/docs-page.js";
import { typeCheckBatch } from "../helpers/type-check-batch.js";

const rows = [
  ["id", "String", "The identifier."],
  ["count", "Int32", "How many."],
  ["owner", "[identity](identity.md)", "Who owns it."],
];
const want = ["id?: string;", "count?: number;", "owner?: Identity;"];

/** The page with `json` in its block, and where the block's first line is. */
function pageWith(json: string) {
  const text = resourcePage({ type: "microsoft.graph.widget", rows, json });
  return { text, firstLine: text.split("\n").indexOf("```json") + 2 };
}

describe("reliability > broken JSON blocks", () => {
  const cases = [
    {
      given: "missing commas",
      json: '{\n  "id": "String"\n  "count": 1024\n  "owner": {"@odata.type": "microsoft.graph.identity"}\n}',
      code: "GT202",
      line: 1,
    },
    {
      given: "an unclosed bracket",
      json: '{\n  "id": "String",\n  "count": 1024,\n  "owner": {"@odata.type": "microsoft.graph.identity"',
      code: "GT203",
      line: 3,
    },
    {
      given: "an unclosed string",
      json: '{\n  "id": "String,\n  "count": 1024,\n  "owner": {"@odata.type": "microsoft.graph.identity"}\n}',
      code: "GT202",
      line: 1,
    },
    { given: "a truncated block", json: '{\n  "id": "Str', code: "GT203", line: 1 },
    { given: "no JSON at all", json: "]]] ,,, :::", code: "GT205", line: 0 },
    {
      given: "a stray closing bracket first",
      json: '}\n{ "id": "String" }',
      code: "GT202",
      line: 0,
    },
    { given: "an unclosed comment", json: '{ "id": "String" /* note', code: "GT203", line: 0 },
  ];

  describe.each(cases)("$given", ({ json, code, line }) => {
    const { text, firstLine } = pageWith(json);
    const result = generateFromPages([{ file: "widget.md", text }], {});
    const output = result.files.get("graph.ts")!;

    it("still emits the type with every table row", () => {
      for (const property of want) expect(output).toContain(property);
    });

    it(`reports ${code} inside the block`, () => {
      const found = result.diagnostics.find((diagnostic) => diagnostic.code === code);
      expect(found).toBeDefined();
      expect(found!.line).toBeGreaterThanOrEqual(firstLine + line - 1);
      expect(found!.line).toBeLessThan(firstLine + json.split("\n").length);
      expect(found!.column).toBeGreaterThanOrEqual(1);
    });

    it("compiles", () => {
      expect(typeCheckBatch([result.files])).toEqual([""]);
    });
  });

  describe("a page truncated in the middle of its block", () => {
    const { text } = pageWith('{\n  "id": "String",\n  "count": 1024,\n  "owner": {}\n}');
    const cut = text.slice(0, text.indexOf('"count"') + 4);
    const result = generateFromPages([{ file: "widget.md", text: cut }], {});

    it("keeps the keys read before the cut and the table's types", () => {
      expect(result.files.get("graph.ts")).toContain("id?: string;");
      expect(result.files.get("graph.ts")).toContain("count?: number;");
      expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toContain("GT203");
    });
  });

  describe("an indented block (no fences)", () => {
    const text = resourcePage({ type: "microsoft.graph.widget", rows, json: "" }).replace(
      "```json\n\n```",
      '    { "id": "String"\n    "count": 1 }',
    );
    const result = generateFromPages([{ file: "widget.md", text }], {});
    const lines = text.split("\n");

    it("reports its repair on the line it is on", () => {
      const found = result.diagnostics.find((diagnostic) => diagnostic.code === "GT202")!;
      expect(lines[found.line - 1]).toContain('"count"');
      expect(found.column).toBeLessThanOrEqual(lines[found.line - 1]!.length + 1);
    });
  });
});

describe("reliability > broken JSON blocks > positions stay on real lines", () => {
  const cases = [
    { given: "a lone CR between keys", json: '{ "a": 1\r"b": 2 }', want: { line: 2, column: 1 } },
    { given: "CR LF line ends", json: '{ "a": 1\r\n"b": 2 }', want: { line: 2, column: 1 } },
    {
      given: "a backslash before a line end",
      json: '{ "a": "x\\\n"b": 2 }',
      want: { line: 2, column: 1 },
    },
    { given: "a cut unicode escape", json: '{ "a": "\\u1\n"b": 2 }', want: { line: 2, column: 1 } },
  ];

  it.each(cases)("$given", ({ json, want }) => {
    const { problems } = parseLooseJson(json);
    expect(problems.map((problem) => problem.position)).toContainEqual(want);
  });
});
