import {
  printStructure,
  StructureKind,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type SourceFileStructure,
  type StatementStructures,
  type WriterFunction,
} from "ts-morph";
import type { ApiModel } from "../model/api-model.js";
import { emitEnum } from "./emit-enum.js";
import { emitInterface, type Hierarchy } from "./emit-interface.js";
import type { ModuleOptions } from "./emit-module.js";
import { fileHeader } from "./file-header.js";
import type { ModulePlan, NamePlan } from "./name-plan.js";
import type { ModuleScope } from "./type-text.js";

/** Where each declaration of a namespace lives when every one has a file of its own. */
export interface FolderPlan {
  module: ModulePlan;
  /** The namespace's folder: `graph`, `call-records`. */
  folder: string;
  /** File name inside the folder, by model key: `result-info.ts`. */
  fileOf: Map<string, string>;
}

/**
 * Print the file of one type or enum in the file-per-type layout: a header, the imports it
 * needs (named imports from its own folder, namespace imports of other folders' indexes),
 * then the declaration.
 */
export function emitTypeFile(
  key: string,
  folders: ReadonlyMap<ModulePlan, FolderPlan>,
  model: ApiModel,
  plan: NamePlan,
  hierarchy: Hierarchy,
  options: ModuleOptions,
): string {
  const module = plan.moduleOf.get(key)!;
  const folder = folders.get(module)!;
  const localNames = new Set(
    [...module.typeKeys, ...module.enumKeys].map((local) => plan.nameOf.get(local)!),
  );
  const scope: ModuleScope = { module, plan, imports: new Map(), localNames };
  const type = model.types.get(key);
  const list = model.enums.get(key);

  // 1. The declaration, which names the other folders it needs.
  const declaration = type ? emitInterface(type, model, hierarchy, scope, options) : undefined;
  const statements: (StatementStructures | WriterFunction)[] = declaration
    ? [declaration]
    : emitEnum(list!, plan.nameOf.get(key)!, options.enumStyle);

  // 2. Imports: same-folder names first, then other folders, each in file order.
  const siblings = declaration ? siblingKeys(declaration, key, module, plan) : [];
  const imports: ImportDeclarationStructure[] = [
    ...siblings
      .map((sibling) => ({ sibling, file: folder.fileOf.get(sibling)! }))
      .sort((a, b) => compare(a.file, b.file))
      .map(({ sibling, file }) => ({
        kind: StructureKind.ImportDeclaration as const,
        isTypeOnly: true,
        namedImports: [plan.nameOf.get(sibling)!],
        moduleSpecifier: `./${file.replace(/\.ts$/, ".js")}`,
      })),
    ...[...scope.imports.entries()]
      .sort(([a], [b]) => compare(folders.get(a)!.folder, folders.get(b)!.folder))
      .map(([target, alias]) => ({
        kind: StructureKind.ImportDeclaration as const,
        isTypeOnly: true,
        namespaceImport: alias,
        moduleSpecifier: `../${folders.get(target)!.folder}/index.js`,
      })),
  ];

  const structure: SourceFileStructure = {
    kind: StructureKind.SourceFile,
    statements: [...imports, ...statements],
  };
  const body = printStructure(structure, { indentNumberOfSpaces: 4 }).trimEnd();
  const sources = (type ?? list)!.sources;
  const subject = `${(type ?? list)!.namespace}.${(type ?? list)!.name}`;
  return `${fileHeader(subject, [...sources].sort())}${body}\n`;
}

/**
 * Keys of the same namespace an interface refers to, read from its base and property types:
 * a bare name there is a sibling (names of other folders are qualified, `Graph.Entity`).
 */
function siblingKeys(
  declaration: InterfaceDeclarationStructure,
  own: string,
  module: ModulePlan,
  plan: NamePlan,
): string[] {
  const texts = [
    ...(Array.isArray(declaration.extends) ? declaration.extends : []),
    ...(declaration.properties ?? []).map((property) => property.type),
  ].filter((text): text is string => typeof text === "string");
  const names = new Set(texts.flatMap((text) => text.match(/(?<![\w$.])[A-Za-z_$][\w$]*/g) ?? []));

  return [...module.typeKeys, ...module.enumKeys].filter(
    (key) => key !== own && names.has(plan.nameOf.get(key)!),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
