import {
  printStructure,
  StructureKind,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type SourceFileStructure,
  type CodeBlockWriter,
  type WriterFunction,
} from "ts-morph";
import type { ApiModel } from "../model/api-model.js";
import { fileHeader } from "./file-header.js";
import type { ModulePlan, NamePlan } from "./name-plan.js";
import { keptText, type PrintCache } from "./printed-text.js";

/** The file the OData helper types are written to, at the root of the output. */
export const odataFile = "odata.ts";

/**
 * Print `odata.ts`: the types Graph responses need beyond the resources themselves.
 *
 * - `ODataCollection<T>`, the envelope of a collection response (`value`, `@odata.nextLink`,
 *   `@odata.count`, `@odata.deltaLink`);
 * - `ODataTypeMap`, every interface under its `@odata.type` value;
 * - `ODataUnion<T>`, the types assignable to `T` as a union a check of `@odata.type` narrows
 *   (only with the `"@odata.type"` literals, which tell the types apart).
 *
 * A print cache keeps the text by the file's structure, as it keeps declarations.
 */
export function emitOData(
  model: ApiModel,
  plan: NamePlan,
  specifierOf: (module: ModulePlan) => string,
  odataType: boolean,
  printCache?: PrintCache,
): string {
  const aliases = new Map<ModulePlan, string>();
  const entries = [...model.types.values()]
    .filter((type) => !type.placeholder)
    .map((type) => ({ value: `#${type.namespace}.${type.name}`, key: type.key }))
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

  // 1. The map, which names the modules it needs.
  const typeMap: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: "ODataTypeMap",
    isExported: true,
    docs: ['Every generated interface under the `"@odata.type"` value that names it.'],
    properties: entries.map(({ value, key }) => {
      const module = plan.moduleOf.get(key)!;
      aliases.set(module, module.alias);
      return {
        kind: StructureKind.PropertySignature,
        name: JSON.stringify(value),
        type: `${module.alias}.${plan.nameOf.get(key)!}`,
      };
    }),
  };

  // 2. The imports, then the file.
  const imports: ImportDeclarationStructure[] = [...aliases]
    .sort(([a], [b]) => (a.file < b.file ? -1 : 1))
    .map(([module, alias]) => ({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      namespaceImport: alias,
      moduleSpecifier: specifierOf(module),
    }));
  const structure: SourceFileStructure = {
    kind: StructureKind.SourceFile,
    statements: [...imports, collectionEnvelope(), typeMap, typeNames(odataType)],
  };

  const print = () => printStructure(structure, { indentNumberOfSpaces: 4 }).trimEnd();
  // The writer of the value names is left out of the structure's JSON; the flag names it.
  const key = JSON.stringify(["odata", odataType, structure]);
  const body = printCache ? keptText(printCache, key, print) : print();
  return `${fileHeader("OData envelope and type map", [])}${body}\n`;
}

function collectionEnvelope(): InterfaceDeclarationStructure {
  const property = (name: string, type: string, doc: string) => ({
    kind: StructureKind.PropertySignature as const,
    name: JSON.stringify(name),
    hasQuestionToken: true,
    type,
    docs: [doc],
  });

  return {
    kind: StructureKind.Interface,
    name: "ODataCollection",
    isExported: true,
    typeParameters: ["T"],
    docs: [
      "A collection response: one page of items and the links to the rest.\n\n" +
        "@example\nconst page: ODataCollection<User> = await response.json();",
    ],
    properties: [
      {
        kind: StructureKind.PropertySignature,
        name: "value",
        hasQuestionToken: true,
        type: "T[]",
        docs: ["The items of this page."],
      },
      property("@odata.context", "string", "The metadata URL of the collection."),
      property(
        "@odata.count",
        "number",
        "How many items the collection holds, with `$count=true`.",
      ),
      property("@odata.nextLink", "string", "The URL of the next page; absent on the last page."),
      property(
        "@odata.deltaLink",
        "string",
        "The URL that returns later changes, on delta queries.",
      ),
    ],
  };
}

/**
 * The value names and the narrowing union, written by a writer: the structure printer would
 * hang-indent the body of the mapped type.
 */
function typeNames(odataType: boolean): WriterFunction {
  const docs = (lines: string[], writer: CodeBlockWriter) => {
    writer.writeLine("/**");
    for (const line of lines) writer.writeLine(line === "" ? " *" : ` * ${line}`);
    writer.writeLine(" */");
  };

  return (writer) => {
    docs(['Every `"@odata.type"` value the generated interfaces carry.'], writer);
    writer.writeLine("export type ODataTypeName = keyof ODataTypeMap;");
    if (!odataType) return;

    writer.blankLine();
    docs(
      [
        'The interfaces assignable to `T`, each with its own `"@odata.type"`, as a union that a',
        'check of `"@odata.type"` narrows.',
        "",
        "@example",
        "const member = item as ODataUnion<DirectoryObject>;",
        'if (member["@odata.type"] === "#microsoft.graph.user") member.userPrincipalName;',
      ],
      writer,
    );
    writer.writeLine("export type ODataUnion<T> = {");
    writer.indent(() =>
      writer.writeLine(
        '[K in ODataTypeName]: ODataTypeMap[K] extends T ? ODataTypeMap[K] & { "@odata.type": K } : never;',
      ),
    );
    writer.write("}[ODataTypeName];");
  };
}
