import { printStructure, StructureKind, type SourceFileStructure } from "ts-morph";
import { fileHeader } from "./file-header.js";
import type { NamePlan } from "./name-plan.js";
import { rootNamespace } from "../model/api-model.js";

/**
 * Print `index.ts`: the root namespace's declarations re-exported as they are, each
 * sub-namespace under its alias (`export * as CallRecords from "./call-records.js"`).
 */
export function emitIndex(plan: NamePlan): string {
  const statements = plan.modules.map((module) => {
    const specifier = `./${module.file.replace(/\.ts$/, ".js")}`;
    const isRoot = module.namespace.toLowerCase() === rootNamespace;
    return {
      kind: StructureKind.ExportDeclaration as const,
      moduleSpecifier: specifier,
      ...(isRoot ? {} : { namespaceExport: module.alias }),
    };
  });

  const structure: SourceFileStructure = { kind: StructureKind.SourceFile, statements };
  const body = printStructure(structure, { indentNumberOfSpaces: 4 }).trimEnd();
  return `${fileHeader("index of all namespaces", [])}${body}\n`;
}
