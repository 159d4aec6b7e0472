import type { Table } from "mdast";
import { describe, expect, it } from "vitest";
import { piecesText } from "../../src/extract/inline-text.js";
import { readTable } from "../../src/extract/table-rows.js";
import { parseMarkdown } from "../../src/parse/parse-markdown.js";

/** The cell texts of each body row of the first table of `markdown`. */
function rowTexts(markdown: string): string[][] {
  const table = parseMarkdown(markdown).children.find(
    (node): node is Table => node.type === "table",
  )!;
  return readTable(table).rows.map((row) => row.cells.map((cell) => piecesText(cell).trim()));
}

describe("extract > table rows", () => {
  const cases: { given: string; markdown: string; want: string[][] }[] = [
    {
      given: "a description broken onto a line of its own joins its row",
      markdown: "|a|b|c|\n|-|-|-|\n|x|String|Список.\n Только для чтения.|\n|y|Int32|Число.|\n",
      want: [
        ["x", "String", "Список. Только для чтения."],
        ["y", "Int32", "Число."],
      ],
    },
    {
      given: "a lone name stays a row",
      markdown: "|a|b|c|\n|-|-|-|\n|x|String|Текст.|\n|photo\n",
      want: [["x", "String", "Текст."], ["photo"]],
    },
    {
      given: "a one-column members table keeps every row",
      markdown: "|Member|\n|-|\n|не удалось|\n|complete|\n",
      want: [["не удалось"], ["complete"]],
    },
  ];

  for (const { given, markdown, want } of cases) {
    it(given, () => {
      expect(rowTexts(markdown)).toEqual(want);
    });
  }
});
