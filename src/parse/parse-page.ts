import type { Nodes, Root, RootContent } from "mdast";
import { blankUnreadProse } from "./blank-unread-prose.js";
import { isBlankLine } from "./block-chunks.js";
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

/**
 * Parse what the parser is left, in place: each stretch of lines between placeholders on
 * its own (a placeholder ends every block before it), from its first line that holds
 * anything. A page that may define link labels, or whose carriage returns or first line the
 * parser would count or read otherwise in a stretch, is parsed whole.
 */
function parseRest(text: string): Root {
  const lines = text.split("\n");
  const stretches: { start: number; end: number }[] = [];
  for (let line = 0; line < lines.length; line++) {
    if (isBlankLine(lines[line]!) || lines[line]!.startsWith(placeholder)) continue;
    const start = line;
    while (line + 1 < lines.length && !lines[line + 1]!.startsWith(placeholder)) line++;
    stretches.push({ start, end: line + 1 });
  }
  if (stretches.length === 0) return { type: "root", children: [] };

  const parsedAlone = stretches.map(({ start }) => lines[start]!);
  if (text.includes("\r") || /\]:/.test(text) || parsedAlone.some(readsOtherwiseFirst))
    return parseMarkdown(text);

  const children: RootContent[] = [];
  let line = 0;
  let offset = 0;
  for (const { start, end } of stretches) {
    for (; line < start; line++) offset += lines[line]!.length + 1;
    const root = parseMarkdown(lines.slice(start, end).join("\n"));
    shiftPositions(root, start, offset);
    children.push(...root.children);
  }
  return { type: "root", children };
}

/** A first line of a document the parser reads otherwise: `---` opens front matter, a BOM is dropped. */
function readsOtherwiseFirst(line: string): boolean {
  return /^(?:---[ \t]*$|\uFEFF)/.test(line);
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
