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
 * Rows without a leading pipe are already rows here: the GFM parser accepts them.
 */
export function readTable(table: Table): TableRows {
  const [head, ...body] = table.children;
  const headers = (head?.children ?? []).map((cell) =>
    normalizePhrase(piecesText(inlinePieces(cell.children)).replace(/\*/g, "")),
  );

  const rows = body.map((row) => ({
    cells: row.children.map((cell) => inlinePieces(cell.children)),
    position: { line: row.position?.start.line ?? 0, column: row.position?.start.column ?? 0 },
  }));

  return {
    headers,
    rows,
    position: { line: table.position?.start.line ?? 0, column: table.position?.start.column ?? 0 },
  };
}
