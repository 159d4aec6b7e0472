import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/extract/extract-page.js";
import { buildModel } from "../../src/model/build-model.js";

/** A resource page with a properties table, an annotation and a JSON block. */
function page(
  name: string,
  options: {
    rows?: string[];
    json?: string;
    annotation?: string;
    intro?: string;
    extra?: string;
    locale?: string;
  } = {},
) {
  const rows = options.rows ?? [];
  return [
    `# ${name} resource type`,
    "",
    "Namespace: microsoft.graph",
    "",
    options.intro ?? "",
    "",
    "## Properties",
    "| Property | Type | Description |",
    "|:--|:--|:--|",
    ...rows,
    "",
    options.extra ?? "",
    "",
    "## JSON representation",
    `<!-- { "blockType": "resource", ${options.annotation ?? ""} "@odata.type": "microsoft.graph.${name}" } -->`,
    "```json",
    options.json ?? "{}",
    "```",
  ].join("\n");
}

function model(pages: Record<string, string>, locale?: string) {
  const extracts = Object.entries(pages).map(([file, text]) =>
    extractPage({ file, text, ...(locale ? { locale } : {}) }),
  );
  return buildModel(extracts);
}

describe("model", () => {
  it("merges a type defined on several pages, its home page first", () => {
    const { model: built, diagnostics } = model({
      "intune-a-user.md": page("user", { rows: ["|b|String|x|"], json: '{"b": "String"}' }),
      "user.md": page("user", {
        rows: ["|a|Int32|x|"],
        json: '{"a": 1}',
        intro: "Inherits from [entity](entity.md).",
      }),
      "entity.md": page("entity", { rows: ["|id|String|x|"], json: '{"id": "String"}' }),
    });
    const user = built.types.get("microsoft.graph.user")!;
    expect(user.properties.map((property) => property.name)).toEqual(["a", "b"]);
    expect(user.sources).toEqual(["user.md", "intune-a-user.md"]);
    expect(user.base).toBe("microsoft.graph.entity");
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("GT401");
  });

  it("gives keyed types without a base the root entity", () => {
    const { model: built } = model({
      "entity.md": page("entity", {
        rows: ["|id|String|x|"],
        json: '{"id": "String"}',
        annotation: '"abstract": "true", "keyProperty": "id",',
      }),
      "alert.md": page("alert", {
        rows: ["|id|String|x|"],
        json: '{"id": "String"}',
        annotation: '"keyProperty": "id",',
      }),
      "address.md": page("address", { rows: ["|city|String|x|"], json: '{"city": "String"}' }),
    });
    expect(built.types.get("microsoft.graph.alert")!.base).toBe("microsoft.graph.entity");
    expect(built.types.get("microsoft.graph.address")!.base).toBeUndefined();
  });

  it("reads bases from a derived-types section", () => {
    const { model: built } = model({
      "meetinginfo.md": page("meetingInfo", {
        extra:
          "## Derived types\n| Type | Description |\n|:--|:--|\n| [tokenMeetingInfo](tokenmeetinginfo.md) | x |",
      }),
      "tokenmeetinginfo.md": page("tokenMeetingInfo", {
        rows: ["|token|String|x|"],
        json: '{"token": "String"}',
      }),
    });
    expect(built.types.get("microsoft.graph.tokenmeetinginfo")!.base).toBe(
      "microsoft.graph.meetinginfo",
    );
  });

  it("drops an inheritance cycle and says so", () => {
    const { model: built, diagnostics } = model({
      "a.md": page("a", { annotation: '"baseType": "microsoft.graph.b",' }),
      "b.md": page("b", { annotation: '"baseType": "microsoft.graph.a",' }),
    });
    const bases = [
      built.types.get("microsoft.graph.a")!.base,
      built.types.get("microsoft.graph.b")!.base,
    ];
    expect(bases.filter(Boolean)).toHaveLength(1);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("GT402");
  });

  it("restores translated enum members from a property's value list", () => {
    const enums =
      '# Значения Enum\n\nПространство имен: microsoft.graph\n\n### <a name="lifecycleeventtype-values"></a>значения lifecycleEventType\n\n|Member|\n|:---|\n|пропущено|\n|subscriptionRemoved|\n';
    const { model: built } = model(
      {
        "enums.md": enums,
        "x.md": page("x", {
          rows: [
            "|kind|[lifecycleEventType](enums.md#lifecycleeventtype-values)|Возможные значения: `missed`, `subscriptionRemoved`.|",
          ],
          json: '{"kind": "String"}',
        }),
      },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.lifecycleeventtype")!.members).toEqual([
      "missed",
      "subscriptionRemoved",
    ]);
  });

  it("restores translated members from a run of code spans that other words follow", () => {
    const enums =
      '# Значения Enum\n\nПространство имен: microsoft.graph\n\n### <a name="weekindex-values"></a>значения weekIndex\n\n|Member|\n|:---|\n|во-первых|\n|во-вторых|\n|последний|\n';
    const { model: built } = model(
      {
        "enums.md": enums,
        "x.md": page("x", {
          rows: [
            "|index|weekIndex|Допустимые значения: `first`, `second`, `last`. Если задано `relativeMonthly`, то так.|",
          ],
          json: '{"index": "String"}',
        }),
      },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.weekindex")!.members).toEqual([
      "first",
      "second",
      "last",
    ]);
  });

  it("leaves out translated members that the lists referring to the enum disagree on", () => {
    const enums =
      '# Значения Enum\n\nПространство имен: microsoft.graph\n\n### <a name="scope-values"></a>значения scope\n\n|Member|\n|:---|\n|все|\n|organizer|\n';
    const { model: built, diagnostics } = model(
      {
        "enums.md": enums,
        "x.md": page("x", {
          rows: ["|scope|[scope](enums.md#scope-values)|Значения: `everyone`, `organizer`.|"],
          json: '{"scope": "String"}',
        }),
        "y.md": page("y", {
          rows: ["|scope|[scope](enums.md#scope-values)|Значения: `all`, `organizer`.|"],
          json: '{"scope": "String"}',
        }),
      },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.scope")!.members).toEqual(["organizer"]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("GT306");
  });

  it("restores a translated member from a table of values beside the properties", () => {
    const enums =
      '# Значения Enum\n\nПространство имен: microsoft.graph\n\n### <a name="categorycolor-values"></a>значения categoryColor\n\n|Member|\n|:---|\n|нет|\n|preset0|\n|preset1|\n';
    const { model: built } = model(
      {
        "enums.md": enums,
        "x.md": page("x", {
          rows: ["|color|categoryColor|Константа, см. ниже.|"],
          extra:
            "| Константа | Цвет |\n|:--|:--|\n| None | Не задан |\n| Preset0 | Красный |\n| Preset1 | Оранжевый |",
          json: '{"color": "String"}',
        }),
      },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.categorycolor")!.members).toEqual([
      "None",
      "preset0",
      "preset1",
    ]);
  });

  it("restores members from a bare value list of the property the enum is named for", () => {
    const enums =
      '# Значения Enum\n\nПространство имен: microsoft.graph\n\n### <a name="feedbackrating-values"></a>значения Фидбаккратинг\n\n|Member|\n|:---|\n|плохо|\n|хорошо|\n';
    const { model: built } = model(
      {
        "enums.md": enums,
        "feedback.md": page("feedback", {
          rows: ["|оценка|Майкрософт. Граф. Фидбаккратинг|Возможные значения: `bad`, `good`.|"],
          json: '{"rating": "String"}',
        }),
      },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.feedbackrating")).toMatchObject({
      name: "feedbackRating",
      members: ["bad", "good"],
    });
  });

  it("refers an inline value list to the enum with the same members", () => {
    const { model: built } = model({
      "enums.md":
        "# Enum values\n\nNamespace: microsoft.graph\n\n### operationStatus values\n\n|Member|\n|:---|\n|NotStarted|\n|Running|\n",
      "x.md": page("x", {
        rows: ["|status|String|x|"],
        json: '{"status": "notStarted | running | unknownFutureValue"}',
      }),
    });
    const status = built.types.get("microsoft.graph.x")!.properties[0]!;
    expect(status.type.alternatives).toEqual([
      { kind: "enum", key: "microsoft.graph.operationstatus" },
    ]);
    expect(built.enums.get("microsoft.graph.operationstatus")!.members).toEqual([
      "NotStarted",
      "Running",
      "unknownFutureValue",
    ]);
  });
});

describe("model > derived types named in a sentence", () => {
  it("gives the named types their base", () => {
    const { model: built } = model({
      "educationoutcome.md": page("educationOutcome", {
        rows: ["|id|String|x|", "|lastModifiedBy|String|x|"],
        json: '{"id": "String", "lastModifiedBy": "String"}',
        intro:
          "This is a base class; the derived types are [educationPointsOutcome](educationpointsoutcome.md).",
      }),
      "educationpointsoutcome.md": page("educationPointsOutcome", {
        rows: ["|points|Int32|x|"],
        json: '{"points": 1}',
      }),
    });
    expect(built.types.get("microsoft.graph.educationpointsoutcome")!.base).toBe(
      "microsoft.graph.educationoutcome",
    );
  });
});

describe("model > bases a sentence names", () => {
  const entity = page("entity", {
    rows: ["|id|String|x|"],
    json: '{"id": "String"}',
    annotation: '"abstract": "true", "keyProperty": "id",',
  });
  const directoryObject = page("directoryObject", {
    rows: ["|id|String|x|"],
    json: '{"id": "String"}',
    annotation: '"keyProperty": "id", "baseType": "microsoft.graph.entity",',
  });

  const cases: { given: string; locale?: string; want: string }[] = [
    { given: "A subclass of [directoryObject](directoryobject.md).", want: "directoryobject" },
    {
      given: "This resource is a subclass of [directoryObject](directoryobject.md).",
      want: "directoryobject",
    },
    {
      given: "This creates a subclass from [directoryObject](directoryobject.md).",
      want: "directoryobject",
    },
    {
      given: "Подкласс [directoryObject](directoryobject.md).",
      locale: "ru-RU",
      want: "directoryobject",
    },
    {
      given: "Этот ресурс является подклассом [directoryObject](directoryobject.md).",
      locale: "ru-RU",
      want: "directoryobject",
    },
  ];

  for (const { given, locale, want } of cases) {
    it(`${locale ?? "en"} > ${given}`, () => {
      const { model: built } = model(
        {
          "entity.md": entity,
          "directoryobject.md": directoryObject,
          "contact.md": page("contact", { intro: given }),
        },
        locale,
      );
      expect(built.types.get("microsoft.graph.contact")!.base).toBe(`microsoft.graph.${want}`);
    });
  }

  it("prefers a sentence naming a descendant of the annotation's base", () => {
    const { model: built } = model({
      "entity.md": entity,
      "directoryobject.md": directoryObject,
      "contact.md": page("contact", {
        intro: "Inherits from [directoryObject](directoryobject.md).",
        annotation: '"keyProperty": "id", "baseType": "microsoft.graph.entity",',
      }),
    });
    expect(built.types.get("microsoft.graph.contact")!.base).toBe(
      "microsoft.graph.directoryobject",
    );
  });

  it("keeps the annotation's base when the sentence names an unrelated type", () => {
    const { model: built } = model({
      "entity.md": entity,
      "directoryobject.md": directoryObject,
      "address.md": page("address"),
      "contact.md": page("contact", {
        intro: "Inherits from [address](address.md).",
        annotation: '"baseType": "microsoft.graph.directoryObject",',
      }),
    });
    expect(built.types.get("microsoft.graph.contact")!.base).toBe(
      "microsoft.graph.directoryobject",
    );
  });
});

describe("model > value lists and the enums they name", () => {
  const enums = [
    "# Enum values",
    "",
    "Namespace: microsoft.graph",
    "",
    "### eventType values",
    "",
    "|Member|",
    "|:---|",
    "|singleInstance|",
    "|occurrence|",
    "|exception|",
    "",
    "### changeType values",
    "",
    "|Member|",
    "|:---|",
    "|clientIpAddress|",
    "|authenticatorAppGps|",
  ].join("\n");

  it("refers a list with a misspelt member to the enum that spells it", () => {
    const { model: built } = model({
      "enums.md": enums,
      "x.md": page("x", {
        rows: ["|type|String|The type: `singleInstance`, `occurence`, `exception`.|"],
        json: '{"type": "String"}',
      }),
    });
    expect(built.types.get("microsoft.graph.x")!.properties[0]!.type.alternatives).toEqual([
      { kind: "enum", key: "microsoft.graph.eventtype" },
    ]);
  });

  it("keeps a list whose different member is more than a misspelling", () => {
    const { model: built } = model({
      "enums.md": enums,
      "x.md": page("x", {
        rows: ["|type|String|The type: `singleInstance`, `recurring`, `exception`.|"],
        json: '{"type": "String"}',
      }),
    });
    expect(built.types.get("microsoft.graph.x")!.properties[0]!.type.alternatives).toEqual([
      { kind: "enum", key: "microsoft.graph.xtype" },
    ]);
  });

  it("takes a property's own list over a named enum that shares none of it, and says so", () => {
    const { model: built, diagnostics } = model({
      "enums.md": enums,
      "x.md": page("x", {
        rows: ["|changeType|changeType|The supported values are: `created`, `updated`.|"],
        json: '{"changeType": "String"}',
      }),
    });
    const [term] = built.types.get("microsoft.graph.x")!.properties[0]!.type.alternatives;
    expect(term).toEqual({ kind: "enum", key: "microsoft.graph.xchangetype" });
    expect(built.enums.get("microsoft.graph.xchangetype")!.members).toEqual(["created", "updated"]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("GT406");
  });

  it("keeps the named enum when the lists share a member", () => {
    const { model: built, diagnostics } = model({
      "enums.md": enums,
      "x.md": page("x", {
        rows: ["|changeType|changeType|Possible values are: `clientIpAddress`, `other`.|"],
        json: '{"changeType": "String"}',
      }),
    });
    const [term] = built.types.get("microsoft.graph.x")!.properties[0]!.type.alternatives;
    expect(term).toEqual({ kind: "enum", key: "microsoft.graph.changetype" });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("GT406");
  });
});

describe("model > base linked from the lead paragraph", () => {
  const request = page("request", {
    rows: ["|category|String|x|", "|status|String|x|"],
    json: '{"category": "String", "status": "String"}',
  });

  it("is the base of a type that repeats all its properties", () => {
    const { model: built } = model({
      "request.md": request,
      "mailrequest.md": page("mailRequest", {
        intro: "Оценка почты, полученной из [request](request.md).",
        rows: ["|category|String|x|", "|status|String|x|", "|messageUri|String|x|"],
        json: '{"category": "String", "status": "String", "messageUri": "String"}',
      }),
    });
    expect(built.types.get("microsoft.graph.mailrequest")!.base).toBe("microsoft.graph.request");
  });

  it("is not the base of a type that misses one of them or holds it as a property", () => {
    const { model: built } = model({
      "request.md": request,
      "partial.md": page("partial", {
        intro: "Часть [request](request.md).",
        rows: ["|category|String|x|"],
        json: '{"category": "String"}',
      }),
      "holder.md": page("holder", {
        intro: "Содержит [request](request.md).",
        rows: ["|category|String|x|", "|status|String|x|", "|inner|[request](request.md)|x|"],
        json: '{"category": "String", "status": "String", "inner": {}}',
      }),
    });
    expect(built.types.get("microsoft.graph.partial")!.base).toBeUndefined();
    expect(built.types.get("microsoft.graph.holder")!.base).toBeUndefined();
  });
});

describe("model > base a family of siblings repeats", () => {
  const operation = (name: string, extra: string[] = []) =>
    page(name, {
      rows: ["|clientContext|String|x|", "|id|String|x|", "|status|String|x|", ...extra],
      json: `{ ${["clientContext", "id", "status", ...extra.map((row) => row.split("|")[1]!)]
        .map((key) => `"${key}": "String"`)
        .join(", ")} }`,
    });
  const call = page("call", {
    rows: ["|operations|[commsOperation](commsoperation.md) collection|x|"],
    json: '{ "operations": [{ "@odata.type": "microsoft.graph.commsOperation" }] }',
  });

  it("is the base of siblings with its properties or more, the one properties point at", () => {
    const { model: built } = model({
      "call.md": call,
      "commsoperation.md": operation("commsOperation"),
      "muteoperation.md": operation("muteOperation"),
      "inviteoperation.md": operation("inviteOperation", ["|participants|String|x|"]),
    });
    const baseOf = (key: string) => built.types.get(`microsoft.graph.${key}`)!.base;
    expect(baseOf("muteoperation")).toBe("microsoft.graph.commsoperation");
    expect(baseOf("inviteoperation")).toBe("microsoft.graph.commsoperation");
    expect(baseOf("commsoperation")).toBeUndefined();
  });

  it("is no base of a single type, of types named otherwise, or of types properties point at", () => {
    const lone = model({
      "call.md": call,
      "commsoperation.md": operation("commsOperation"),
      "inviteoperation.md": operation("inviteOperation", ["|participants|String|x|"]),
    }).model;
    expect(lone.types.get("microsoft.graph.inviteoperation")!.base).toBeUndefined();

    const unrelated = model({
      "call.md": call,
      "commsoperation.md": operation("commsOperation"),
      "mutestatus.md": operation("muteStatus", ["|a|String|x|"]),
      "invitestatus.md": operation("inviteStatus", ["|b|String|x|"]),
    }).model;
    expect(unrelated.types.get("microsoft.graph.mutestatus")!.base).toBeUndefined();
    expect(unrelated.types.get("microsoft.graph.invitestatus")!.base).toBeUndefined();

    const pointed = model({
      "commsoperation.md": operation("commsOperation"),
      "muteoperation.md": operation("muteOperation", ["|a|String|x|"]),
      "inviteoperation.md": operation("inviteOperation", ["|b|String|x|"]),
      "holder.md": page("holder", {
        rows: [
          "|mute|[muteOperation](muteoperation.md)|x|",
          "|invite|[inviteOperation](inviteoperation.md)|x|",
        ],
        json: '{ "mute": {}, "invite": {} }',
      }),
    }).model;
    expect(pointed.types.get("microsoft.graph.muteoperation")!.base).toBeUndefined();
    expect(pointed.types.get("microsoft.graph.inviteoperation")!.base).toBeUndefined();
  });

  it("is no base of siblings when another type repeats its properties as often", () => {
    const { model: built } = model({
      "commsoperation.md": operation("commsOperation"),
      "muteoperation.md": operation("muteOperation"),
      "unmuteoperation.md": operation("unmuteOperation"),
    });
    for (const key of ["commsoperation", "muteoperation", "unmuteoperation"])
      expect(built.types.get(`microsoft.graph.${key}`)!.base).toBeUndefined();
  });
});

describe("model > translated members the lexicon knows", () => {
  const enums = (members: string[]) =>
    [
      "# Значения Enum",
      "",
      "Пространство имен: microsoft.graph",
      "",
      '### <a name="result-values"></a>значения result',
      "",
      "|Member|",
      "|:---|",
      ...members.map((member) => `|${member}|`),
      "",
    ].join("\n");

  it("take the member their word stands for, and say so", () => {
    const { model: built, diagnostics } = model(
      { "enums.md": enums(["нет", "Авто", "shrinkToFit"]) },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.result")!.members).toEqual([
      "none",
      "auto",
      "shrinkToFit",
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain("GT307");
  });

  it("give way to a value list that restores them otherwise", () => {
    const { model: built } = model(
      {
        "enums.md": enums(["успешно", "не удалось"]),
        "x.md": page("x", {
          rows: [
            "|result|[result](enums.md#result-values)|Возможные значения: `success`, `failure`.|",
          ],
          json: '{"result": "String"}',
        }),
      },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.result")!.members).toEqual(["success", "failure"]);
  });

  it("read the words of common members in every translated language", () => {
    const cases: { locale: string; members: string[]; want: string[] }[] = [
      {
        locale: "ru-RU",
        members: ["пользователь", "администратор"],
        want: ["user", "administrator"],
      },
      { locale: "ru-RU", members: ["портрет", "ландшафт"], want: ["portrait", "landscape"] },
      { locale: "de-DE", members: ["Benutzer", "Hochformat"], want: ["user", "portrait"] },
      { locale: "ja-JP", members: ["ユーザー", "灰色"], want: ["user", "gray"] },
      { locale: "zh-CN", members: ["用户", "无效"], want: ["user", "invalid"] },
    ];
    for (const { locale, members, want } of cases) {
      const { model: built } = model({ "enums.md": enums(members) }, locale);
      expect(built.enums.get("microsoft.graph.result")!.members, locale).toEqual(want);
    }
  });

  it("are not looked up among the names every object has", () => {
    const { model: built } = model(
      { "enums.md": enums(["constructor", "нет", "toString"]) },
      "ru-RU",
    );
    expect(built.enums.get("microsoft.graph.result")!.members).toEqual([
      "constructor",
      "none",
      "toString",
    ]);
  });

  it("stay as written on English pages", () => {
    const { model: built } = model({ "enums.md": enums(["none", "другие"]) }, "en-US");
    expect(built.enums.get("microsoft.graph.result")!.members).toEqual(["none", "другие"]);
  });
});

describe("model > the sentinel of a docs set", () => {
  /** A page of docs set `product` with one property per enum, each enum listed on it. */
  function productPage(product: string, type: string, enums: Record<string, string[]>) {
    const names = Object.keys(enums);
    return [
      "---",
      `ms.prod: ${product}`,
      "---",
      page(type, {
        rows: names.map((name) => `|${name}|[${name}](#${name.toLowerCase()}-values)|x|`),
        json: `{ ${names.map((name) => `"${name}": "String"`).join(", ")} }`,
        extra: Object.entries(enums)
          .map(([name, members]) =>
            [`### ${name} values`, "", "|Member|", "|:---|", ...members.map((m) => `|${m}|`)].join(
              "\n",
            ),
          )
          .join("\n\n"),
      }),
    ].join("\n");
  }
  const evolvable = ["a", "b", "unknownFutureValue"];

  it("is added to the one enum of a set whose every other enum names it", () => {
    const { model: built } = model({
      "x.md": productPage("printing", "x", {
        e1: evolvable,
        e2: evolvable,
        e3: evolvable,
        forgot: ["c", "d"],
      }),
    });
    expect(built.enums.get("microsoft.graph.forgot")!.members).toEqual([
      "c",
      "d",
      "unknownFutureValue",
    ]);
  });

  it("is not added where fewer enums of the set name it, or another set uses the enum", () => {
    const few = model({
      "x.md": productPage("printing", "x", { e1: evolvable, e2: evolvable, forgot: ["c", "d"] }),
    });
    expect(few.model.enums.get("microsoft.graph.forgot")!.members).toEqual(["c", "d"]);

    const shared = model({
      "x.md": productPage("printing", "x", {
        e1: evolvable,
        e2: evolvable,
        e3: evolvable,
        forgot: ["c", "d"],
      }),
      "y.md": productPage("mail", "y", { forgot: ["c", "d"] }),
    });
    expect(shared.model.enums.get("microsoft.graph.forgot")!.members).toEqual(["c", "d"]);
  });
});

describe("model > placeholders for types no page defines", () => {
  const placeholders = (cell: string) => {
    const { model: built } = model({
      "team.md": page("team", { rows: [`|schedule|${cell}|x|`], json: '{"schedule": {}}' }),
    });
    return [...built.types.values()].filter((type) => type.placeholder).map((type) => type.name);
  };

  it("are named by the link text where it names the page", () => {
    expect(placeholders("[plannerPlanDetails](plannerplandetails.md)")).toEqual([
      "plannerPlanDetails",
    ]);
    expect(placeholders("[workbookChartAxis](chartaxis.md)")).toEqual(["workbookChartAxis"]);
  });

  it("are named by the page where translation changed the text", () => {
    expect(placeholders("[Cronograma](schedule.md)")).toEqual(["schedule"]);
  });
});
