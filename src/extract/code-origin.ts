import type { Code } from "mdast";
import type { Position } from "../diagnostics/diagnostic.js";

/**
 * Where the text of a code block starts: the line after the opening fence of a fenced block,
 * the block's own first line for an indented one.
 *
 * ```markdown
 * <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x" } -->
 *     { "id": "String" }
 * ```
 *
 * An indented block has no fence lines, so its lines and its value's lines are as many.
 * Its column is the block's own, which stays inside the line whatever the indentation was.
 */
export function codeOrigin(code: Code): Position {
  const start = code.position?.start ?? { line: 0, column: 0 };
  const end = code.position?.end ?? start;
  const valueLines = code.value.split("\n").length;
  const indented = end.line - start.line + 1 === valueLines;

  return { line: indented ? start.line : start.line + 1, column: start.column };
}
