import { ts } from "ts-morph";
import type { PrimitiveName, TypeShape } from "./type-table.js";

/** Generic references that mean "an array of their argument". */
const arrayWrappers = new Set(["Array", "ReadonlyArray"]);

/** References that carry no property structure worth comparing. */
const opaqueReferences = new Set(["Record", "Object", "Partial", "Readonly"]);

/** Keywords that stand for the three Graph primitives. */
const primitiveKeywords = new Map<ts.SyntaxKind, PrimitiveName>([
  [ts.SyntaxKind.StringKeyword, "string"],
  [ts.SyntaxKind.NumberKeyword, "number"],
  [ts.SyntaxKind.BigIntKeyword, "number"],
  [ts.SyntaxKind.BooleanKeyword, "boolean"],
]);

/**
 * Reduce a property's type node to a {@link TypeShape}, without a type checker.
 *
 * References keep their name as written (`Graph.Entity`); `resolveNames` qualifies them later.
 * `nullableWrappers` names generic aliases that only add `null`, as graph-types declares:
 *
 * ```ts
 * export type NullableOption<T> = T | null;
 * aboutMe?: NullableOption<string>;   // string, nullable
 * ```
 */
export function readTypeNode(node: ts.TypeNode, nullableWrappers: ReadonlySet<string>): TypeShape {
  if (ts.isParenthesizedTypeNode(node)) return readTypeNode(node.type, nullableWrappers);
  if (ts.isTypeOperatorNode(node)) return readTypeNode(node.type, nullableWrappers);
  if (ts.isArrayTypeNode(node)) {
    return { ...readTypeNode(node.elementType, nullableWrappers), array: true };
  }
  if (ts.isUnionTypeNode(node)) return readUnion(node.types, nullableWrappers);
  if (ts.isLiteralTypeNode(node)) return readLiteral(node.literal);
  if (ts.isTypeReferenceNode(node)) return readReference(node, nullableWrappers);

  const primitive = primitiveKeywords.get(node.kind);
  if (primitive !== undefined) return primitiveShape(primitive);
  return { kind: "unknown", array: false, nullable: false };
}

/**
 * Whether a type alias only adds `null` to its single type parameter.
 *
 * ```ts
 * export type NullableOption<T> = T | null;
 * ```
 */
export function isNullableWrapper(alias: ts.TypeAliasDeclaration): boolean {
  const parameter = alias.typeParameters?.length === 1 ? alias.typeParameters[0] : undefined;
  if (parameter === undefined || !ts.isUnionTypeNode(alias.type)) return false;

  const members = alias.type.types;
  const hasParameter = members.some(
    (member) =>
      ts.isTypeReferenceNode(member) && entityNameText(member.typeName) === parameter.name.text,
  );
  return members.length === 2 && hasParameter && members.some(isNullNode);
}

/** The dotted text of an entity name (`microsoftgraph.Entity`). */
export function entityNameText(name: ts.EntityName): string {
  if (ts.isIdentifier(name)) return name.text;
  return `${entityNameText(name.left)}.${name.right.text}`;
}

/** A union: `null` and `undefined` make it nullable; string literals make it an enum. */
function readUnion(
  nodes: readonly ts.TypeNode[],
  nullableWrappers: ReadonlySet<string>,
): TypeShape {
  const nullable = nodes.some(isNullNode);
  const members = nodes
    .filter((member) => !isNullNode(member) && member.kind !== ts.SyntaxKind.UndefinedKeyword)
    .map((member) => readTypeNode(member, nullableWrappers));

  const [first] = members;
  if (first === undefined) return { kind: "unknown", array: false, nullable };
  if (members.length === 1) return { ...first, nullable: nullable || first.nullable };
  if (members.every((member) => member.kind === "literals" && !member.array)) {
    const values = members.flatMap((member) => (member.kind === "literals" ? member.members : []));
    return { kind: "literals", members: values, array: false, nullable };
  }
  // `true | false` reads as two booleans; keep it one primitive.
  if (members.every((member) => isSamePrimitive(member, first))) return { ...first, nullable };
  return { kind: "union", members, array: false, nullable };
}

/** `"notStarted"` is a one-member enum; `true` a boolean; `42` a number. */
function readLiteral(literal: ts.LiteralTypeNode["literal"]): TypeShape {
  if (ts.isStringLiteral(literal)) {
    return { kind: "literals", members: [literal.text], array: false, nullable: false };
  }
  if (literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword) {
    return primitiveShape("boolean");
  }
  if (ts.isNumericLiteral(literal)) return primitiveShape("number");
  return { kind: "unknown", array: false, nullable: literal.kind === ts.SyntaxKind.NullKeyword };
}

/** `Array<T>`, `NullableOption<T>`, `Record<…>` or a plain named type. */
function readReference(
  node: ts.TypeReferenceNode,
  nullableWrappers: ReadonlySet<string>,
): TypeShape {
  const written = entityNameText(node.typeName);
  const simpleName = written.slice(written.lastIndexOf(".") + 1);
  const argument = node.typeArguments?.length === 1 ? node.typeArguments[0] : undefined;

  if (argument !== undefined && nullableWrappers.has(simpleName)) {
    return { ...readTypeNode(argument, nullableWrappers), nullable: true };
  }
  if (argument !== undefined && arrayWrappers.has(simpleName)) {
    return { ...readTypeNode(argument, nullableWrappers), array: true };
  }
  if (opaqueReferences.has(simpleName)) return { kind: "unknown", array: false, nullable: false };
  return { kind: "reference", target: written, array: false, nullable: false };
}

function primitiveShape(primitive: PrimitiveName): TypeShape {
  return { kind: "primitive", primitive, array: false, nullable: false };
}

function isNullNode(node: ts.TypeNode): boolean {
  return ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword;
}

function isSamePrimitive(a: TypeShape, b: TypeShape): boolean {
  if (a.kind !== "primitive" || b.kind !== "primitive") return false;
  return a.primitive === b.primitive && a.array === b.array;
}
