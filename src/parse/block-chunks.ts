/**
 * A block construct whose lines run on, blank lines included, until a line that ends it:
 * fenced code, front matter, and the HTML blocks of CommonMark kinds 1 to 5.
 */
interface OpenBlock {
  ends: (line: string) => boolean;
}

/** Lines that may belong to what extraction reads: headings, tables, HTML, code, links. */
const markedLine = /^\s*(?:[#<[`~]|=+\s*$|-+\s*$)|\||\]:/;

/** A Methods table row: its first cell links to a page under `api/`. */
export const methodRow = /^\s*\|?\s*\[[^\]]*\]\(([^)\s]*\bapi\/[^)\s]*)\)\s*\|/;

/** An ATX heading at the start of a block, where it cannot be anything else. */
const headingLine = /^#{1,6}(?:[ \t]|\r?$)/;

/** A fence opening; backticks followed by a backtick later on the line are text, not a fence. */
const fenceLine = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;

const htmlBlocks: readonly { starts: RegExp; ends: RegExp }[] = [
  {
    starts: /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i,
    ends: /<\/(?:pre|script|style|textarea)>/i,
  },
  // A comment's end may share its opening dashes: `<!-->` is a whole comment.
  { starts: /^ {0,3}<!(?=--)/, ends: /-->/ },
  { starts: /^ {0,3}<\?/, ends: /\?>/ },
  { starts: /^ {0,3}<!\[CDATA\[/, ends: /\]\]>/ },
  { starts: /^ {0,3}<![A-Za-z]/, ends: />/ },
];

/** A run of lines between blank lines, as the block parser will see it. */
export interface Chunk {
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

/** A blank line as Markdown counts one: spaces and tabs only (a CRLF ending aside). */
export function isBlankLine(line: string): boolean {
  return /^[ \t\r]*$/.test(line);
}

/**
 * Cut lines into chunks at blank lines outside code, front matter and HTML blocks, and
 * before each ATX heading.
 */
export function splitChunks(lines: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: OpenBlock | undefined = lines[0]?.trimEnd() === "---" ? frontMatter() : undefined;
  let chunk: Chunk | undefined;
  let tagBlock = false;

  lines.forEach((line, index) => {
    if (open === undefined && isBlankLine(line)) {
      chunk = undefined;
      return;
    }
    // A heading always starts a block of its own, except inside an HTML block of tags.
    if (open === undefined && chunk !== undefined && headingLine.test(line) && !tagBlock)
      chunk = undefined;
    if (chunk === undefined) {
      tagBlock = false;
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
    tagBlock ||= /^ {0,3}<\/?[A-Za-z]/.test(line);
    if (open === undefined && line.includes("|")) chunk.tableRows++;
    if (open === undefined && methodRow.test(line)) chunk.methodRows++;

    // A block's opening line never closes it; the front matter opens before line one.
    if (open === undefined) open = openedBy(line);
    else if (index > 0 && open.ends(line)) open = undefined;
  });

  return chunks;
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

/**
 * Empty lines `start` to `end`, keeping their carriage returns: the Markdown parser counts a
 * lone CR as a line end, so dropping one would move every later line. Text after a CR leaves
 * a space, so the CR does not join the next line feed into one CRLF.
 */
export function blankLines(lines: string[], start: number, end: number): void {
  for (let index = start; index < end; index++) {
    lines[index] = lines[index]!.replace(/[^\r]+/g, (_run, offset: number) =>
      offset > 0 ? " " : "",
    );
  }
}
