import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectLocale } from "../../src/lexicon/detect-locale.js";

/** Opening lines of a resource page in each language, written as Graph's translation does. */
const samples: { name: string; given: string; want: string }[] = [
  {
    name: "English",
    given:
      "# user resource type\n\nNamespace: microsoft.graph\n\nRepresents an Azure AD user account. Inherits from [directoryObject](directoryobject.md).\n\n## Properties\n\n| Property | Type | Description |\n|:--|:--|:--|\n| id | String | The unique identifier for the user. Read-only. |",
    want: "en-US",
  },
  {
    name: "German",
    given:
      '# <a name="user-resource-type"></a>user-Ressourcentyp\n\nNamespace: microsoft.graph\n\nStellt ein Azure AD-Benutzerkonto dar. Erbt von [directoryObject](directoryobject.md).\n\n## Eigenschaften\n\n| Eigenschaft | Typ | Beschreibung |\n|:--|:--|:--|\n| id | Zeichenfolge | Der eindeutige Bezeichner für den Benutzer. Schreibgeschützt. Mögliche Werte sind: `member`, `guest`. |',
    want: "de-DE",
  },
  {
    name: "Spanish",
    given:
      '# <a name="user-resource-type"></a>tipo de recurso user\n\nEspacio de nombres: microsoft.graph\n\nRepresenta una cuenta de usuario de Azure AD. Hereda de [directoryObject](directoryobject.md).\n\n## Propiedades\n\n| Propiedad | Tipo | Descripción |\n|:--|:--|:--|\n| id | Cadena | El identificador único para el usuario. Solo lectura. Los valores posibles son: `member` y `guest`. |',
    want: "es-ES",
  },
  {
    name: "French",
    given:
      '# <a name="user-resource-type"></a>Type de ressource user\n\nEspace de noms: microsoft.graph\n\nReprésente un compte d’utilisateur Azure AD. Hérite de [directoryObject](directoryobject.md).\n\n## Propriétés\n\n| Propriété | Type | Description |\n|:--|:--|:--|\n| id | Chaîne | Identificateur unique de l’utilisateur. En lecture seule. Les valeurs possibles sont : `member`, `guest`. |',
    want: "fr-FR",
  },
  {
    name: "Italian",
    given:
      "# <a name=\"user-resource-type\"></a>Tipo di risorsa user\n\nSpazio dei nomi: microsoft.graph\n\nRappresenta un account utente di Azure AD. Eredita da [directoryObject](directoryobject.md).\n\n## Proprietà\n\n| Proprietà | Tipo | Descrizione |\n|:--|:--|:--|\n| id | Stringa | L'identificatore univoco per l'utente. Sola lettura. I valori possibili sono: `member`, `guest`. |",
    want: "it-IT",
  },
  {
    name: "Portuguese",
    given:
      '# <a name="user-resource-type"></a>tipo de recurso user\n\nNamespace: microsoft.graph\n\nRepresenta uma conta de usuário do Azure AD. Herda de [directoryObject](directoryobject.md).\n\n## Propriedades\n\n| Propriedade | Tipo | Descrição |\n|:--|:--|:--|\n| id | Cadeia de caracteres | O identificador exclusivo do usuário. Somente leitura. Os valores possíveis são: `member`, `guest`. |',
    want: "pt-BR",
  },
  {
    name: "Russian",
    given:
      '# <a name="user-resource-type"></a>Тип ресурса user\n\nПространство имен: microsoft.graph\n\nПредставляет учетную запись пользователя Azure AD. Наследуется от [directoryObject](directoryobject.md).\n\n## Свойства\n\n| Свойство | Тип | Описание |\n|:--|:--|:--|\n| id | String | Уникальный идентификатор пользователя. Только для чтения. |',
    want: "ru-RU",
  },
  {
    name: "Japanese",
    given:
      '# <a name="user-resource-type"></a>user リソースの種類\n\n名前空間: microsoft.graph\n\nAzure AD ユーザー アカウントを表します。[directoryObject](directoryobject.md) から継承します。\n\n## プロパティ\n\n| プロパティ | 型 | 説明 |\n|:--|:--|:--|\n| id | String | ユーザーの一意の識別子。読み取り専用です。 |',
    want: "ja-JP",
  },
  {
    name: "Korean",
    given:
      '# <a name="user-resource-type"></a>user 리소스 종류\n\n네임스페이스: microsoft.graph\n\nAzure AD 사용자 계정을 나타냅니다. [directoryObject](directoryobject.md)에서 상속됩니다.\n\n## 속성\n\n| 속성 | 형식 | 설명 |\n|:--|:--|:--|\n| id | 문자열 | 사용자의 고유 식별자입니다. 읽기 전용입니다. |',
    want: "ko-KR",
  },
  {
    name: "Chinese (simplified)",
    given:
      '# <a name="user-resource-type"></a>user 资源类型\n\n命名空间：microsoft.graph\n\n表示 Azure AD 用户帐户。继承自 [directoryObject](directoryobject.md)。\n\n## 属性\n\n| 属性 | 类型 | 说明 |\n|:--|:--|:--|\n| id | 字符串 | 用户的唯一标识符。只读。 |',
    want: "zh-CN",
  },
  {
    name: "Chinese (traditional)",
    given:
      '# <a name="user-resource-type"></a>user 資源類型\n\n命名空間：microsoft.graph\n\n代表 Azure AD 使用者帳戶。繼承自 [directoryObject](directoryobject.md)。\n\n## 屬性\n\n| 屬性 | 類型 | 描述 |\n|:--|:--|:--|\n| id | 字串 | 使用者的唯一識別碼。唯讀。 |',
    want: "zh-TW",
  },
];

describe("detectLocale", () => {
  describe("guesses from the page without front matter", () => {
    it.each(samples)("$name", ({ given, want }) => {
      expect(detectLocale({ text: given }).locale).toBe(want);
    });
  });

  describe("chooses a tag before the words", () => {
    const german = samples.find((sample) => sample.want === "de-DE")?.given ?? "";
    const cases: {
      name: string;
      given: { contentLocale?: string; forced?: string; text: string };
      want: string;
    }[] = [
      { name: "front matter wins", given: { contentLocale: "fr-FR", text: german }, want: "fr-FR" },
      {
        name: "forced wins over front matter",
        given: { contentLocale: "fr-FR", forced: "ja", text: german },
        want: "ja-JP",
      },
      {
        name: "unknown front matter falls back to the words",
        given: { contentLocale: "nl-NL", text: german },
        want: "de-DE",
      },
      {
        name: "unknown forced tag falls back to front matter",
        given: { contentLocale: "it-IT", forced: "xx", text: german },
        want: "it-IT",
      },
    ];

    it.each(cases)("$name", ({ given, want }) => {
      expect(detectLocale(given).locale).toBe(want);
    });
  });

  describe("ignores what translation leaves alone", () => {
    const englishProse = "Represents a user. The properties of the user are read-only.\n";
    const russianCode = '```json\n{ "описание": "Только для чтения и для всех свойства" }\n```\n';
    const cases: { name: string; given: string; want: string }[] = [
      { name: "fenced code", given: englishProse + russianCode.repeat(20), want: "en-US" },
      {
        name: "HTML comments over several lines",
        given: `${englishProse}<!--\n${"Свойства ресурса только для чтения. ".repeat(20)}\n-->\n`,
        want: "en-US",
      },
      {
        name: "English shadow text of older translations",
        given: `<span data-ttu-id="a-1">Propriétés en lecture seule de la ressource et des valeurs possibles pour le type.</span><span class="sxs-lookup"><span data-stu-id="a-1">The properties of the resource and the possible values of the type, and the rest of the text.</span></span>`,
        want: "fr-FR",
      },
    ];

    it.each(cases)("$name", ({ given, want }) => {
      expect(detectLocale({ text: given }).locale).toBe(want);
    });
  });

  it("defaults to English when nothing speaks", () => {
    expect(detectLocale({ text: "| id | String |\n" }).locale).toBe("en-US");
  });
});

/** Share of pages in a folder that detectLocale, denied the front matter, gives `want`. */
function measure(dir: string, want: string): { share: number; misses: string[] } {
  const pages = readdirSync(dir).filter((name) => name.endsWith(".md"));
  const misses: string[] = [];
  for (const name of pages) {
    const text = readFileSync(join(dir, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/u, "");
    const got = detectLocale({ text }).locale;
    if (got !== want) misses.push(`${name}: ${got}`);
  }
  return { share: 1 - misses.length / Math.max(pages.length, 1), misses };
}

const corpora = [
  { dir: "../shared/corpus/ru-2021-08/v1.0/resources", want: "ru-RU" },
  { dir: "../shared/corpus/en-2021-07/v1.0/resources", want: "en-US" },
];

for (const { dir, want } of corpora) {
  const present = existsSync(dir);
  if (!present) console.info(`corpus ${dir} is absent; skipping its detection accuracy test`);

  describe.skipIf(!present)(`detectLocale > corpus ${dir}`, () => {
    it(`says ${want} for at least 99% of pages without front matter`, () => {
      const { share, misses } = measure(dir, want);
      expect(share, misses.slice(0, 20).join("\n")).toBeGreaterThanOrEqual(0.99);
    });
  });
}
