import { blankLines, methodRow, splitChunks, type Chunk } from "./block-chunks.js";

/**
 * Blank the prose paragraphs and lists after a page's first section heading (`##` or
 * deeper), keeping every line number and column of what stays, so the page parses faster to
 * the same extract.
 *
 * Extraction reads the intro (the title and the paragraphs under it), headings, tables,
 * annotation comments and code blocks; past the intro it reads no paragraph, and nowhere a
 * list or block quote. A block separated by blank lines that holds none of those marks is
 * replaced by empty lines:
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
 * The block right under a heading stays when it links to a page: it may name the base type
 * (`chatMessageHostedContent derives from [teamworkHostedContent](teamworkhostedcontent.md)`).
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
  let afterHeading = false;

  for (const chunk of splitChunks(lines)) {
    if (chunk.heading && !/^#[ \t]/.test(lines[chunk.start]!)) intro = false;
    const read: boolean =
      intro ||
      chunk.marked ||
      (chunk.indented && previousKept) ||
      (afterHeading && linksToPage(lines, chunk));
    const kept: boolean = afterHtml || (!isContainer(lines, chunk) && read);
    if (!kept) blankLines(lines, chunk.start, chunk.end);
    else if (!intro && isMethodTable(lines, chunk)) blankTable(lines, chunk);

    previousKept = kept;
    afterHtml = chunk.html;
    afterHeading = chunk.heading && chunk.end - chunk.start === 1;
  }

  return lines.join("\n");
}

/** A block with a link to a Markdown page. */
function linksToPage(lines: readonly string[], chunk: Chunk): boolean {
  return lines.slice(chunk.start, chunk.end).some((line) => /\]\([^)\s]*\.md[#)]/.test(line));
}

/**
 * A block quote or list holding none of the marks: extraction reads only top-level blocks,
 * so nothing in one, even in the intro. Every line must plainly belong to it: a quote
 * line, a list item, or a line indented under the item's text.
 */
function isContainer(lines: readonly string[], chunk: Chunk): boolean {
  if (chunk.marked) return false;
  const block = lines.slice(chunk.start, chunk.end);
  if (block.every((line) => /^ {0,3}>/.test(line))) return true;

  let indent = -1;
  for (const line of block) {
    const item = /^ {0,3}(?:[-+*]|\d{1,9}[.)]) {1,4}(?=[^ \t\r])/.exec(line);
    if (item !== null && !/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line))
      indent = item[0].length;
    else if (indent < 0 || !line.startsWith(" ".repeat(indent))) return false;
  }
  return true;
}

/**
 * A Methods table: most body rows link to method pages. Its names are read from the raw
 * text (see `readMethodNames`), so its cells need no parsing.
 */
function isMethodTable(lines: readonly string[], chunk: Chunk): boolean {
  const bodyRows = chunk.tableRows - 2;
  const head = lines.slice(chunk.start, chunk.end).findIndex((line) => line.includes("|"));
  const delimiter = lines[chunk.start + head + 1] ?? "";
  return (
    bodyRows > 0 &&
    chunk.methodRows * 2 >= bodyRows &&
    !methodRow.test(lines[chunk.start + head]!) &&
    /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(delimiter) &&
    delimiter.includes("|")
  );
}

/** Blank a table's lines, keeping a heading or other lines of the chunk before it. */
function blankTable(lines: string[], chunk: Chunk): void {
  for (let index = chunk.start; index < chunk.end; index++) {
    if (lines[index]!.includes("|")) blankLines(lines, index, index + 1);
  }
}
