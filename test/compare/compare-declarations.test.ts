import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as compare from "../../src/compare/index.js";
import { compareDeclarations, type CompareSummary } from "../../src/compare/index.js";

/** Numerator and denominator of every metric, in summary order. */
type Figures = Record<keyof CompareSummary, [number, number]>;

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

function figuresOf(summary: CompareSummary): Figures {
  const entries = Object.entries(summary).map(([key, metric]) => [
    key,
    [metric.numerator, metric.denominator],
  ]);
  return Object.fromEntries(entries) as Figures;
}

function compareFixture(name: string): compare.CompareResult {
  return compareDeclarations(`${fixtures}${name}/ours`, `${fixtures}${name}/reference`);
}

describe("compare > summary figures", () => {
  const cases: Array<{ given: string; want: Figures }> = [
    {
      given: "graph-layouts",
      want: {
        types: [10, 10],
        recall: [23, 23],
        precision: [23, 23],
        typeAgreement: [23, 23],
        enums: [3, 3],
        bases: [5, 5],
      },
    },
    {
      given: "enum-namespace-layout",
      want: {
        types: [4, 4],
        recall: [9, 9],
        precision: [9, 9],
        typeAgreement: [8, 9],
        enums: [3, 4],
        bases: [2, 2],
      },
    },
    {
      given: "inheritance",
      want: {
        types: [5, 5],
        recall: [14, 14],
        precision: [14, 16],
        typeAgreement: [14, 14],
        enums: [0, 0],
        bases: [2, 4],
      },
    },
    {
      given: "differences",
      want: {
        types: [9, 11],
        recall: [28, 29],
        precision: [28, 31],
        typeAgreement: [22, 28],
        enums: [1, 2],
        bases: [5, 5],
      },
    },
  ];

  it.each(cases)("$given", ({ given, want }) => {
    const result = compareFixture(given);

    expect(figuresOf(result.summary)).toEqual(want);
    expect(result.unresolved).toEqual({ reference: [], ours: [] });
  });
});

describe("compare > per-type details", () => {
  it("differences: missing, extra, mismatches and placeholders", () => {
    const result = compareFixture("differences");
    const message = result.types.find((type) => type.name === "Message");

    expect(result.notEmitted).toEqual(["Calendar", "FollowupFlag"]);
    expect(message?.missing).toEqual(["body"]);
    expect(message?.extra).toEqual(["categories", "conversationId"]);
    expect(message?.mismatches.map(({ property, reason }) => [property, reason])).toEqual([
      ["sensitivity", "enum-members"],
      ["isRead", "primitive"],
      ["toRecipients", "array"],
      ["from", "reference-target"],
      ["flag", "kind"],
      ["replyTo", "union"],
    ]);
    expect(message?.mismatches[0]?.enumMembers).toEqual({
      referenceOnly: ["confidential"],
      oursOnly: [],
    });
  });

  it("inheritance: repeated rows count once, bases compare against all ancestors", () => {
    const result = compareFixture("inheritance");
    const byName = new Map(result.types.map((type) => [type.name, type]));

    expect(byName.get("Message")).toMatchObject({
      ourPropertyCount: 4,
      missing: [],
      extra: [],
      base: { reference: "OutlookItem", ours: "Entity", agrees: false },
    });
    expect(byName.get("Event")?.base).toEqual({
      reference: "Entity",
      ours: "OutlookItem",
      agrees: true,
    });
    expect(byName.get("Contact")?.base).toEqual({ reference: "OutlookItem", agrees: false });
  });

  it("namespaces match case-insensitively and keep the reference's spelling", () => {
    const names = compareFixture("enum-namespace-layout").types.map((type) => type.name);

    expect(names).toEqual(["CallRecords.CallRecord", "CallRecords.Session", "Entity", "Thing"]);
  });
});

describe("compare > graph-types against itself", () => {
  it("agrees everywhere, in a few seconds", () => {
    const file = fileURLToPath(
      import.meta.resolve("@microsoft/microsoft-graph-types/microsoft-graph.d.ts"),
    );
    const started = performance.now();

    const result = compareDeclarations(file, file);

    const seconds = (performance.now() - started) / 1000;
    expect(figuresOf(result.summary)).toEqual({
      types: [1039, 1039],
      recall: [7954, 7954],
      precision: [7954, 7954],
      typeAgreement: [7954, 7954],
      enums: [324, 324],
      bases: [615, 615],
    });
    expect(result.unresolved).toEqual({ reference: [], ours: [] });
    expect(seconds).toBeLessThan(10);
  });
});

describe("compare > public API", () => {
  it("exports these values", () => {
    expect(Object.keys(compare).sort()).toEqual([
      "compareDeclarations",
      "formatJsonReport",
      "formatTextReport",
      "readTypeTable",
    ]);
  });
});
