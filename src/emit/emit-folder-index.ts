import { printStructure, StructureKind, type SourceFileStructure } from "ts-morph";
import type { FolderPlan } from "./emit-type-file.js";
import { fileHeader } from "./file-header.js";

/**
 * Print the `index.ts` of one namespace folder in the file-per-type layout: an
 * `export *` of every file, in file order.
 */
export function emitFolderIndex(folder: FolderPlan): string {
  const files = [...folder.fileOf.values()].sort();
  const structure: SourceFileStructure = {
    kind: StructureKind.SourceFile,
    statements: files.map((file) => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./${file.replace(/\.ts$/, ".js")}`,
    })),
  };

  const body = printStructure(structure, { indentNumberOfSpaces: 4 }).trimEnd();
  return `${fileHeader(`index of ${folder.module.namespace}`, [])}${body}\n`;
}
