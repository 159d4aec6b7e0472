import { isDeepStrictEqual } from "node:util";
import type { Nodes, Root } from "mdast";

/**
 * Whether two syntax trees of a page read the same: the same nodes with the same values,
 * and the same line and column where extraction reads them (top-level blocks and table
 * rows). Offsets are left out: blanking a line changes them and nothing reads them.
 */
export function sameReading(a: Root, b: Root): boolean {
  return isDeepStrictEqual(reading(a, 0), reading(b, 0));
}

function reading(node: Nodes, depth: number): unknown {
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const copy: Record<string, unknown> = { ...rest };
  if (position && (depth === 1 || node.type === "tableRow"))
    copy.position = [
      position.start.line,
      position.start.column,
      position.end.line,
      position.end.column,
    ];
  if ("children" in node) copy.children = node.children.map((child) => reading(child, depth + 1));
  return copy;
}
