import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { LooseEntry } from "../parse/loose-json.js";
import { typeFromJsonValue } from "./json-type.js";
import type { PropertyExtract, PropertyType } from "./page-extract.js";
import type { PropertyRow } from "./property-table.js";

/**
 * Pair table rows with JSON keys and decide each property's type.
 *
 * Rows meet keys by exact name, then by name in any case, then, for names that translation
 * changed (`все` for `all`), by position among their neighbours and by type. Property names
 * always come from the JSON; rows and keys left alone are kept and reported.
 */
export function matchProperties(
  rows: readonly PropertyRow[],
  keys: readonly LooseEntry[],
  file: string,
  diagnostics: Diagnostic[],
): PropertyExtract[] {
  const keyOfRow = new Map<number, number>();
  const rowOfKey = new Map<number, number>();
  const pair = (row: number, key: number) => {
    keyOfRow.set(row, key);
    rowOfKey.set(key, row);
  };

  // 1. Exact names, then names in any case.
  const byName = new Map<string, number>();
  const byFolded = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!byName.has(key.key)) byName.set(key.key, index);
    if (!byFolded.has(key.key.toLowerCase())) byFolded.set(key.key.toLowerCase(), index);
  });
  for (const lookup of [
    (row: PropertyRow) => byName.get(row.name),
    (row: PropertyRow) => byFolded.get(row.name.toLowerCase()),
  ]) {
    rows.forEach((row, index) => {
      const key = keyOfRow.has(index) ? undefined : lookup(row);
      if (key !== undefined && !rowOfKey.has(key)) pair(index, key);
    });
  }

  // 2. Translated names: the key next to a neighbour's key, when the types agree.
  rows.forEach((row, index) => {
    if (keyOfRow.has(index) || /^[A-Za-z_@][\w@.]*$/.test(row.name)) return;
    const candidates = [neighbour(keyOfRow, index - 1, 1), neighbour(keyOfRow, index + 1, -1)];
    const key = candidates.find(
      (candidate) =>
        candidate !== undefined &&
        keys[candidate] &&
        !rowOfKey.has(candidate) &&
        typesAgree(row, keys[candidate]!),
    );
    if (key === undefined) return;
    pair(index, key);
    diagnostics.push(
      createDiagnostic(
        "GT303",
        file,
        row.position,
        `table row '${row.name}' matched to JSON key '${keys[key]!.key}' by position and type`,
      ),
    );
  });

  // 3. Properties in JSON order, then rows no key claimed.
  const properties: PropertyExtract[] = keys.map((key, index) => {
    const rowIndex = rowOfKey.get(index);
    if (rowIndex === undefined) {
      if (rows.length > 0)
        diagnostics.push(
          createDiagnostic("GT302", file, key.position, `JSON key '${key.key}' has no table row`),
        );
      return fromKey(key);
    }
    return fromRow(rows[rowIndex]!, key, file, diagnostics);
  });
  rows.forEach((row, index) => {
    if (keyOfRow.has(index)) return;
    if (keys.length > 0 && !row.navigation)
      diagnostics.push(
        createDiagnostic(
          "GT301",
          file,
          row.position,
          `table row '${row.name}' names no key of the JSON block`,
        ),
      );
    properties.push(fromRow(row, undefined, file, diagnostics));
  });

  return properties;
}

function neighbour(keyOfRow: Map<number, number>, row: number, step: number): number | undefined {
  const key = keyOfRow.get(row);
  return key === undefined ? undefined : key + step;
}

function typesAgree(row: PropertyRow, key: LooseEntry): boolean {
  if (!row.type) return true;
  const fromJson = typeFromJsonValue(key.value).alternatives[0];
  const fromRow = row.type.alternatives[0];
  if (!fromJson || !fromRow || fromJson.kind === "json") return true;
  if (fromJson.kind === "primitive" && fromRow.kind !== "primitive") {
    // JSON writes enums and unknown types as "String".
    return fromJson.name === "String";
  }
  if (fromRow.kind === "primitive" && fromJson.kind === "primitive") {
    return (fromRow.name === "Boolean") === (fromJson.name === "Boolean");
  }
  return fromRow.kind === fromJson.kind || fromJson.kind === "values";
}

function fromKey(key: LooseEntry): PropertyExtract {
  const property: PropertyExtract = {
    name: key.key,
    type: typeFromJsonValue(key.value),
    readOnly: false,
    nullable: false,
    navigation: false,
    position: key.position,
  };

  const values = jsonValues(key);
  if (values) property.values = values;
  return property;
}

function jsonValues(key: LooseEntry | undefined): string[] | undefined {
  const term = key ? typeFromJsonValue(key.value).alternatives[0] : undefined;
  return term?.kind === "values" ? term.values : undefined;
}

function fromRow(
  row: PropertyRow,
  key: LooseEntry | undefined,
  file: string,
  diagnostics: Diagnostic[],
): PropertyExtract {
  const property: PropertyExtract = {
    name: key?.key ?? row.name,
    type: decideType(row, key, file, diagnostics),
    readOnly: row.facts.readOnly,
    nullable: row.facts.nullable,
    navigation: row.navigation,
    position: row.position,
  };

  const values = jsonValues(key) ?? (row.facts.values.length > 1 ? row.facts.values : undefined);
  if (values) property.values = values;
  if (row.facts.text !== "") property.description = row.facts.text;
  return property;
}

/**
 * The table's type wins; a plain string that lists its values becomes those values, and an
 * unreadable cell falls back to the JSON value.
 */
function decideType(
  row: PropertyRow,
  key: LooseEntry | undefined,
  file: string,
  diagnostics: Diagnostic[],
): PropertyType {
  const fromJson = key ? typeFromJsonValue(key.value) : undefined;

  if (!row.type) {
    diagnostics.push(
      createDiagnostic(
        "GT304",
        file,
        row.position,
        `type '${row.typeText}' of '${row.name}' not understood`,
        "an Edm type, a link to a type, or 'X collection'",
      ),
    );
    return fromJson ?? { collection: false, alternatives: [{ kind: "json" }] };
  }

  const single = row.type.alternatives.length === 1 ? row.type.alternatives[0] : undefined;
  if (single?.kind === "primitive" && single.name === "String") {
    const values = jsonValues(key) ?? (row.facts.values.length > 1 ? row.facts.values : undefined);
    if (values)
      return { collection: row.type.collection, alternatives: [{ kind: "values", values }] };
  }
  return {
    collection: row.type.collection || (fromJson?.collection ?? false),
    alternatives: row.type.alternatives,
  };
}
