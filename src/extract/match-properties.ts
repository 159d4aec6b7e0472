import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { LooseEntry } from "../parse/loose-json.js";
import { typeFromJsonValue } from "./json-type.js";
import type { PropertyExtract, PropertyType } from "./page-extract.js";
import { alignRows, type MayBeTranslated } from "./align-rows.js";
import { nameFromEmbeddedIdentifier } from "./embedded-name.js";
import type { MethodName } from "./method-names.js";
import { isPlainWord, namedAlong, namedForType } from "./latin-names.js";
import type { PropertyRow } from "./property-table.js";

/**
 * Pair table rows with JSON keys and decide each property's type.
 *
 * Rows meet keys by exact name, then by name in any case, then, for names that translation
 * changed (`все` for `all`, and in Latin scripts plain words such as `dispositivo`), by
 * position and type (see {@link alignRows}). Navigation rows, which the JSON often leaves
 * out, meet the annotation's optional property names by name only (with no key, neither a
 * place nor a type confirms a translated pairing), then the names of the method pages that
 * return their type. Rows and keys left alone are kept and reported; a row whose name was
 * translated and that nothing names is reported and left out.
 */
export function matchProperties(
  rows: readonly PropertyRow[],
  keys: readonly LooseEntry[],
  hints: NameHints,
  file: string,
  diagnostics: Diagnostic[],
): PropertyExtract[] {
  // 1. Rows to JSON keys.
  const mayBeTranslated = (row: PropertyRow) =>
    !identifier.test(row.name) || (hints.namesMayLookUntranslated && isPlainWord(row.name));
  const keyOfRow = alignRows(
    rows,
    keys.map((key) => key.key),
    (row, key) => typesAgree(rows[row]!, keys[key]!),
    mayBeTranslated,
  );
  const rowOfKey = new Map([...keyOfRow].map(([row, key]) => [key, row]));

  // 2. Rows left over (navigation properties the JSON leaves out) to the annotation's
  //    optional property names, by name.
  const leftover = rows.filter((_, at) => !keyOfRow.has(at));
  const keyNames = new Set(keys.map((key) => key.key));
  const optional = hints.optionalNames.filter((name) => !keyNames.has(name));
  const optionalOfRow = alignRows(leftover, optional, () => false);
  const named = new Set([...keyNames, ...rows.map((row) => row.name)].map(fold));
  const methodOfRow = matchMethodNames(
    leftover,
    optionalOfRow,
    hints.methodNames,
    named,
    mayBeTranslated,
  );

  const reportMatch = (row: PropertyRow, name: string) => {
    if (row.name.toLowerCase() === name.toLowerCase()) return;
    diagnostics.push(
      createDiagnostic(
        "GT303",
        file,
        row.position,
        `table row '${row.name}' matched to property '${name}' by position and type`,
      ),
    );
  };

  const reportMethod = (row: PropertyRow, name: string) => {
    diagnostics.push(
      createDiagnostic(
        "GT303",
        file,
        row.position,
        `table row '${row.name}' named '${name}' after the method page that returns its type`,
      ),
    );
  };

  const reportEmbedded = (row: PropertyRow, name: string) => {
    diagnostics.push(
      createDiagnostic(
        "GT303",
        file,
        row.position,
        `translated table row '${row.name}' named '${name}' after the identifier among its words`,
      ),
    );
  };

  // 3. Properties in JSON order, then rows no key claimed.
  const properties: PropertyExtract[] = keys.map((key, index) => {
    const rowIndex = rowOfKey.get(index);
    if (rowIndex === undefined) {
      if (rows.length > 0) {
        diagnostics.push(
          createDiagnostic("GT302", file, key.position, `JSON key '${key.key}' has no table row`),
        );
      }
      return fromKey(key);
    }
    reportMatch(rows[rowIndex]!, key.key);
    return fromRow(rows[rowIndex]!, key, file, diagnostics);
  });
  leftover.forEach((row, at) => {
    const optionalIndex = optionalOfRow.get(at);
    const embedded = identifier.test(row.name) ? undefined : nameFromEmbeddedIdentifier(row);
    const name =
      optionalIndex !== undefined
        ? optional[optionalIndex]!
        : (methodOfRow.get(at) ??
          (embedded !== undefined && !properties.some((property) => property.name === embedded)
            ? embedded
            : row.name));
    if (name !== row.name && name === embedded) reportEmbedded(row, name);
    else if (name !== row.name && optionalIndex === undefined) reportMethod(row, name);
    else if (name !== row.name) reportMatch(row, name);
    else if (!identifier.test(row.name) || (hints.namesMayLookUntranslated && namedAlong(row))) {
      diagnostics.push(
        createDiagnostic(
          "GT301",
          file,
          row.position,
          `translated table row '${row.name}' matches no property name of the page; left out`,
        ),
      );
      return;
    } else if (keys.length > 0 && !row.navigation) {
      diagnostics.push(
        createDiagnostic(
          "GT301",
          file,
          row.position,
          `table row '${row.name}' names no key of the JSON block`,
        ),
      );
    }
    const cased =
      name === row.name && hints.namesMayLookUntranslated && namedForType(row)
        ? name.charAt(0).toLowerCase() + name.slice(1)
        : name;
    properties.push({ ...fromRow(row, undefined, file, diagnostics), name: cased });
  });

  return properties;
}

/**
 * An English plural: where a link stands among words no lexicon reads (`Sammlung von [x]`),
 * a plural property name is the best sign of a collection, since names are never translated.
 */
function looksPlural(name: string): boolean {
  return /(?<![su])s$/i.test(name) && !/(?:is|ics)$/i.test(name);
}

/** Hints at property names beyond the JSON keys. */
export interface NameHints {
  /** The annotation's `optionalProperties`. */
  optionalNames: readonly string[];
  /** Names the Methods table's link targets carry. */
  methodNames: readonly MethodName[];
  /** The page is translated into Latin letters: a row named like an identifier may be too. */
  namesMayLookUntranslated: boolean;
}

/** A row name as JSON keys are written; anything else is a translated name. */
const identifier = /^[A-Za-z_@$][\w@.$-]*$/;

function fold(name: string): string {
  return name.toLowerCase();
}

/**
 * Translated rows left over, to the one method name whose returned type the row links to
 * and that no key or row is named already (`named`, folded); a row named like a method
 * keeps its name.
 */
function matchMethodNames(
  rows: readonly PropertyRow[],
  taken: ReadonlyMap<number, number>,
  methods: readonly MethodName[],
  named: ReadonlySet<string>,
  mayBeTranslated: MayBeTranslated,
): Map<number, string> {
  const names = new Map<number, string>();
  const methodNames = new Set(methods.map((method) => fold(method.name)));

  rows.forEach((row, at) => {
    if (taken.has(at) || !mayBeTranslated(row) || methodNames.has(fold(row.name))) return;
    const target =
      row.type?.alternatives[0]?.kind === "named" ? row.type.alternatives[0].link.page : undefined;
    const matches = methods.filter(
      (method) => target && method.target === target && !named.has(fold(method.name)),
    );
    if (matches.length === 1) names.set(at, matches[0]!.name);
  });
  return names;
}

/**
 * Whether a row may describe a JSON key: neither says a collection where the other does not
 * (unless the row's type stood among unread words), and a linked row's page ends with the
 * last word of the type the JSON value names:
 *
 * ```markdown
 * |каллердевице|[Microsoft. Graph. Каллрекордс. Девицеинфо](callrecords-deviceinfo.md)|
 * "streams": [{"@odata.type": "microsoft.graph.callRecords.mediaStream"}]   ← no
 * ```
 */
function typesAgree(row: PropertyRow, key: LooseEntry): boolean {
  if (!row.type) return true;
  const jsonType = typeFromJsonValue(key.value);
  const fromJson = jsonType.alternatives[0];
  const fromRow = row.type.alternatives[0];
  if (!fromJson || !fromRow || fromJson.kind === "json") return true;
  if (jsonType.collection !== row.type.collection && !row.type.unreadWords) return false;
  if (fromJson.kind === "primitive" && fromRow.kind !== "primitive") {
    // JSON writes enums and unknown types as "String".
    return fromJson.name === "String";
  }
  if (fromRow.kind === "primitive" && fromJson.kind === "primitive") {
    return (fromRow.name === "Boolean") === (fromJson.name === "Boolean");
  }
  if (fromRow.kind === "named" && fromJson.kind === "named" && fromRow.link.page) {
    // The value may name a derived type (win32LobAppRegistryRule for win32lobapprule.md),
    // and the page may drop a prefix (chartaxis.md for workbookChartAxis): the last word
    // of the name is what both keep.
    const lastWord = /[A-Z]?[a-z\d]*$/.exec(fromJson.link.text)![0].toLowerCase();
    return fromRow.link.page.endsWith(lastWord);
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
  if (row.facts.codeWords.length > 1) property.codeWords = row.facts.codeWords;
  if (row.facts.valueRuns.length > 0) property.valueRuns = row.facts.valueRuns;
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

  // A cell translation made unreadable: the listed values, else the JSON placeholder.
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
    const listed = row.facts.values.length > 1 ? row.facts.values : undefined;
    if (listed && fromJson?.alternatives[0]?.kind === "primitive") {
      return {
        collection: fromJson.collection,
        alternatives: [{ kind: "values", values: listed }],
      };
    }
    return fromJson ?? { collection: false, alternatives: [{ kind: "json" }] };
  }

  const single = row.type.alternatives.length === 1 ? row.type.alternatives[0] : undefined;
  if (single?.kind === "primitive" && single.name === "String") {
    const values = jsonValues(key) ?? (row.facts.values.length > 1 ? row.facts.values : undefined);
    if (values)
      return { collection: row.type.collection, alternatives: [{ kind: "values", values }] };
  }
  const plural = row.type.unreadWords === true && looksPlural(key?.key ?? row.name);
  return {
    collection: row.type.collection || (fromJson?.collection ?? false) || plural,
    alternatives: row.type.alternatives,
  };
}
