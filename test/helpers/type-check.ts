import { typeCheckBatch } from "./type-check-batch.js";

/**
 * Type-check generated files (paths may hold folders) under `tsc --strict` in a temporary
 * folder; returns tsc's output, empty when the files compile.
 */
export function typeCheck(files: ReadonlyMap<string, string>): string {
  return typeCheckBatch([files])[0]!;
}

/** Declarations without comments or blank lines, for comparing output across languages. */
export function declarationsOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "")
    .join("\n");
}
