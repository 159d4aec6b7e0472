import type { PhrasingContent } from "mdast";
import { describe, expect, it } from "vitest";
import { readDescriptionFacts } from "../../src/extract/description-facts.js";
import { inlinePieces } from "../../src/extract/inline-text.js";
import { findLexicon } from "../../src/lexicon/index.js";
import { parseMarkdown } from "../../src/parse/parse-markdown.js";

/** The values a description cell written as Markdown lists, in the given language. */
function values(markdown: string, locale: string): string[] {
  const paragraph = parseMarkdown(markdown).children[0];
  const children = paragraph?.type === "paragraph" ? (paragraph.children as PhrasingContent[]) : [];
  return readDescriptionFacts(inlinePieces(children), findLexicon(locale)!).values;
}

describe("description facts > values", () => {
  const cases: { given: string; locale: string; want: string[] }[] = [
    {
      given: "Possible values are: `notStarted`, `running`. Read-only.",
      locale: "en",
      want: ["notStarted", "running"],
    },
    {
      given: "The type of requested meeting: `singleInstance`, `occurence`, `exception`.",
      locale: "en",
      want: ["singleInstance", "occurence", "exception"],
    },
    {
      given: "Тип собрания: `singleInstance` `occurence` , , `exception` `seriesMaster` .",
      locale: "ru",
      want: ["singleInstance", "occurence", "exception", "seriesMaster"],
    },
    {
      given: "Решение: `Approve` `Deny` , , или `NotReviewed` `DontKnow` .",
      locale: "ru",
      want: ["Approve", "Deny", "NotReviewed", "DontKnow"],
    },
    {
      given: "Поддерживаемые значения `like` : , , , , `angry` `sad` `laugh` .",
      locale: "ru",
      want: ["like", "angry", "sad", "laugh"],
    },
    {
      given: "Дополнительные сведения. Возможные `Available` значения: , , , `Away` `Busy` .",
      locale: "ru",
      want: ["Available", "Away", "Busy"],
    },
    {
      given: "Werte: siehe `x`. Unterstützte Werte `low` und `high`.",
      locale: "de",
      want: ["low", "high"],
    },
    {
      given: "Поддерживает `$select`: `eq` (только).",
      locale: "ru",
      want: [],
    },
  ];

  for (const { given, locale, want } of cases) {
    it(`${locale} > ${given}`, () => {
      expect(values(given, locale)).toEqual(want);
    });
  }
});

describe("description facts > nullable", () => {
  /** Whether a description cell written as Markdown says nullable, in the given language. */
  function nullable(markdown: string, locale: string): boolean {
    const paragraph = parseMarkdown(markdown).children[0];
    const children =
      paragraph?.type === "paragraph" ? (paragraph.children as PhrasingContent[]) : [];
    return readDescriptionFacts(inlinePieces(children), findLexicon(locale)!).nullable;
  }

  it.each([
    {
      given: "Die Kontakte im Ordner. Schreibgeschützt. Lässt NULL-Werte zu.",
      locale: "de",
      want: true,
    },
    { given: "Eindeutiger Bezeichner. Lässt keine NULL-Werte zu.", locale: "de", want: false },
    { given: "Les contacts du dossier. Autorise la valeur Null.", locale: "fr", want: true },
    { given: "Los contactos. Acepta valores nulos.", locale: "es", want: true },
    { given: "Read-only. Nullable.", locale: "en", want: true },
    { given: "Not nullable.", locale: "en", want: false },
  ])("$locale > $given", ({ given, locale, want }) => {
    expect(nullable(given, locale)).toBe(want);
  });
});
