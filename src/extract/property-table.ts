import type { Diagnostic, Position } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/diagnostic.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { readDescriptionFacts, type DescriptionFacts } from "./description-facts.js";
import { piecesText } from "./inline-text.js";
import type { PropertyType } from "./page-extract.js";
import type { TableRows } from "./table-rows.js";
import { parseTypeCell } from "./type-cell.js";

/** One row of a properties or relationships table. */
export interface PropertyRow {
  name: string;
  /** The one identifier among the translated words of the name cell (`Объекты deviceCategory`). */
  embeddedName?: string;
  /** Undefined when the type cell was not understood. */
  type: PropertyType | undefined;
  typeText: string;
  facts: DescriptionFacts;
  navigation: boolean;
  position: Position;
}

/**
 * Read the rows of a properties or relationships table: name, type and description.
 *
 * ```markdown
 * | Property | Type | Description |
 * |:--|:--|:--|
 * |status|String|Possible values are: `running`, `done`. Read-only.|
 * ```
 *
 * Empty rows are passed over; a row without a name or a type is skipped
 * with a diagnostic.
 */
export function readPropertyTable(
  table: TableRows,
  navigation: boolean,
  lexicon: Lexicon,
  file: string,
  diagnostics: Diagnostic[],
): PropertyRow[] {
  const rows: PropertyRow[] = [];

  for (const row of table.rows) {
    const [nameCell = [], typeCell = [], ...rest] = row.cells;
    const nameText = piecesText(nameCell);
    const name = propertyName(nameText);
    const typeText = piecesText(typeCell);
    const descriptionCells = rest.flat();

    const empty = typeText === "" && descriptionCells.length === 0;
    if (name === "" && empty) continue;
    if (name === "" || empty) {
      const missing = name === "" ? "a property name" : "a type";
      diagnostics.push(
        createDiagnostic(
          "GT300",
          file,
          row.position,
          `table row has no ${missing}`,
          "| name | type | description |",
        ),
      );
      continue;
    }

    const property: PropertyRow = {
      name,
      type: parseTypeCell(typeCell, lexicon),
      typeText,
      facts: readDescriptionFacts(descriptionCells, lexicon),
      navigation,
      position: row.position,
    };
    const embedded = embeddedName(nameText);
    if (embedded !== undefined && embedded !== name) property.embeddedName = embedded;
    rows.push(property);
  }

  return rows;
}

/**
 * The name in a name cell, without emphasis, code marks, trailing remarks or the punctuation
 * translation leaves after a name (`photo;`).
 */
function propertyName(text: string): string {
  const bare = text.replace(/[`*]/g, "").trim();
  if (isTranslatedPhrase(bare)) return bare;
  const first = bare.split(/\s+/, 1)[0] ?? "";
  return first.replace(/^([A-Za-z_]\w*)[.,;:。，；：]$/u, "$1");
}

/** An identifier followed by a word in another script, which no property name is: `VPP токены`. */
function isTranslatedPhrase(text: string): boolean {
  const [first = "", second = ""] = text.split(/\s+/, 2);
  return /^[A-Za-z_]\w*$/.test(first) && nonLatinLetter.test(second);
}

const nonLatinLetter = /[^\P{L}\p{Script=Latin}]/u;

/** The only camel-case identifier of a name cell whose other words are not identifiers. */
function embeddedName(text: string): string | undefined {
  const words = text.replace(/[`*]/g, "").trim().split(/\s+/);
  const identifiers = words.filter((word) => /^[a-z]+[A-Z]\w*$/.test(word));
  const others = words.filter((word) => !identifiers.includes(word));
  if (identifiers.length !== 1 || others.some((word) => /^[A-Za-z_]/.test(word))) return undefined;
  return identifiers[0];
}
