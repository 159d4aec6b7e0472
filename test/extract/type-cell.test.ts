import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/extract/extract-page.js";
import { findLexicon } from "../../src/lexicon/index.js";
import { inlinePieces } from "../../src/extract/inline-text.js";
import { parseTypeCell } from "../../src/extract/type-cell.js";
import { parseMarkdown } from "../../src/parse/parse-markdown.js";
import type { PhrasingContent } from "mdast";

/** Parse one type cell written as Markdown in the given language. */
function cell(markdown: string, locale: string) {
  const paragraph = parseMarkdown(markdown).children[0];
  const children = paragraph?.type === "paragraph" ? (paragraph.children as PhrasingContent[]) : [];
  return parseTypeCell(inlinePieces(children), findLexicon(locale)!);
}

describe("type cell", () => {
  const cases: { given: string; locale: string; want: unknown }[] = [
    {
      given: "String",
      locale: "en",
      want: { collection: false, alternatives: [{ kind: "primitive", name: "String" }] },
    },
    {
      given: "Edm.Int64",
      locale: "en",
      want: { collection: false, alternatives: [{ kind: "primitive", name: "Int64" }] },
    },
    {
      given: "`string` (timestamp)",
      locale: "en",
      want: { collection: false, alternatives: [{ kind: "primitive", name: "String" }] },
    },
    {
      given: "Url",
      locale: "en",
      want: { collection: false, alternatives: [{ kind: "primitive", name: "String" }] },
    },
    {
      given: "String collection",
      locale: "en",
      want: { collection: true, alternatives: [{ kind: "primitive", name: "String" }] },
    },
    {
      given: "Collection(Edm.Guid)",
      locale: "en",
      want: { collection: true, alternatives: [{ kind: "primitive", name: "Guid" }] },
    },
    {
      given: "[resultInfo](resultinfo.md) collection",
      locale: "en",
      want: {
        collection: true,
        alternatives: [{ kind: "named", link: { text: "resultInfo", page: "resultinfo" } }],
      },
    },
    {
      given: "[A](../resources/a.md) or [B](b.md#x)",
      locale: "en",
      want: {
        collection: false,
        alternatives: [
          { kind: "named", link: { text: "A", page: "a" } },
          { kind: "named", link: { text: "B", page: "b", anchor: "x" } },
        ],
      },
    },
    {
      given: "callDirection",
      locale: "en",
      want: {
        collection: false,
        alternatives: [{ kind: "named", link: { text: "callDirection" } }],
      },
    },
    {
      given: "Логическое",
      locale: "ru-RU",
      want: { collection: false, alternatives: [{ kind: "primitive", name: "Boolean" }] },
    },
    {
      given: "Коллекция объектов [plannerPlan](plannerplan.md)",
      locale: "ru-RU",
      want: {
        collection: true,
        alternatives: [{ kind: "named", link: { text: "plannerPlan", page: "plannerplan" } }],
      },
    },
    {
      given: "[коллекция directoryAudit](directoryaudit.md)",
      locale: "ru-RU",
      want: {
        collection: true,
        alternatives: [{ kind: "named", link: { text: "directoryAudit", page: "directoryaudit" } }],
      },
    },
    {
      given: "[vpp Токен](vpptoken.md) коллекция",
      locale: "ru-RU",
      want: {
        collection: true,
        alternatives: [{ kind: "named", link: { text: "vpp Токен", page: "vpptoken" } }],
      },
    },
    {
      given: "Коллекция String",
      locale: "ru-RU",
      want: { collection: true, alternatives: [{ kind: "primitive", name: "String" }] },
    },
    { given: "No color mapped", locale: "en", want: undefined },
  ];

  for (const { given, locale, want } of cases) {
    it(`${locale} > ${given}`, () => {
      expect(cell(given, locale)).toEqual(want);
    });
  }
});

describe("translated rows", () => {
  it("pairs translated names by sort order and position, whatever the JSON order", () => {
    const page = [
      "## Properties",
      "| Свойство | Тип | Описание |",
      "|:--|:--|:--|",
      "|псевдонимы|Коллекция String|a|",
      "|isQueryable|Логический|b|",
      "|метки|Коллекция String|c|",
      "|name|String|d|",
      "",
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->',
      "```json",
      '{ "name": "String", "isQueryable": true, "aliases": ["String"], "labels": ["String"] }',
      "```",
    ].join("\n");
    const extract = extractPage({ file: "x.md", text: page, locale: "ru-RU" });

    const properties = extract.resources[0]!.properties.map((property) => [
      property.name,
      property.description,
    ]);
    expect(properties).toEqual([
      ["name", "d"],
      ["isQueryable", "b"],
      ["aliases", "a"],
      ["labels", "c"],
    ]);
    expect(extract.diagnostics.filter((diagnostic) => diagnostic.code === "GT303")).toHaveLength(2);
  });
});
