import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/extract/extract-page.js";

/** The lead sentence naming the base, as each language's reference writes it. */
const sentences: { locale: string; sentence: string }[] = [
  { locale: "en-US", sentence: "Inherits from [entity](entity.md)." },
  { locale: "de-DE", sentence: "Erbt von [entity](entity.md)." },
  { locale: "es-ES", sentence: "Hereda de [entity](entity.md)." },
  { locale: "fr-FR", sentence: "Hérite de [entity](entity.md)." },
  { locale: "it-IT", sentence: "Eredita da [entity](entity.md)." },
  { locale: "ja-JP", sentence: "[entity](entity.md) から継承します。" },
  { locale: "ja-JP", sentence: "[entity](entity.md) エンティティから継承されます。" },
  { locale: "ko-KR", sentence: "[entity](entity.md)에서 상속됩니다." },
  { locale: "ko-KR", sentence: "[entity](entity.md) 엔터티에서 상속됩니다." },
  { locale: "pt-BR", sentence: "Herda de [entity](entity.md)." },
  { locale: "ru-RU", sentence: "Наследуется от [entity](entity.md)." },
  { locale: "zh-CN", sentence: "继承自 [entity](entity.md)。" },
  { locale: "zh-TW", sentence: "繼承自 [entity](entity.md)。" },
];

/** A page of `x` whose lead paragraph says something, then the sentence given. */
function page(locale: string, sentence: string): string {
  return [
    "---",
    `ms.contentlocale: ${locale}`,
    "---",
    '# <a name="x-resource-type"></a>x',
    "",
    "Namespace: microsoft.graph",
    "",
    `[team](team.md) x. ${sentence}`,
    "",
    '## <a name="properties"></a>x',
    "|id|String|x|",
  ].join("\n");
}

describe("extract > the base a lead sentence names", () => {
  it.each(sentences)("$locale: $sentence", ({ locale, sentence }) => {
    expect(extractPage({ file: "x.md", text: page(locale, sentence) }).inheritsFrom).toEqual({
      text: "entity",
      page: "entity",
    });
  });

  it("is not a link a phrase follows in another sentence", () => {
    const text = page("ja-JP", "[entity](entity.md) です。テナントから継承します。");
    expect(extractPage({ file: "x.md", text }).inheritsFrom).toBeUndefined();
  });

  it("is not a link the phrase follows in a language that puts it before", () => {
    const text = page("ru-RU", "[entity](entity.md) наследуется от чего-то ещё.");
    expect(extractPage({ file: "x.md", text }).inheritsFrom).toBeUndefined();
  });
});
