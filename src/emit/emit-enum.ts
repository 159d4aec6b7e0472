import {
  StructureKind,
  type EnumDeclarationStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type WriterFunction,
} from "ts-morph";
import type { EnumModel } from "../model/api-model.js";
import { docText } from "./doc-comment.js";
import { memberKeys } from "./member-keys.js";
import { isIdentifier, propertyKey } from "./naming.js";

/** How enums are written. */
export type EnumStyle = "const" | "enum" | "union";

/**
 * Build the statements of one enum in the chosen style.
 *
 * `const` (default) gives an object of members and a union type of its values, so both
 * `OperationStatus.Running` and `"running"` type-check; `enum` gives a string enum; `union`
 * gives only the union type.
 */
export function emitEnum(
  list: EnumModel,
  name: string,
  style: EnumStyle,
): (StatementStructures | WriterFunction)[] {
  const docs = [docText(enumDocs(list))];
  const members = list.members.map((member) => JSON.stringify(member)).join(" | ");
  // A list whose every member was lost (left out as translated) still names a type.
  const union = members === "" ? "never" : members;

  if (style === "union") {
    const alias: TypeAliasDeclarationStructure = {
      kind: StructureKind.TypeAlias,
      name,
      isExported: true,
      type: union,
      docs,
    };
    return [alias];
  }

  const keys = memberKeys(list.members);
  if (style === "enum") {
    const declaration: EnumDeclarationStructure = {
      kind: StructureKind.Enum,
      name,
      isExported: true,
      docs,
      members: list.members.map((member, index) => ({
        kind: StructureKind.EnumMember,
        name: enumMemberName(keys[index]!),
        value: member,
      })),
    };
    return [declaration];
  }

  // The object is written by a writer: the structure printer would hang-indent its body.
  const entries = list.members.map(
    (member, index) => `${objectKey(keys[index]!)}: ${JSON.stringify(member)},`,
  );
  const constant: WriterFunction = (writer) => {
    writer.blankLineIfLastNot();
    writer.writeLine("/**");
    for (const line of docs[0]!.split("\n")) writer.writeLine(line === "" ? " *" : ` * ${line}`);
    writer.writeLine(" */");
    writer.write(`export const ${name} = `);
    writer.inlineBlock(() => entries.forEach((entry) => writer.writeLine(entry)));
    writer.write(" as const;");
  };
  const alias: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    type: `(typeof ${name})[keyof typeof ${name}]`,
  };
  return [constant, alias];
}

/** An object literal key; `__proto__` is written computed, since a plain one sets the prototype. */
function objectKey(key: string): string {
  return key === "__proto__" ? '["__proto__"]' : propertyKey(key);
}

/** Enum member names must not look like numbers; quote anything that is not an identifier. */
function enumMemberName(key: string): string {
  return isIdentifier(key) ? key : JSON.stringify(key);
}

function enumDocs(list: EnumModel): string {
  const lines: string[] = [];
  if (list.description) lines.push(docText(list.description), "");
  const origin = list.inline ? "values listed for a property in" : "from";
  lines.push(`\`${list.namespace}.${list.name}\` ${origin} ${list.sources.join(", ")}`);
  return lines.join("\n");
}
