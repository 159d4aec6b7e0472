import { describe, expect, it } from "vitest";
import { findLexicon, lexicons, primitiveNames } from "../../src/lexicon/index.js";
import type { Lexicon } from "../../src/lexicon/index.js";
import { normalizePhrase } from "../../src/lexicon/normalize.js";

/** Every phrase of a lexicon with the path of the field it sits in. */
function phrasesOf(lexicon: Lexicon): { path: string; phrase: string }[] {
  const found: { path: string; phrase: string }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "string") found.push({ path, phrase: value });
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
    else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        // Primitive and member-word keys are phrases; their values are checked on their own.
        if (path === "primitives" || path === "memberWords")
          found.push({ path: `${path} key`, phrase: key });
        else visit(inner, path === "" ? key : `${path}.${key}`);
      }
    }
  };
  visit({ ...lexicon, locale: undefined }, "");
  return found;
}

describe("lexicons", () => {
  it("lists English first", () => {
    expect(lexicons[0]?.locale).toBe("en-US");
  });

  it("covers every language of the issue", () => {
    const want = ["de-DE", "es-ES", "fr-FR", "it-IT", "ja-JP", "ko-KR", "pt-BR", "ru-RU"];
    const locales = lexicons.map((lexicon) => lexicon.locale);
    expect(locales).toEqual(expect.arrayContaining([...want, "zh-CN", "zh-TW", "en-US"]));
    expect(new Set(locales).size).toBe(locales.length);
  });

  describe.each(lexicons.map((lexicon) => [lexicon.locale, lexicon] as const))(
    "%s",
    (_locale, lexicon) => {
      it("fills the fields every extractor relies on", () => {
        const required = {
          "headings.properties": lexicon.headings.properties,
          "columns.type": lexicon.columns.type,
          readOnly: lexicon.readOnly,
          possibleValues: lexicon.possibleValues,
          inheritsFrom: lexicon.inheritsFrom,
          namespaceLabel: lexicon.namespaceLabel,
          collectionPatterns: lexicon.collectionPatterns,
          detectionWords: lexicon.detectionWords,
        };
        for (const [field, phrases] of Object.entries(required)) {
          expect(phrases.length, field).toBeGreaterThan(0);
        }
      });

      it("writes every phrase already normalized", () => {
        const unnormalized = phrasesOf(lexicon).filter(
          ({ phrase }) => normalizePhrase(phrase) !== phrase,
        );
        expect(unnormalized).toEqual([]);
      });

      it("maps every type word to an Edm primitive", () => {
        for (const [word, primitive] of Object.entries(lexicon.primitives)) {
          expect(primitiveNames, word).toContain(primitive);
        }
      });

      it("reads member words as enum members, in every translated language", () => {
        const members = Object.values(lexicon.memberWords);
        if (lexicon.locale !== "en-US") expect(members).toContain("none");
        for (const member of members) expect(member).toMatch(/^[a-z][A-Za-z]*$/);
      });

      it("puts {type} in every collection pattern and {name} in every enum heading", () => {
        for (const pattern of lexicon.collectionPatterns) expect(pattern).toContain("{type}");
        for (const heading of lexicon.enumValuesHeadings) expect(heading).toContain("{name}");
      });
    },
  );
});

describe("lexicons > member words", () => {
  /** Members a language writes as English does, or whose word means something else too. */
  const notTranslated: Record<string, string[]> = {
    "de-DE": ["administrator", "orange", "normal"],
    "es-ES": ["normal", "inactive"],
    "fr-FR": ["portrait", "orange", "normal", "inactive", "weak", "strong"],
    "it-IT": ["directory", "inactive"],
    "ja-JP": ["invalid"],
    "pt-BR": ["normal"],
  };
  const translated = lexicons.filter((lexicon) => lexicon.locale !== "en-US");
  const common = new Set(translated.flatMap((lexicon) => Object.values(lexicon.memberWords)));

  it.each(translated.map((lexicon) => [lexicon.locale, lexicon] as const))(
    "%s knows every common member",
    (locale, lexicon) => {
      const known = new Set(Object.values(lexicon.memberWords));
      const missing = [...common].filter(
        (member) => !known.has(member) && !(notTranslated[locale] ?? []).includes(member),
      );
      expect(missing).toEqual([]);
    },
  );
});

describe("findLexicon", () => {
  const cases: { given: string; want: string | undefined }[] = [
    { given: "ru-RU", want: "ru-RU" },
    { given: "ru", want: "ru-RU" },
    { given: "RU-ru", want: "ru-RU" },
    { given: "ru_RU", want: "ru-RU" },
    { given: "en-us", want: "en-US" },
    { given: "en-GB", want: "en-US" },
    { given: "de-AT", want: "de-DE" },
    { given: "pt-BR", want: "pt-BR" },
    { given: "pt-PT", want: "pt-BR" },
    { given: "pt", want: "pt-BR" },
    { given: "zh-CN", want: "zh-CN" },
    { given: "zh-Hans", want: "zh-CN" },
    { given: "zh", want: "zh-CN" },
    { given: "zh-TW", want: "zh-TW" },
    { given: "zh-Hant", want: "zh-TW" },
    { given: "zh-HK", want: "zh-TW" },
    { given: "ZH-tw", want: "zh-TW" },
    { given: "ja", want: "ja-JP" },
    { given: "ko-kr", want: "ko-KR" },
    { given: "nl-NL", want: undefined },
    { given: "", want: undefined },
  ];

  it.each(cases)("$given gives $want", ({ given, want }) => {
    expect(findLexicon(given)?.locale).toBe(want);
  });
});

describe("normalizePhrase", () => {
  const cases: { given: string; want: string }[] = [
    { given: "Possible values are:", want: "possible values are" },
    { given: "Les valeurs possibles sont :", want: "les valeurs possibles sont" },
    { given: "  Только   для\tчтения. ", want: "только для чтения" },
    { given: "可能的值为：", want: "可能的值为" },
    { given: "唯讀。", want: "唯讀" },
    { given: "Collection d’utilisateurs", want: "collection d'utilisateurs" },
    { given: "ＪＳＯＮ 表記", want: "json 表記" },
    { given: "read-only", want: "read-only" },
  ];

  it.each(cases)("$given", ({ given, want }) => {
    expect(normalizePhrase(given)).toBe(want);
  });
});
