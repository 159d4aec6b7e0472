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

/**
 * A statement whose text is printed once per structure: with a cache, a writer that puts
 * the kept text where the printer would have put it; without one, the structure itself.
 */
export function printedStatement(
  structure: StatementStructures,
  cache: PrintCache | undefined,
): StatementStructures | WriterFunction {
  if (cache === undefined) return structure;
  const key = JSON.stringify(structure);
  let text = cache.printed.get(key);
  if (text === undefined) {
    text = printStructure(
      { kind: StructureKind.SourceFile, statements: [structure] },
      { indentNumberOfSpaces: 4 },
    ).trimEnd();
    cache.printed.set(key, text);
  }
  cache.used.add(key);
  const printed = text;
  return (writer) => {
    if (writer.getLength() > 0) writer.blankLineIfLastNot();
    writer.write(printed);
    writer.newLine();
  };
}
