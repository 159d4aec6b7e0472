import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Colors } from "./terminal.js";

const maxWidth = 100;

/**
 * The line a diagnostic points at, numbered, with a caret under its column, like tsc:
 *
 * ```text
 *   25 | | все | Boolean | Указывает, следует ли ... |
 *      | ^
 * ```
 *
 * Long lines are cut around the column. Nothing when the diagnostic concerns a whole file or
 * the line is not in the text.
 */
export function sourceExcerpt(
  diagnostic: Diagnostic,
  text: string | undefined,
  colors: Colors,
): string[] {
  const line = text?.split(/\r?\n/)[diagnostic.line - 1];
  if (diagnostic.line < 1 || line === undefined) return [];

  const column = Math.max(diagnostic.column, 1) - 1;
  const start = column > maxWidth - 20 ? column - 20 : 0;
  const shown = (start > 0 ? "…" : "") + line.slice(start, start + maxWidth).trimEnd();
  const caretAt = column - start + (start > 0 ? 1 : 0);
  const gutter = String(diagnostic.line);
  const blank = " ".repeat(gutter.length);

  return [
    `  ${colors.dim(`${gutter} |`)} ${shown}`,
    `  ${colors.dim(`${blank} |`)} ${" ".repeat(caretAt)}${colors.red("^")}`,
  ];
}
