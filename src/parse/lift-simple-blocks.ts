import type { AlignType, Nodes, RootContent, Table, TableCell, TableRow } from "mdast";
import { blankLines, splitChunks } from "./block-chunks.js";
import { parseMarkdown } from "./parse-markdown.js";
import { readSimpleInline } from "./simple-inline.js";

/** A page with its simple blocks read, and the text left for the Markdown parser. */
export interface LiftedBlocks {
  /** The page with each block read here blanked, its first line made {@link placeholder}. */
  text: string;
  /** Top-level nodes read here, in line order. */
  nodes: RootContent[];
}

/**
 * What stands in the first line of a block read here: an empty HTML comment, a block that
 * ends on its own line and ends a list or paragraph before it as the block did, so that
 * what the parser reads around it keeps its shape (two lists stay two).
 */
export const placeholder = "<!---->";

/** A block read from line `start` up to line `end`. */
interface Lifted {
  node: RootContent;
  end: number;
}

type PointAt = (line: number, column: number) => { line: number; column: number; offset: number };

/**
 * Read the blocks that need no Markdown parser, and blank their lines in the text.
 *
 * Most of a page's parse goes to front matter, annotation comments, JSON code blocks,
 * headings and property tables, each easy to read line by line. Such a block is read here
 * where it starts at the margin at the start of a block (after a blank line or after a
 * block read here) and only in its plain form: no carriage return inside, no indent, and
 * for headings and table cells only the inline Markdown that `readSimpleInline` reads.
 * Reading a run of lines stops at the first line that is anything else, and the rest of
 * the run is left to the parser, where it starts a block just as it would after the
 * blocks read here. The nodes equal the parser's, positions included (table cells and
 * inline nodes have none).
 */
export function liftSimpleBlocks(text: string): LiftedBlocks {
  // The parser counts a lone carriage return as a line end and reads NUL as U+FFFD; a page
  // with either is left to it whole.
  if (/\r(?!\n)|\0/.test(text)) return { text, nodes: [] };
  const lines = text.split("\n");
  const at = pointsOf(lines);
  const nodes: RootContent[] = [];

  for (const chunk of splitChunks(lines)) {
    let start = chunk.start;
    while (start < chunk.end) {
      const lifted =
        readBlock(lines, start, chunk.end, at) ?? readParagraph(lines, start, chunk.end, at);
      if (lifted === undefined) {
        start = nextInterruption(lines, start, chunk.end);
        continue;
      }
      nodes.push(lifted.node);
      blankLines(lines, start, lifted.end);
      lines[start] = placeholder + lines[start];
      start = lifted.end;
    }
  }

  return { text: lines.join("\n"), nodes };
}

/**
 * A line that can only start or go on a paragraph: it opens no other block, holds no pipe
 * (a table row) and has no whitespace at either end (which the parser would drop or read
 * as a line break).
 */
function isParagraphLine(line: string): boolean {
  return (
    /^[^\s<>|`~=#_-](?:[^|\r]*\S)?$/.test(line) &&
    !/^(?:[+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\[[^\]]*\]:)/.test(line)
  );
}

/**
 * A paragraph of simple inline Markdown, ended by the end of the run or by a line that
 * interrupts it; one that ends any other way (a setext underline, a table, a list) is left
 * to the parser.
 */
function readParagraph(
  lines: readonly string[],
  start: number,
  runEnd: number,
  at: PointAt,
): Lifted | undefined {
  let end = start;
  while (end < runEnd && isParagraphLine(lines[end]!)) end++;
  if (end === start || (end < runEnd && !interrupting.test(lines[end]!))) return undefined;
  const children = readSimpleInline(lines.slice(start, end).join("\n"));
  if (children === undefined) return undefined;
  return { node: { type: "paragraph", children, position: span(lines, start, end - 1, at) }, end };
}

/**
 * Where reading can go on after a block left to the parser: the next line that interrupts
 * any block, unless a line before it may open a block that such a line cannot end (HTML,
 * an indented fence, front matter, a link definition whose title runs on); then the end of
 * the run.
 */
function nextInterruption(lines: readonly string[], start: number, runEnd: number): number {
  for (let line = start; line < runEnd; line++) {
    if (line > start && interrupting.test(lines[line]!)) return line;
    if (/^ {0,3}(?:<|```|~~~|\[[^\]]*\]:)/.test(lines[line]!)) return runEnd;
    if (line === 0 && lines[0]!.startsWith("---")) return runEnd;
  }
  return runEnd;
}

/** A line that ends a paragraph or a table and starts a block read here. */
const interrupting = /^(?:#{1,6}(?:[ \t]|$)|<!--|```(?=[^`]*$)|~~~)/;

function readBlock(
  lines: readonly string[],
  start: number,
  end: number,
  at: PointAt,
): Lifted | undefined {
  const first = lines[start]!;
  if (start === 0 && first === "---") return readFrontMatter(lines, end, at);
  if (first.startsWith("#")) return readHeading(lines, start, at);
  if (first.startsWith("<!--")) return readComment(lines, start, end, at);
  if (first.startsWith("```") || first.startsWith("~~~")) return readFence(lines, start, end, at);
  return readTable(lines, start, end, at);
}

/** YAML front matter: `---` on the first line to the next `---`. */
function readFrontMatter(lines: readonly string[], end: number, at: PointAt): Lifted | undefined {
  for (let line = 1; line < end; line++) {
    if (lines[line]!.includes("\r")) return undefined;
    if (lines[line] === "---") {
      const value = lines.slice(1, line).join("\n");
      return { node: { type: "yaml", value, position: span(lines, 0, line, at) }, end: line + 1 };
    }
  }
  return undefined;
}

/** An ATX heading whose text is simple inline Markdown. */
function readHeading(lines: readonly string[], start: number, at: PointAt): Lifted | undefined {
  const line = lines[start]!;
  const heading = /^(#{1,6})(?:[ \t]+(.*))?$/.exec(line);
  if (heading === null || line.includes("\r")) return undefined;
  const content = (heading[2] ?? "").replace(/(?:^|[ \t]+)#+[ \t]*$/, "").replace(/[ \t]+$/, "");
  const children = readSimpleInline(content);
  if (children === undefined) return undefined;
  const depth = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6;
  return {
    node: { type: "heading", depth, children, position: span(lines, start, start, at) },
    end: start + 1,
  };
}

/** An HTML comment block: from `<!--` to the end of the line that holds `-->`. */
function readComment(
  lines: readonly string[],
  start: number,
  end: number,
  at: PointAt,
): Lifted | undefined {
  for (let line = start; line < end; line++) {
    const text = lines[line]!;
    if (text.includes("\r")) return undefined;
    // The end may share the opening dashes: `<!-->` is a whole comment.
    if ((line === start ? text.slice(2) : text).includes("-->")) {
      const value = lines.slice(start, line + 1).join("\n");
      return {
        node: { type: "html", value, position: span(lines, start, line, at) },
        end: line + 1,
      };
    }
  }
  return undefined;
}

/** A fenced code block closed inside the run of lines, with a plain info string. */
function readFence(
  lines: readonly string[],
  start: number,
  end: number,
  at: PointAt,
): Lifted | undefined {
  const opening = /^(`{3,}|~{3,})[ \t]*([^`\\&\r]*?)[ \t]*$/.exec(lines[start]!);
  if (opening === null) return undefined;
  const fence = opening[1]!;
  const info = opening[2]!;
  const closing = new RegExp(`^ {0,3}${fence[0]}{${fence.length},}[ \\t]*$`);

  for (let line = start + 1; line < end; line++) {
    if (lines[line]!.includes("\r")) return undefined;
    if (!closing.test(lines[line]!)) continue;
    const lang = /^[^ \t]*/.exec(info)![0];
    const meta = info.slice(lang.length).replace(/^[ \t]+/, "");
    return {
      node: {
        type: "code",
        lang: lang || null,
        meta: meta || null,
        value: lines.slice(start + 1, line).join("\n"),
        position: span(lines, start, line, at),
      },
      end: line + 1,
    };
  }
  return undefined;
}

/** A line that cannot open any block but a table row: no indent, no list, quote or fence. */
const blockStart = /^(?:[\s#>=`~<]|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|\[[^\]]*\]:)/;

const delimiterCell = /^:?-+:?$/;

/**
 * A GFM table whose lines run to the end of the run of lines or to a heading, comment or
 * fence. A body row whose cells are not all simple is parsed alone under the table's head,
 * which reads it as the whole table would; one that may hold a reference link (the page's
 * link definitions decide what it is) leaves the table to the parser.
 */
function readTable(
  lines: readonly string[],
  start: number,
  runEnd: number,
  at: PointAt,
): Lifted | undefined {
  let end = start;
  while (end < runEnd && !interrupting.test(lines[end]!)) end++;
  if (end - start < 2 || !lines.slice(start, end).every(isRowLine)) return undefined;
  const head = splitRow(lines[start]!);
  const delimiter = splitRow(lines[start + 1]!);
  if (head === undefined || delimiter?.length !== head.length) return undefined;
  if (!delimiter.every((cell) => delimiterCell.test(cell))) return undefined;

  const rows: TableRow[] = [];
  for (let line = start; line < end; line++) {
    if (line === start + 1) continue;
    const cells = splitRow(lines[line]!);
    let children = cells && readCells(cells);
    if (children === undefined && line > start && !mayHoldReference(lines[line]!))
      children = parseRowAlone(lines[start]!, lines[start + 1]!, lines[line]!);
    if (children === undefined) return undefined;
    rows.push({ type: "tableRow", children, position: span(lines, line, line, at) });
  }

  const table: Table = {
    type: "table",
    align: delimiter.map(alignOf),
    children: rows,
    position: span(lines, start, end - 1, at),
  };
  return { node: table, end };
}

/** A line the table goes on with: it holds a pipe and starts no other block. */
function isRowLine(raw: string): boolean {
  const line = lineText(raw);
  return line.includes("|") && !line.includes("\r") && !blockStart.test(line);
}

/** Brackets that are not an inline link: a reference link, if the page defines its label. */
function mayHoldReference(line: string): boolean {
  return /\[[^\]]*\](?!\()/.test(line.replace(/`[^`]*`/g, ""));
}

/** A row's cells as the parser reads them, without positions (they would be the snippet's). */
function parseRowAlone(head: string, delimiter: string, row: string): TableCell[] | undefined {
  const table = parseMarkdown(`${head}\n${delimiter}\n${lineText(row)}`).children[0];
  if (table?.type !== "table" || table.children.length !== 2) return undefined;
  const cells = table.children[1]!.children;
  cells.forEach(dropPositions);
  return cells;
}

function dropPositions(node: Nodes): void {
  delete node.position;
  if ("children" in node) node.children.forEach(dropPositions);
}

/** A row's cells, trimmed, or `undefined` when a pipe in it is escaped. */
function splitRow(raw: string): string[] | undefined {
  const line = lineText(raw);
  if (line.includes("\\|")) return undefined;
  const trimmed = line.replace(/[ \t]+$/, "");
  const opens = trimmed.startsWith("|");
  const closes = trimmed.length > 1 && trimmed.endsWith("|");
  const inner = trimmed.slice(opens ? 1 : 0, closes ? -1 : undefined);
  return inner.split("|").map((cell) => cell.replace(/^[ \t]+|[ \t]+$/g, ""));
}

function readCells(cells: readonly string[]): TableCell[] | undefined {
  const read: TableCell[] = [];
  for (const cell of cells) {
    const children = readSimpleInline(cell);
    if (children === undefined) return undefined;
    read.push({ type: "tableCell", children });
  }
  return read;
}

function alignOf(cell: string): AlignType {
  const left = cell.startsWith(":");
  const right = cell.endsWith(":");
  return left && right ? "center" : left ? "left" : right ? "right" : null;
}

/** The position from the start of line `start` to the end of line `last`. */
function span(lines: readonly string[], start: number, last: number, at: PointAt) {
  return { start: at(start, 0), end: at(last, lineText(lines[last]!).length) };
}

/** A line without the carriage return of its CRLF ending. */
function lineText(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** Positions as the parser gives them: 1-based line and column, 0-based offset. */
function pointsOf(lines: readonly string[]): PointAt {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return (line, column) => ({ line: line + 1, column: column + 1, offset: starts[line]! + column });
}
