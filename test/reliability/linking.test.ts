import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate, generateFromPages } from "../../src/generate.js";
import { resourcePage } from "../helpers/docs-page.js";
import { tempFolder } from "../helpers/temp-folder.js";
import { typeCheckBatch } from "../helpers/type-check-batch.js";

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function page(file: string, type: string, json: string, base?: string) {
  return { file, text: resourcePage({ type, json, ...(base ? { base } : {}) }) };
}

describe("reliability > linking pages", () => {
  const cases = [
    {
      given: "the same type on two pages",
      pages: [
        page("a/widget.md", "microsoft.graph.widget", '{ "first": "String" }'),
        page("b/widget.md", "microsoft.graph.widget", '{ "second": "String" }'),
      ],
      want: {
        code: "GT401",
        file: "b/widget.md",
        contains: "first?: string;\n    second?: string;",
      },
    },
    {
      given: "an inheritance cycle",
      pages: [
        page("a.md", "microsoft.graph.a", '{ "x": "String" }', "microsoft.graph.b"),
        page("b.md", "microsoft.graph.b", '{ "y": "String" }', "microsoft.graph.a"),
      ],
      want: {
        code: "GT402",
        file: "b.md",
        contains: "export interface A extends B {",
        lacks: "B extends",
      },
    },
    {
      given: "a type that extends itself",
      pages: [page("a.md", "microsoft.graph.a", '{ "x": "String" }', "microsoft.graph.a")],
      want: { code: "", file: "a.md", contains: "export interface A {", lacks: "extends" },
    },
    {
      given: "a reference to a page that does not exist",
      pages: [
        page("a.md", "microsoft.graph.a", '{ "x": {"@odata.type": "microsoft.graph.gone"} }'),
      ],
      want: { code: "GT400", file: "a.md", contains: "@placeholder", lacks: "extends" },
    },
    {
      given: "a base on a page that does not exist",
      pages: [page("a.md", "microsoft.graph.a", '{ "x": "String" }', "microsoft.graph.gone")],
      want: {
        code: "GT403",
        file: "a.md",
        contains: "export interface A extends Gone {",
        lacks: "B",
      },
    },
  ];

  describe.each(cases)("$given", ({ pages, want }) => {
    const result = generateFromPages(pages, {});
    const output = result.files.get("graph.ts")!;

    it(want.code ? `reports ${want.code} in ${want.file}` : "reports nothing", () => {
      const codes = result.diagnostics.filter((diagnostic) => diagnostic.code.startsWith("GT4"));
      if (want.code)
        expect(codes).toContainEqual(expect.objectContaining({ code: want.code, file: want.file }));
      else expect(codes).toEqual([]);
      for (const diagnostic of codes) expect(diagnostic.line).toBeGreaterThan(0);
    });

    it("emits what remains", () => {
      expect(output).toContain(want.contains);
      expect(output).not.toContain(want.lacks);
    });

    it("compiles", () => {
      expect(typeCheckBatch([result.files])).toEqual([""]);
    });
  });
});

describe("reliability > input folders", () => {
  const root = tempFolder({
    "outside/secret.md": resourcePage({
      type: "microsoft.graph.secret",
      json: '{ "s": "String" }',
    }),
    "docs/widget.md": resourcePage({
      type: "microsoft.graph.widget",
      rows: [["secret", "[secret](../outside/secret.md)", "Links out of the folder."]],
      json: '{ "secret": {"@odata.type": "microsoft.graph.secret"}, "up": {"@odata.type": "microsoft.graph.up"} }',
      after: "See [the parent](../../../../etc/passwd.md) and [up](../outside/secret.md).",
    }),
  });
  folders.push(root);
  symlinkSync(join(root, "docs"), join(root, "docs", "loop"));
  mkdirSync(join(root, "docs", "deeper"));
  symlinkSync(join(root, "docs", "deeper"), join(root, "docs", "deeper", "again"));
  symlinkSync(join(root, "outside"), join(root, "docs", "escape"));
  symlinkSync(join(root, "outside", "secret.md"), join(root, "docs", "secret-link.md"));
  symlinkSync(join(root, "nowhere.md"), join(root, "docs", "broken.md"));
  writeFileSync(join(root, "docs", "deeper", "note.md"), "# note\n");

  const result = generate({ inputs: ["docs"], cwd: root });
  const all = [...result.files.values()].join("\n");
  const cases = [
    { given: "a folder link back to its parent", want: { file: "docs/loop", code: undefined } },
    { given: "a folder link to itself", want: { file: "docs/deeper/again", code: undefined } },
    { given: "a folder link out of the inputs", want: { file: "docs/escape", code: "GT102" } },
    {
      given: "a file link out of the inputs",
      want: { file: "docs/secret-link.md", code: "GT102" },
    },
    { given: "a broken link", want: { file: "docs/broken.md", code: "GT100" } },
  ];

  it.each(cases)("$given ends, reported as $want.code", ({ want }) => {
    const codes = result.diagnostics
      .filter((diagnostic) => diagnostic.file === want.file)
      .map((diagnostic) => diagnostic.code);
    expect(codes).toEqual(want.code ? [want.code] : []);
  });

  it("reads each page once, and none from outside", () => {
    expect(result.stats.pages).toBe(2);
    expect(all).not.toContain("s?: string");
    expect(all).toMatch(/interface Secret \{\s*\}/);
  });

  it("takes absolute input paths as they are", () => {
    const absolute = generate({ inputs: [join(root, "docs")], cwd: "/" });
    expect(absolute.stats).toEqual(result.stats);
    expect(absolute.files.get("graph.ts")).toContain("export interface Widget {");
  });
});
