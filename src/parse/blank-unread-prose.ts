/**
 * A block construct whose lines run on, blank lines included, until a line that ends it:
 * fenced code, front matter, and the HTML blocks of CommonMark kinds 1 to 5.
 */
interface OpenBlock {
  ends: (line: string) => boolean;
}

/** Lines that may belong to what extraction reads: headings, tables, HTML, code, links. */
const markedLine = /^\s*(?:[#<[`~]|=+\s*$|-+\s*$)|\||\]:/;

/** An ATX heading at the start of a block, where it cannot be anything else. */
const headingLine = /^#{1,6}(?:[ \t]|\r?$)/;

const fenceLine = /^ {0,3}(`{3,}|~{3,})/;

const htmlBlocks: readonly { starts: RegExp; ends: RegExp }[] = [
  {
    starts: /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i,
    ends: /<\/(?:pre|script|style|textarea)>/i,
  },
  { starts: /^ {0,3}<!--/, ends: /-->/ },
  { starts: /^ {0,3}<\?/, ends: /\?>/ },
  { starts: /^ {0,3}<!\[CDATA\[/, ends: /\]\]>/ },
  { starts: /^ {0,3}<![A-Za-z]/, ends: />/ },
];

/** A run of lines between blank lines, as the block parser will see it. */
interface Chunk {
  start: number;
  end: number;
  marked: boolean;
  heading: boolean;
  indented: boolean;
  html: boolean;
  /** Table rows, and those whose first cell links to an API method page. */
  tableRows: number;
  methodRows: number;
}

/** A Methods table row: its first cell links to a page under `api/`. */
export const methodRow = /^\s*\|?\s*\[[^\]]*\]\(([^)\s]*\bapi\/[^)\s]*)\)\s*\|/;

/**
 * Blank the prose paragraphs and lists after a page's first section heading (`##` or
 * deeper), keeping every line number and column of what stays, so the page parses faster to
 * the same extract.
 *
 * Extraction reads the intro (the title and the paragraphs under it), headings, tables,
 * annotation comments and code blocks; past the intro it reads no paragraph or list. A block separated by blank lines that
 * holds none of those marks is replaced by empty lines:
 *
 * ```markdown
 * ## Properties
 * This resource supports delta queries.   <- blanked
 * | Property | Type | Description |        <- kept
 * ```
 *
 * Methods tables (rows linking to `api/` pages) are blanked too: their cells are long and
 * the generator reads only their link targets, from the raw text.
 *
 * Whatever could change how kept lines parse stays: link definitions, blocks right after
 * HTML (an annotation pairs with the node that follows it), indented continuations of kept
 * blocks, and every line of fenced code, front matter and multi-line HTML blocks.
 */
export function blankUnreadProse(text: string): string {
  const lines = text.split("\n");
  let intro = true;
  let previousKept = true;
  let afterHtml = false;

  for (const chunk of splitChunks(lines)) {
    if (chunk.heading && !/^#[ \t]/.test(lines[chunk.start]!)) intro = false;
    const kept: boolean = intro || chunk.marked || afterHtml || (chunk.indented && previousKept);
    if (!kept) blankLines(lines, chunk.start, chunk.end);
    else if (!intro && isMethodTable(chunk)) blankTable(lines, chunk);

    previousKept = kept;
    afterHtml = chunk.html;
  }

  return lines.join("\n");
}

/** Cut lines into chunks at blank lines outside code, front matter and HTML blocks. */
function splitChunks(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: OpenBlock | undefined = lines[0]?.trimEnd() === "---" ? frontMatter() : undefined;
  let chunk: Chunk | undefined;

  lines.forEach((line, index) => {
    if (open === undefined && /^\s*$/.test(line)) {
      chunk = undefined;
      return;
    }
    if (chunk === undefined) {
      chunk = {
        start: index,
        end: index,
        marked: false,
        heading: open === undefined && headingLine.test(line),
        indented: /^\s/.test(line),
        html: false,
        tableRows: 0,
        methodRows: 0,
      };
      chunks.push(chunk);
    }
    chunk.end = index + 1;
    chunk.marked ||= markedLine.test(line);
    chunk.html ||= /^\s*</.test(line);
    if (open === undefined && line.includes("|")) chunk.tableRows++;
    if (open === undefined && methodRow.test(line)) chunk.methodRows++;

    // A block's opening line never closes it; the front matter opens before line one.
    if (open === undefined) open = openedBy(line);
    else if (index > 0 && open.ends(line)) open = undefined;
  });

  return chunks;
}

/**
 * A Methods table: most body rows link to method pages. Its names are read from the raw
 * text (see `readMethodNames`), so its cells need no parsing.
 */
function isMethodTable(chunk: Chunk): boolean {
  const bodyRows = chunk.tableRows - 2;
  return bodyRows > 0 && chunk.methodRows * 2 >= bodyRows;
}

/** Blank a table's lines, keeping a heading or other lines of the chunk before it. */
function blankTable(lines: string[], chunk: Chunk): void {
  for (let index = chunk.start; index < chunk.end; index++) {
    if (lines[index]!.includes("|")) blankLines(lines, index, index + 1);
  }
}

/**
 * Empty lines `start` to `end`, keeping their carriage returns: the Markdown parser counts a
 * lone CR as a line end, so dropping one would move every later line. Text after a CR leaves
 * a space, so the CR does not join the next line feed into one CRLF.
 */
function blankLines(lines: string[], start: number, end: number): void {
  for (let index = start; index < end; index++) {
    lines[index] = lines[index]!.replace(/[^\r]+/g, (_run, offset: number) =>
      offset > 0 ? " " : "",
    );
  }
}

/** The block a line opens that a later line must close, if any. */
function openedBy(line: string): OpenBlock | undefined {
  const fence = fenceLine.exec(line);
  if (fence) {
    const mark = fence[1]!;
    const closing = new RegExp(`^ {0,3}${mark[0] === "`" ? "`" : "~"}{${mark.length},}\\s*$`);
    return { ends: (next) => closing.test(next) };
  }

  for (const block of htmlBlocks) {
    const start = block.starts.exec(line);
    if (start && !block.ends.test(line.slice(start[0].length))) {
      return { ends: (next) => block.ends.test(next) };
    }
  }

  return undefined;
}

/** YAML front matter from the first line to the next `---`. */
function frontMatter(): OpenBlock {
  return { ends: (line) => /^---\s*$/.test(line) };
}
