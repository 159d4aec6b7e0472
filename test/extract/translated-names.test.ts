import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/extract/extract-page.js";

/** A Russian page with an `id` property, relationship rows and an enum list below them. */
function russianPage(relationships: string[], members: string[]): string {
  return [
    "---",
    "ms.contentlocale: ru-RU",
    "---",
    '# <a name="x-resource-type"></a>Тип ресурса x',
    "",
    "Пространство имен: microsoft.graph",
    "",
    '## <a name="properties"></a>Свойства',
    "|Свойство|Тип|Описание|",
    "|:---|:---|:---|",
    "|id|String|Идентификатор.|",
    "",
    '## <a name="relationships"></a>Связи',
    "|Связь|Тип|Описание|",
    "|:---|:---|:---|",
    ...relationships,
    "",
    '### <a name="scope-values"></a>значения scope',
    "|Значение|Описание|",
    "|:---|:---|",
    ...members.map((member) => `|${member}|Описание.|`),
    "",
    '## <a name="json-representation"></a>Представление JSON',
    '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->',
    "```json",
    '{ "id": "String" }',
    "```",
  ].join("\n");
}

/** The Properties heading and table header of the languages these tests write pages in. */
const propertiesHead: Record<string, string[]> = {
  "ru-RU": ['## <a name="properties"></a>Свойства', "|Свойство|Тип|Описание|"],
  "pt-BR": ['## <a name="properties"></a>Propriedades', "|Propriedade|Tipo|Descrição|"],
};

/**
 * The properties a translated page of `x` gives: a Properties table of `rows` (after the
 * lines `before` it), and a resource block with `annotation` keys and the JSON given.
 */
function propertiesOf(page: {
  rows: string[];
  json: string;
  locale?: string;
  annotation?: string;
  before?: string[];
}) {
  const locale = page.locale ?? "ru-RU";
  const text = [
    "---",
    `ms.contentlocale: ${locale}`,
    "---",
    "# x",
    "",
    ...(page.before ?? []),
    ...propertiesHead[locale]!,
    "|:---|:---|:---|",
    ...page.rows,
    "",
    `<!-- { "blockType": "resource", ${page.annotation ?? ""}"@odata.type": "microsoft.graph.x" } -->`,
    "```json",
    page.json,
    "```",
  ].join("\n");
  return extractPage({ file: "x.md", text }).resources[0]!.properties;
}

/** Property name → description. */
function descriptions(properties: { name: string; description?: string }[]) {
  return Object.fromEntries(properties.map((p) => [p.name, p.description]));
}

describe("extract > translated names", () => {
  const rows: { given: string; want: string | undefined }[] = [
    {
      given:
        "|Объекты deviceCategory|Коллекция объектов [deviceCategory](devicecategory.md)|Список.|",
      want: "deviceCategories",
    },
    {
      given:
        "|Объекты exchangeConnector|[коллекция exchangeConnector](exchangeconnector.md)|Список.|",
      want: "exchangeConnectors",
    },
    { given: "|Объект intuneBrand|[intuneBrand](intunebrand.md)|Бренд.|", want: "intuneBrand" },
    { given: "|photo;|[photo](photo.md)|Фото.|", want: "photo" },
    { given: "|отчеты|[reports](reports.md)|Отчеты.|", want: undefined },
    { given: "|VPP токены|[vpp Токен](vpptoken.md) коллекция|Список.|", want: undefined },
  ];

  for (const { given, want } of rows) {
    it(`relationship row ${given.split("|")[1]}`, () => {
      const page = extractPage({ file: "x.md", text: russianPage([given], ["organizer"]) });
      const names = page.resources[0]!.properties.map((property) => property.name);
      expect(names.filter((name) => name !== "id")).toEqual(want === undefined ? [] : [want]);
    });
  }

  it("enum members lose the punctuation translation left after them", () => {
    const page = extractPage({
      file: "x.md",
      text: russianPage([], ["все", "organization;", "organizer"]),
    });
    expect(page.enums[0]!.members).toEqual(["все", "organization", "organizer"]);
  });
});

describe("extract > misspelled row names", () => {
  /** Names of the properties of a page with the rows and JSON keys given. */
  function names(rows: string[], keys: string[]): string[] {
    const json = `{ ${keys.map((key) => `"${key}": "String"`).join(", ")} }`;
    const text = [
      "# x resource type",
      "",
      "## Properties",
      "|Property|Type|Description|",
      "|:---|:---|:---|",
      ...rows.map((row) => `|${row}|String|x|`),
      "",
      "## JSON representation",
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->',
      "```json",
      json,
      "```",
    ].join("\n");
    return extractPage({ file: "x.md", text }).resources[0]!.properties.map((p) => p.name);
  }

  it("pairs a row alone in its gap with the key it misspells", () => {
    expect(
      names(["id", "organisAvailability", "zone"], ["id", "organizerAvailability", "zone"]),
    ).toEqual(["id", "organizerAvailability", "zone"]);
  });

  it("keeps a row whose name is another word", () => {
    expect(names(["id", "location", "zone"], ["id", "duration", "zone"])).toEqual([
      "id",
      "duration",
      "zone",
      "location",
    ]);
  });
});

describe("extract > the one translated row left", () => {
  /** Property name → description of a Russian page with the rows and JSON keys given. */
  function described(rows: string[], keys: string[]): Record<string, string | undefined> {
    const json = `{ ${keys.map((key) => `"${key}": "String"`).join(", ")} }`;
    return descriptions(
      propertiesOf({ rows: rows.map((row) => `|${row}|String|Строка ${row}.|`), json }),
    );
  }

  it("takes the one key left, wherever the JSON block lists it", () => {
    const properties = described(
      ["state", "подробности", "description"],
      ["state", "description", "details"],
    );
    expect(properties.details).toBe("Строка подробности.");
  });

  it("takes none when two rows or two keys are left", () => {
    const twoRows = described(["state", "подробности", "сведения"], ["details", "state"]);
    expect(twoRows.details).toBeUndefined();
    const twoKeys = described(["state", "подробности"], ["notes", "details", "state"]);
    expect(twoKeys.details).toBeUndefined();
    expect(twoKeys.notes).toBeUndefined();
  });
});

describe("extract > a translated row whose type is not the JSON value's", () => {
  /** Property name → description of a Russian page with one translated row and the JSON given. */
  function described(type: string, json: string): Record<string, string | undefined> {
    const rows = ["|id|String|Идентификатор.|", `|каллердевице|${type}|Устройство.|`];
    return descriptions(propertiesOf({ rows, json: `{ "id": "String", ${json} }` }));
  }

  const device = "[Microsoft. Graph. Каллрекордс. Девицеинфо](callrecords-deviceinfo.md)";

  it("takes the key whose value names the linked type", () => {
    const json = '"callerDevice": { "@odata.type": "microsoft.graph.callRecords.deviceInfo" }';
    expect(described(device, json).callerDevice).toBe("Устройство.");
  });

  it("takes the key whose value names a type derived from it, or drops the page's prefix", () => {
    const derived =
      '"callerDevice": { "@odata.type": "microsoft.graph.callRecords.mobileDeviceInfo" }';
    expect(described(device, derived).callerDevice).toBe("Устройство.");
    const axis = '"axis": { "@odata.type": "microsoft.graph.workbookChartAxis" }';
    expect(described("[воркбукчартаксис](chartaxis.md)", axis).axis).toBe("Устройство.");
  });

  it("is not paired with a key whose value names another type", () => {
    const json = '"streams": [{ "@odata.type": "microsoft.graph.callRecords.mediaStream" }]';
    expect(described(device, json).streams).toBeUndefined();
  });

  it("is not paired with a collection when it names one object", () => {
    const json = '"names": ["String"]';
    expect(described("String", json).names).toBeUndefined();
    expect(described("Коллекция String", json).names).toBe("Устройство.");
  });
});

describe("extract > rows the JSON leaves out", () => {
  /** Property names of a Russian page with an `id` key, the rows and optional names given. */
  function names(rows: string[], optional: string[]): string[] {
    return propertiesOf({
      rows: ["|id|String|Идентификатор.|", ...rows],
      json: '{ "id": "String" }',
      annotation: `"optionalProperties": ${JSON.stringify(optional)}, `,
    }).map((p) => p.name);
  }

  it("take the annotation's optional names they spell, in any case", () => {
    expect(
      names(["|Activities|[itemActivity](itemactivity.md)|Действия.|"], ["activities"]),
    ).toEqual(["id", "activities"]);
  });

  it("do not give a translated row an optional name nothing confirms", () => {
    expect(names(["|список|[Перечисление](list.md)|Список.|"], ["activities"])).toEqual(["id"]);
  });
});

describe("extract > reference links", () => {
  it("read the target their definition gives, whatever their text", () => {
    const text = [
      "# x resource type",
      "",
      "## Properties",
      "|Property|Type|Description|",
      "|:---|:---|:---|",
      "|list|[**список**][list]|Список.|",
      "",
      "[list]: ../resources/list.md",
      "",
      "## JSON representation",
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->',
      "```json",
      '{ "list": {} }',
      "```",
    ].join("\n");
    const [list] = extractPage({ file: "x.md", text }).resources[0]!.properties;
    expect(list!.type.alternatives).toEqual([
      { kind: "named", link: { text: "список", page: "list" } },
    ]);
  });
});

describe("extract > enum members named in their descriptions", () => {
  /** The members of an enum page with the rows given. */
  function members(rows: string[]): string[] {
    const text = [
      '# <a name="storage-enum-type"></a>тип enum storageLocation',
      "",
      "Пространство имен: microsoft.graph",
      "",
      '## <a name="members"></a>Элементы',
      "|Элемент|Значение|Описание|",
      "|:---|:---|:---|",
      ...rows,
    ].join("\n");
    return extractPage({ file: "storagelocation.md", text, locale: "ru-RU" }).enums[0]!.members;
  }

  it("takes the word a translated member's description kept, where descriptions repeat names", () => {
    expect(members(["|sharePoint|2|SharePoint|", "|поле|3|Box|"])).toEqual(["sharePoint", "box"]);
  });

  it("keeps the translated member where descriptions do not repeat names", () => {
    expect(members(["|sharePoint|2|Сайты|", "|поле|3|Box|"])).toEqual(["sharePoint", "поле"]);
  });
});

describe("extract > an enum page whose title translation transliterated", () => {
  it("takes its name from the title's anchor, in the case the page writes it", () => {
    const text = [
      '# <a name="teamspecialization-enum-type"></a>тип перечисления ТеамспеЦиализатион',
      "",
      "Пространство имен: microsoft.graph",
      "",
      "Указывает, предназначена ли [команда](team.md) для [teamSpecialization](x.md).",
      "",
      '## <a name="members"></a>Элементы',
      "|Элемент|Значение|Описание|",
      "|:---|:---|:---|",
      "|educationClass|2|Класс.|",
    ].join("\n");
    const [list] = extractPage({ file: "teamspecialization.md", text, locale: "ru-RU" }).enums;
    expect(list?.name).toBe("teamSpecialization");
    expect(list?.members).toEqual(["educationClass"]);
  });
});

describe("extract > an annotation that writes its type in lower case", () => {
  const page = (title: string) =>
    [
      `# ${title}`,
      "",
      "## Properties",
      "|Property|Type|Description|",
      "|:---|:---|:---|",
      "|id|String|Identifier.|",
      "",
      '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.teamsasyncoperation" } -->',
      "```json",
      '{ "id": "String" }',
      "```",
    ].join("\n");
  const typeOf = (title: string) =>
    extractPage({ file: "x.md", text: page(title) }).resources[0]?.odataType;

  it("takes the case of the title's camel-case word for it", () => {
    expect(typeOf("tipo de recurso teamsAsyncOperation")).toBe(
      "microsoft.graph.teamsAsyncOperation",
    );
  });

  it("keeps its own where the title has no camel-case word for it", () => {
    expect(typeOf("Teamsasyncoperation resource type")).toBe("microsoft.graph.teamsasyncoperation");
    expect(typeOf("Async operations")).toBe("microsoft.graph.teamsasyncoperation");
  });
});

describe("extract > names translated into Latin letters", () => {
  /** Property names of a Portuguese page with the rows, JSON keys and Methods rows given. */
  function names(rows: string[], json: string, methods: string[] = []): string[] {
    const before = [
      '## <a name="methods"></a>Métodos',
      "|Método|Tipo de retorno|Descrição|",
      "|:---|:---|:---|",
      ...methods,
      "",
    ];
    return propertiesOf({ rows, json, locale: "pt-BR", before }).map((p) => p.name);
  }
  const identity = '{"@odata.type": "microsoft.graph.identity"}';

  it("are paired by position, though they look like identifiers", () => {
    const rows = [
      "|application|[Identity](identity.md)|O aplicativo.|",
      "|dispositivo|[Identity](identity.md)|O dispositivo.|",
      "|Usuário|[Identity](identity.md)|O usuário.|",
    ];
    const json = `{ "application": ${identity}, "device": ${identity}, "user": ${identity} }`;
    expect(names(rows, json)).toEqual(["application", "device", "user"]);
  });

  it("are left out when nothing names them and their description repeats the word", () => {
    const rows = [
      "|Cronograma|[Cronograma](schedule.md)|Cronograma de turno para essa equipe.|",
      "|buckets|Coleção [plannerBucket](plannerbucket.md)|Os buckets do plano.|",
      "|Details|[plannerPlanDetails](plannerplandetails.md)|Weitere Details zum Plan.|",
    ];
    expect(names(rows, '{ "id": "String" }')).toEqual(["id", "buckets", "details"]);
  });

  it("take the name of the method that returns their type, unless a row has it", () => {
    const list = "|[Listar contatos](../api/x-list-contacts.md)|Coleção [Contact](contact.md)|x|";
    const contacts = "|contatos|Coleção [Contact](contact.md)|Os contatos.|";
    expect(names([contacts], '{ "id": "String" }', [list])).toEqual(["id", "contacts"]);

    const get = "|[Obter primaryChannel](../api/x-get-primarychannel.md)|[channel](channel.md)|x|";
    const rows = [
      "|channels|Coleção [channel](channel.md)|Os canais.|",
      "|members|Coleção [user](user.md)|Os membros.|",
      "|[primaryChannel](../api/x-get-primarychannel.md)|[channel](channel.md)|O canal geral.|",
    ];
    expect(names(rows, '{ "id": "String" }', [get])).toEqual([
      "id",
      "channels",
      "members",
      "primaryChannel",
    ]);
  });
});

describe("extract > an enumeration heading whose words translation changed", () => {
  it("is read by its anchor", () => {
    const text = [
      "---",
      "ms.contentlocale: ru-RU",
      "---",
      "# quota",
      "",
      '## <a name="properties"></a>Свойства',
      "|Свойство|Тип|Описание|",
      "|:---|:---|:---|",
      "|state|string|Состояние.|",
      "",
      '## <a name="state-enumeration"></a>Перечисление state',
      "|Значение|Описание|",
      "|:---|:---|",
      "|`normal`|Обычное.|",
      "|`critical`|Критическое.|",
    ].join("\n");
    const [list] = extractPage({ file: "quota.md", text }).enums;
    expect(list?.name).toBe("state");
    expect(list?.members).toEqual(["normal", "critical"]);
  });
});
