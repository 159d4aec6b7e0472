import {
  printStructure,
  StructureKind,
  type ExportDeclarationStructure,
  type SourceFileStructure,
} from "ts-morph";
import { fileHeader } from "./file-header.js";
import type { ModulePlan, NamePlan } from "./name-plan.js";
import { rootNamespace } from "../model/api-model.js";

/**
 * Print the root `index.ts`: the root namespace's declarations re-exported as they are, each
 * sub-namespace under its alias (`export * as CallRecords from "./call-records.js"`), and the
 * OData helper types.
 *
 * `specifierOf` gives the import path of a namespace: its module file, or the index of its
 * folder when every type has a file of its own.
 */
export function emitIndex(
  plan: NamePlan,
  specifierOf: (module: ModulePlan) => string,
  odataSpecifier: string,
): string {
  const statements: ExportDeclarationStructure[] = plan.modules.map((module) => {
    const isRoot = module.namespace.toLowerCase() === rootNamespace;
    return {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: specifierOf(module),
      ...(isRoot ? {} : { namespaceExport: module.alias }),
    };
  });
  statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: odataSpecifier });

  const structure: SourceFileStructure = { kind: StructureKind.SourceFile, statements };
  const body = printStructure(structure, { indentNumberOfSpaces: 4 }).trimEnd();
  return `${fileHeader("index of all namespaces", [])}${body}\n`;
}
