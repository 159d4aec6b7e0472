import type { Table } from "mdast";
import type { Position } from "../diagnostics/diagnostic.js";
import { normalizePhrase } from "../lexicon/normalize.js";
import { inlinePieces, piecesText, type InlinePiece } from "./inline-text.js";

/** A table as the extractors read it: folded header texts and rows of cell pieces. */
export interface TableRows {
  headers: string[];
  rows: TableRow[];
  position: Position;
}

/** One body row: its cells and where it starts. */
export interface TableRow {
  cells: InlinePiece[][];
  position: Position;
}

/**
 * Read a GFM table into header texts (normalized) and body rows.
 *
 * Rows without a leading pipe are already rows here: the GFM parser accepts them. A lone
 * cell of words after a full row is the rest of that row's last cell, which translation broke
 * onto a line of its own:
 *
 * ```markdown
 * |deviceActionResults|Коллекция [deviceActionResult](deviceactionresult.md)|Список объектов.
 *  Это свойство доступно только для чтения.|
 * ```
 */
export function readTable(table: Table): TableRows {
  const [head, ...body] = table.children;
  const headers = (head?.children ?? []).map((cell) =>
    normalizePhrase(piecesText(inlinePieces(cell.children)).replace(/\*/g, "")),
  );

  const rows: TableRow[] = [];
  for (const row of body) {
    const cells = row.children.map((cell) => inlinePieces(cell.children));
    const previous = rows[rows.length - 1];
    const lone = cells.length === 1 && /\S\s+\S/.test(piecesText(cells[0]!));
    if (lone && headers.length > 2 && previous?.cells.length === headers.length) {
      previous.cells[previous.cells.length - 1]!.push({ kind: "text", value: " " }, ...cells[0]!);
      continue;
    }
    rows.push({
      cells,
      position: { line: row.position?.start.line ?? 0, column: row.position?.start.column ?? 0 },
    });
  }

  return {
    headers,
    rows,
    position: { line: table.position?.start.line ?? 0, column: table.position?.start.column ?? 0 },
  };
}
