import {
  printStructure,
  StructureKind,
  type StatementStructures,
  type WriterFunction,
} from "ts-morph";

/**
 * Declarations already printed, by their structure. Printing is most of what emitting
 * costs, and after an edit most declarations are what they were; the cache folder keeps
 * them between runs (see `readPrintCache`).
 */
export interface PrintCache {
  printed: Map<string, string>;
  /** Structures this run printed or reused; the rest are dropped when the cache is kept. */
  used: Set<string>;
}

/** A declaration's text, printed once per structure. */
export function printedText(structure: StatementStructures, cache: PrintCache): string {
  return keptText(cache, JSON.stringify(structure), () => printStatements([structure]));
}

/**
 * A text printed once per key, for statements a writer function prints (which a structure's
 * JSON leaves out): the key must name everything the text is printed from.
 */
export function keptText(cache: PrintCache, key: string, print: () => string): string {
  let text = cache.printed.get(key);
  if (text === undefined) {
    text = print();
    cache.printed.set(key, text);
  }
  cache.used.add(key);
  return text;
}

/** Statements printed as a module's body prints them, without blank lines around. */
export function printStatements(statements: (StatementStructures | WriterFunction)[]): string {
  return printStructure(
    { kind: StructureKind.SourceFile, statements },
    { indentNumberOfSpaces: 4 },
  ).trim();
}
