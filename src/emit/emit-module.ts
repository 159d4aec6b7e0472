import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type StatementStructures,
  type WriterFunction,
} from "ts-morph";
import type { ApiModel } from "../model/api-model.js";
import { joinParts, type FileLayout, type FilePart } from "./declaration-spans.js";
import { emitEnum, type EnumStyle } from "./emit-enum.js";
import { emitInterface, type Hierarchy, type InterfaceOptions } from "./emit-interface.js";
import { fileHeader } from "./file-header.js";
import type { ModulePlan, NamePlan } from "./name-plan.js";
import { keptText, printedText, printStatements, type PrintCache } from "./printed-text.js";
import type { ModuleScope } from "./type-text.js";

/** Options that shape a module. */
export interface ModuleOptions extends InterfaceOptions {
  enumStyle: EnumStyle;
  /** Interfaces printed by earlier runs; the text is the same with or without. */
  printCache?: PrintCache;
}

/** A printed module, and with a print cache where its declarations lie. */
export interface ModuleText {
  text: string;
  layout?: FileLayout;
}

/**
 * Print one namespace module: a header, namespace imports of the modules it refers to, then
 * its interfaces and enums in name order.
 */
export function emitModule(
  module: ModulePlan,
  model: ApiModel,
  plan: NamePlan,
  hierarchy: Hierarchy,
  options: ModuleOptions,
): ModuleText {
  const localNames = new Set(
    [...module.typeKeys, ...module.enumKeys].map((key) => plan.nameOf.get(key)!),
  );
  const scope: ModuleScope = { module, plan, imports: new Map(), localNames };
  const byName = (a: string, b: string) => compare(plan.nameOf.get(a)!, plan.nameOf.get(b)!);
  const typeKeys = [...module.typeKeys].sort(byName);
  const enums: {
    modelKey: string;
    printKey: string;
    /** Built only when printed: a cached enum needs its key alone. */
    statements: () => (StatementStructures | WriterFunction)[];
  }[] = [];

  // 1. Declarations, which fill in the imports they need.
  const interfaces: InterfaceDeclarationStructure[] = typeKeys.map((key) =>
    emitInterface(model.types.get(key)!, model, hierarchy, scope, options),
  );
  for (const key of [...module.enumKeys].sort(byName)) {
    const list = model.enums.get(key)!;
    const name = plan.nameOf.get(key)!;
    enums.push({
      modelKey: key,
      printKey: JSON.stringify(["enum", options.enumStyle, name, list]),
      statements: () => emitEnum(list, name, options.enumStyle),
    });
  }

  // 2. Imports, in file order.
  const imports = [...scope.imports.entries()]
    .sort(([a], [b]) => compare(a.file, b.file))
    .map(([target, alias]) => ({
      kind: StructureKind.ImportDeclaration as const,
      isTypeOnly: true,
      namespaceImport: alias,
      moduleSpecifier: `./${target.file.replace(/\.ts$/, ".js")}`,
    }));

  const sources = new Set<string>();
  for (const key of module.typeKeys)
    for (const source of model.types.get(key)!.sources) sources.add(source);
  for (const key of module.enumKeys)
    for (const source of model.enums.get(key)!.sources) sources.add(source);
  const header = fileHeader(module.namespace, [...sources].sort());

  // 3. Print, each declaration once per structure (an enum once per list, style and name)
  // when a cache keeps them; the parts are joined as the printer joins them, which puts
  // type aliases (the union style) on consecutive lines.
  const cache = options.printCache;
  if (cache === undefined) {
    const statements = [...imports, ...interfaces, ...enums.flatMap((list) => list.statements())];
    return { text: `${header}${printStatements(statements)}\n` };
  }
  const parts: FilePart[] = [
    { text: printStatements(imports), separator: "" },
    ...interfaces.map((structure, index) => ({
      declaration: { kind: "type" as const, key: typeKeys[index]! },
      text: printedText(structure, cache),
      separator: "\n\n",
    })),
    ...enums.map((list, index) => ({
      declaration: { kind: "enum" as const, key: list.modelKey },
      text: keptText(cache, list.printKey, () => printStatements(list.statements())),
      separator: index > 0 && options.enumStyle === "union" ? "\n" : "\n\n",
    })),
  ].filter((part) => part.text !== "");
  const { text, spans } = joinParts(header, parts);
  const aliases = [...scope.imports].map(([target, alias]): [string, string] => [
    target.file,
    alias,
  ]);

  return { text: `${text}\n`, layout: { spans, aliases } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
