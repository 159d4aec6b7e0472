import { primitiveNames, type PrimitiveName } from "../lexicon/lexicon.js";
import type { LooseValue } from "../parse/loose-json.js";
import type { PropertyType, TypeTerm } from "./page-extract.js";

const primitiveByWord = new Map<string, PrimitiveName>(
  primitiveNames.map((name) => [name.toLowerCase(), name]),
);
primitiveByWord.set("timestamp", "DateTimeOffset");
primitiveByWord.set("int", "Int32");
primitiveByWord.set("bool", "Boolean");

const odataName = /^#?(microsoft\.graph(?:\.[A-Za-z_]\w*)+)$/;
const valueList = /^\s*[\w@.-]+(\s*\|\s*[\w@.-]+)+\s*$/;

/**
 * Read a property type from its placeholder in the JSON block, the fallback when the table
 * does not say.
 *
 * ```json
 * "status": "notStarted | running",
 * "resultInfo": {"@odata.type": "#microsoft.graph.resultInfo"},
 * "ids": ["String"]
 * ```
 */
export function typeFromJsonValue(value: LooseValue): PropertyType {
  if (value.kind === "array") {
    const first = value.items[0];
    const inner = first ? typeFromJsonValue(first) : { collection: false, alternatives: [json] };
    return { collection: true, alternatives: inner.alternatives };
  }
  return { collection: false, alternatives: [termFromJsonValue(value)] };
}

const json: TypeTerm = { kind: "json" };

function termFromJsonValue(value: Exclude<LooseValue, { kind: "array" }>): TypeTerm {
  switch (value.kind) {
    case "boolean":
      return { kind: "primitive", name: "Boolean" };
    case "number":
      return { kind: "primitive", name: Number.isInteger(value.value) ? "Int32" : "Double" };
    case "object":
      return termFromObject(value);
    case "string":
    case "bare":
      return termFromPlaceholder(value.value);
    default:
      return json;
  }
}

function termFromObject(value: Extract<LooseValue, { kind: "object" }>): TypeTerm {
  const odataType = value.entries.find(
    (entry) => entry.key === "@odata.type" || entry.key === "@type",
  );

  if (odataType?.value.kind === "string") {
    const match = odataName.exec(odataType.value.value.trim());
    if (match) return { kind: "named", link: { text: match[1]! } };
  }
  return json;
}

/** `"String (identifier)"`, `"Edm.Int64"`, `"microsoft.graph.x"`, `"a | b | c"`. */
function termFromPlaceholder(text: string): TypeTerm {
  const trimmed = text.trim();
  const named = odataName.exec(trimmed);
  if (named) return { kind: "named", link: { text: named[1]! } };

  if (valueList.test(trimmed)) {
    return { kind: "values", values: trimmed.split("|").map((part) => part.trim()) };
  }

  const word = trimmed
    .replace(/^edm\./i, "")
    .split(/[\s(]/, 1)[0]!
    .toLowerCase();
  return { kind: "primitive", name: primitiveByWord.get(word) ?? "String" };
}
