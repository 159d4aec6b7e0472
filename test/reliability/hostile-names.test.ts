import { describe, expect, it } from "vitest";
import type { EnumStyle } from "../../src/emit/emit-enum.js";
import { generateFromPages, type GenerateResult } from "../../src/generate.js";
import { resourcePage } from "../helpers/docs-page.js";
import { typeCheckBatch } from "../helpers/type-check-batch.js";

const styles: EnumStyle[] = ["const", "enum", "union"];

/** The code of a generated file with every comment taken out. */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "");
}

function generateAll(pages: { file: string; text: string }[]): GenerateResult[] {
  return styles.map((enumStyle) => generateFromPages(pages, { enumStyle }));
}

describe("reliability > hostile names", () => {
  describe("property names are kept exactly, quoted where needed", () => {
    const cases = [
      { given: "odata-etag", want: '"odata-etag"?: string;' },
      { given: "2ndValue", want: '"2ndValue"?: string;' },
      { given: "__proto__", want: "__proto__?: string;" },
      { given: "constructor", want: "constructor?: string;" },
      { given: "toString", want: "toString?: string;" },
      { given: "class", want: "class?: string;" },
      { given: "default", want: "default?: string;" },
      { given: "with space", want: '"with space"?: string;' },
      { given: 'quote"and\\slash', want: '"quote\\"and\\\\slash"?: string;' },
    ];
    const json = `{\n${cases.map(({ given }) => `  ${JSON.stringify(given)}: "String"`).join(",\n")}\n}`;
    const page = {
      file: "widget.md",
      text: resourcePage({ type: "microsoft.graph.widget", json }),
    };
    const results = generateAll([page]);

    it.each(cases)("$given", ({ want }) => {
      expect(results[0]!.files.get("graph.ts")).toContain(want);
    });

    it("compiles in every enum style", () => {
      expect(typeCheckBatch(results.map((result) => result.files))).toEqual(["", "", ""]);
    });
  });

  describe("type names equal to globals or to each other", () => {
    const cases = [
      { given: "microsoft.graph.date", want: "export interface Date {" },
      { given: "microsoft.graph.error", want: "export interface Error extends Date {" },
      { given: "microsoft.graph.promise", want: "export interface Promise {" },
      { given: "microsoft.graph.object", want: "export interface Object {" },
      { given: "microsoft.graph.callRecords.date", want: "export interface Date {" },
      { given: "microsoft.graph.callRecords", want: "export interface CallRecords {" },
      { given: "microsoft.graph.a*/b", want: "export interface AB {" },
    ];
    const refs = cases.map(({ given }, index) => `"p${index}": {"@odata.type": "${given}"}`);
    const pages = cases.map(({ given }, index) => ({
      file: `page-${index}.md`,
      text: resourcePage({
        type: given,
        ...(given.endsWith("error") ? { base: "microsoft.graph.date" } : {}),
        json: `{ "value": "String", ${refs.join(", ")} }`,
      }),
    }));
    const results = generateAll(pages);
    const all = [...results[0]!.files.values()].join("\n");

    it.each(cases)("$given", ({ want }) => {
      expect(all).toContain(want);
    });

    it("refers across namespaces through an import that no local name shadows", () => {
      expect(results[0]!.files.get("graph.ts")).toContain(
        'import type * as CallRecordsModule from "./call-records.js";',
      );
    });

    it("compiles in every enum style", () => {
      expect(typeCheckBatch(results.map((result) => result.files))).toEqual(["", "", ""]);
    });
  });

  describe("enum members that are not identifiers stay string values", () => {
    const cases = [
      { given: "not-started", want: '"not-started"' },
      { given: "2fa", want: '"2fa"' },
      { given: "1", want: '"1"' },
      { given: "-1", want: '"-1"' },
      { given: "__proto__", want: '"__proto__"' },
      { given: "constructor", want: '"constructor"' },
      { given: "toString", want: '"toString"' },
      { given: "class", want: '"class"' },
    ];
    const members = cases.map(({ given }) => `| \`${given}\` | a member |`).join("\n");
    const text = resourcePage({
      type: "microsoft.graph.widget",
      json: '{ "state": {"@odata.type": "microsoft.graph.widgetState"} }',
      after: `### widgetState values\n\n| Member | Description |\n|:--|:--|\n${members}\n`,
    });
    const results = generateAll([{ file: "widget.md", text }]);

    it.each(cases)("$given", ({ want }) => {
      for (const result of results) expect(codeOnly(result.files.get("graph.ts")!)).toContain(want);
    });

    it("compiles in every enum style", () => {
      expect(typeCheckBatch(results.map((result) => result.files))).toEqual(["", "", ""]);
    });
  });

  describe("no description can end a comment", () => {
    const cases = [
      { given: "ends */ here", want: "ends *\\/ here" },
      { given: "has `code` and ``two``", want: "has `code`" },
      { given: "<b>bold</b> and <script>x()</script>", want: "bold" },
      { given: "`*/ export const hacked = 1; /*`", want: "*\\/ export const hacked" },
    ];
    const text = resourcePage({
      type: "microsoft.graph.widget",
      intro: cases.map(({ given }) => given).join(" "),
      rows: cases.map(({ given }, index) => [`p${index}`, "String", given]),
      json: `{ ${cases.map((_, index) => `"p${index}": "String"`).join(", ")} }`,
    });
    const results = generateAll([{ file: "widget*/.md", text }]);
    const output = results[0]!.files.get("graph.ts")!;

    it.each(cases)("$given", ({ want }) => {
      expect(output).toContain(want);
    });

    it("leaves no description text outside a comment", () => {
      for (const result of results) {
        for (const file of result.files.values())
          expect(codeOnly(file)).not.toMatch(/hacked|here|bold/);
      }
    });

    it("compiles in every enum style", () => {
      expect(typeCheckBatch(results.map((result) => result.files))).toEqual(["", "", ""]);
    });
  });
});
