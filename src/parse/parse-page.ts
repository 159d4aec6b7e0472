import type { Nodes, Root, RootContent } from "mdast";
import { blankUnreadProse } from "./blank-unread-prose.js";
import { liftSimpleBlocks, placeholder } from "./lift-simple-blocks.js";
import { parseMarkdown } from "./parse-markdown.js";

/**
 * Parse a page into the syntax tree extraction reads, faster than a whole parse and with
 * the same extract: prose extraction does not read is blanked, simple blocks are read
 * without the Markdown parser (see `liftSimpleBlocks`), and the parser reads what is left,
 * from its first line on. Every position is the one a whole parse gives.
 */
export function parsePage(text: string): Root {
  const lifted = liftSimpleBlocks(blankUnreadProse(text));
  const root = parseRest(lifted.text);
  const liftedLines = new Set(lifted.nodes.map(lineOf));
  const parsed = root.children.filter(
    (node) =>
      !(node.type === "html" && node.value === placeholder && liftedLines.has(lineOf(node))),
  );
  root.children = inLineOrder(parsed, lifted.nodes);
  return root;
}

/** Parse the lines from the first that holds anything but a placeholder, in place. */
function parseRest(text: string): Root {
  const lines = text.split("\n");
  const first = lines.findIndex(
    (line) => !/^[ \t\r]*$/.test(line) && !line.startsWith(placeholder),
  );
  if (first === -1) return { type: "root", children: [] };

  // Parse from the top when the parser would count lines differently (it takes a lone
  // carriage return for a line end) or read the line otherwise at the start of a document
  // (`---` as front matter, a byte order mark dropped).
  const before = lines.slice(0, first);
  if (
    before.some((line) => line.includes("\r")) ||
    (first > 0 && /^(?:---[ \t]*$|\uFEFF)/.test(lines[first]!))
  )
    return parseMarkdown(text);
  const root = parseMarkdown(lines.slice(first).join("\n"));
  const offset = before.reduce((sum, line) => sum + line.length + 1, 0);
  if (first > 0) shiftPositions(root, first, offset);
  return root;
}

function shiftPositions(node: Nodes, lines: number, offset: number): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (point === undefined) continue;
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  }
  if ("children" in node) for (const child of node.children) shiftPositions(child, lines, offset);
}

/** Merge two runs of top-level nodes, each in line order, into one. */
function inLineOrder(parsed: RootContent[], lifted: RootContent[]): RootContent[] {
  if (lifted.length === 0) return parsed;
  const merged: RootContent[] = [];
  let next = 0;
  for (const node of parsed) {
    while (next < lifted.length && lineOf(lifted[next]!) < lineOf(node))
      merged.push(lifted[next++]!);
    merged.push(node);
  }
  merged.push(...lifted.slice(next));
  return merged;
}

function lineOf(node: RootContent): number {
  return node.position?.start.line ?? 0;
}
