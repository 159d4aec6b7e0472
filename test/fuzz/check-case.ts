import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { EnumStyle } from "../../src/emit/emit-enum.js";
import { blankUnreadProse } from "../../src/parse/blank-unread-prose.js";
import { parseMarkdown } from "../../src/parse/parse-markdown.js";
import { parsePage } from "../../src/parse/parse-page.js";
import { generateFromPages, type GenerateResult } from "../../src/generate.js";
import type { PageFile } from "../../src/read/collect-pages.js";
import { sameReading } from "../helpers/page-reading.js";

/** What one fuzz case broke; an empty list when it broke nothing. */
export interface CaseReport {
  problems: string[];
  result?: GenerateResult;
}

/**
 * Run the pipeline on mutated pages and check what must hold for any input: no exception
 * escapes, every diagnostic points inside its file, the output does not depend on the
 * order the pages come in, and the blocks `parsePage` reads without the Markdown parser
 * are the ones the parser makes of the same blanked page.
 */
export function checkCase(pages: readonly PageFile[], enumStyle: EnumStyle): CaseReport {
  let result: GenerateResult;
  let reversed: GenerateResult;

  // 1. No exception.
  try {
    result = generateFromPages(pages, { enumStyle });
    reversed = generateFromPages([...pages].reverse(), { enumStyle });
  } catch (error) {
    return { problems: [`exception: ${(error as Error).stack ?? String(error)}`] };
  }

  // 2. Positions, then determinism.
  const texts = new Map(pages.map((page) => [page.file, page.text]));
  const problems = result.diagnostics.flatMap((diagnostic) =>
    positionProblem(diagnostic, texts.get(diagnostic.file)),
  );
  if (!sameResult(result, reversed)) problems.push("output depends on the order of the pages");
  for (const page of pages) {
    if (!sameReading(parsePage(page.text), parseMarkdown(blankUnreadProse(page.text))))
      problems.push(`${page.file}: blocks read without the parser differ from its own`);
  }

  return { problems, result };
}

/** Lines as an editor counts them: CR LF, CR and LF all end a line. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function positionProblem(diagnostic: Diagnostic, text: string | undefined): string[] {
  const where = `${diagnostic.code} at ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  if (text === undefined) return [`${where}: names a file that is not an input`];
  if (diagnostic.line === 0)
    return diagnostic.column === 0 ? [] : [`${where}: column without a line`];

  const lines = linesOf(text);
  const line = lines[diagnostic.line - 1];
  if (line === undefined) return [`${where}: line past the end (${lines.length} lines)`];
  if (diagnostic.column < 1 || diagnostic.column > line.length + 1)
    return [`${where}: column outside the line (${line.length} characters)`];
  return [];
}

function sameResult(a: GenerateResult, b: GenerateResult): boolean {
  return (
    JSON.stringify([...a.files]) === JSON.stringify([...b.files]) &&
    JSON.stringify(a.diagnostics) === JSON.stringify(b.diagnostics)
  );
}
