import { describe, expect, it } from "vitest";
import { generateFromPages } from "../../src/generate.js";
import { parseLooseJson } from "../../src/parse/loose-json.js";
import { resourcePage } from "../helpers/docs-page.js";

const rowCount = 20_000;
const depth = 5_000;

/** Heap growth of `work`, in megabytes. */
function heapGrowth(work: () => void): number {
  const before = process.memoryUsage().heapUsed;
  work();
  return (process.memoryUsage().heapUsed - before) / 2 ** 20;
}

describe("reliability > size", () => {
  const cases = [
    {
      given: `a table of ${rowCount} rows and a JSON block of as many keys`,
      page: resourcePage({
        type: "microsoft.graph.wide",
        rows: Array.from({ length: rowCount }, (_, index) => [
          `p${index}`,
          "Int32",
          `Row ${index}.`,
        ]),
        json: `{\n${Array.from({ length: rowCount }, (_, index) => `  "p${index}": 1`).join(",\n")}\n}`,
      }),
      want: [`p${rowCount - 1}?: number;`],
    },
    {
      given: `JSON nested ${depth} levels deep`,
      page: resourcePage({
        type: "microsoft.graph.deep",
        json: `{ "a": ${'[{ "b": '.repeat(depth)}1${" }]".repeat(depth)}, "z": "String" }`,
      }),
      want: ["a?:", "z?: string;"],
    },
    {
      given: `JSON opened ${depth} levels deep and never closed`,
      page: resourcePage({
        type: "microsoft.graph.open",
        json: `{ "z": "String", "a": ${"[".repeat(depth)}`,
      }),
      want: ["z?: string;"],
    },
    {
      given: `Markdown quotes nested ${depth / 5} levels deep`,
      page: `${"> ".repeat(depth / 5)}deep\n\n${resourcePage({ type: "microsoft.graph.quoted", json: '{ "z": "String" }' })}`,
      want: ["z?: string;"],
    },
  ];

  it.each(cases)("$given: no stack overflow", ({ page, want }) => {
    const output = generateFromPages([{ file: "big.md", text: page }], {}).files.get("graph.ts")!;
    for (const text of want) expect(output).toContain(text);
  });

  it(`keeps no more than ${64} levels of a ${depth * 20}-level block in memory`, () => {
    const text = `${"[".repeat(depth * 20)}${"]".repeat(depth * 20)}`;
    let depthKept = 0;
    const growth = heapGrowth(() => {
      let value = parseLooseJson(text).value;
      while (value?.kind === "array" && value.items.length > 0) {
        depthKept++;
        value = value.items[0];
      }
    });

    expect(depthKept).toBeLessThanOrEqual(64);
    expect(growth).toBeLessThan(64);
  });
});
