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
    const name = propertyName(piecesText(nameCell));
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

    rows.push({
      name,
      type: parseTypeCell(typeCell, lexicon),
      typeText,
      facts: readDescriptionFacts(descriptionCells, lexicon),
      navigation,
      position: row.position,
    });
  }

  return rows;
}

/** The name in a name cell, without emphasis, code marks or trailing remarks. */
function propertyName(text: string): string {
  const bare = text.replace(/[`*]/g, "").trim();
  return bare.split(/\s+/, 1)[0] ?? "";
}
