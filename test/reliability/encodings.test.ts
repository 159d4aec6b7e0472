import { rmSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { generate } from "../../src/generate.js";
import { resourcePage } from "../helpers/docs-page.js";
import { tempFolder } from "../helpers/temp-folder.js";

const page = resourcePage({
  type: "microsoft.graph.widget",
  rows: [["id", "String", "The identifier."]],
  json: '{\n  "id": "String",\n  "count": 1\n}',
});
const wantInterface = "export interface Widget {";
const folders: string[] = [];

/** Generate from one file holding `content`, next to a good page. */
function generateWith(content: string | Uint8Array) {
  const dir = tempFolder({ "widget.md": page, "odd.md": content });
  folders.push(dir);
  return generate({ inputs: ["."], cwd: dir });
}

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("reliability > file contents", () => {
  const cases = [
    { given: "an empty file", content: "", want: { codes: ["GT103"] } },
    {
      given: "front matter only",
      content: "---\ntitle: widget\nms.contentlocale: ru-RU\n---\n",
      want: { codes: ["GT103"] },
    },
    {
      given: "broken front matter",
      content: "---\ntitle: [unclosed\n---\n# x\n",
      want: { codes: ["GT200"] },
    },
    {
      given: "binary content",
      content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      want: { codes: ["GT101"] },
    },
    {
      given: "non-UTF-8 text",
      content: Uint8Array.from([0x50, 0xe9, 0x72, 0x69, 0x6d, 0xe8]),
      want: { codes: ["GT101"] },
    },
  ];

  it.each(cases)("$given: reported, and the other page still emitted", ({ content, want }) => {
    const result = generateWith(content);
    const odd = result.diagnostics.filter((diagnostic) => diagnostic.file === "odd.md");

    expect(odd.map((diagnostic) => diagnostic.code)).toEqual(expect.arrayContaining(want.codes));
    expect(odd.every((diagnostic) => diagnostic.line >= 0 && diagnostic.line <= 4)).toBe(true);
    expect(result.files.get("graph.ts")).toContain(wantInterface);
  });
});

describe("reliability > line ends and byte order marks", () => {
  const plain = generate({ inputs: ["widget.md"], cwd: keep(tempFolder({ "widget.md": page })) });
  const cases = [
    { given: "a BOM", content: `\uFEFF${page}` },
    { given: "CRLF line ends", content: page.replaceAll("\n", "\r\n") },
    { given: "CR line ends", content: page.replaceAll("\n", "\r") },
    { given: "a BOM and CRLF", content: `\uFEFF${page.replaceAll("\n", "\r\n")}` },
  ];

  it.each(cases)("$given: the same output and diagnostics as LF", ({ content }) => {
    const result = generate({
      inputs: ["widget.md"],
      cwd: keep(tempFolder({ "widget.md": content })),
    });

    expect(result.files).toEqual(plain.files);
    expect(result.diagnostics).toEqual(plain.diagnostics);
  });
});

function keep(dir: string): string {
  folders.push(dir);
  return dir;
}

describe("reliability > nothing prints", () => {
  it("front matter with an unknown YAML tag warns nobody", () => {
    const warn = vi.spyOn(process, "emitWarning");
    const result = generateWith("---\ntitle: x\n[!INCLUDE [a](b.md)]\n---\n# x\n");

    expect(warn).not.toHaveBeenCalled();
    expect(result.files.get("graph.ts")).toContain(wantInterface);
    warn.mockRestore();
  });
});
