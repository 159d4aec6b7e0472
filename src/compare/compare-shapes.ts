import type { TypeShape, TypeTable } from "./type-table.js";

/** Why two property types disagree. */
export type MismatchReason =
  "array" | "primitive" | "reference-target" | "enum-members" | "union" | "kind";

/** The two tables a shape comparison looks names up in. */
export interface ComparedTables {
  reference: TypeTable;
  ours: TypeTable;
}

/**
 * Compare a reference property type with ours; `undefined` when they agree.
 *
 * Rules, in order:
 * - nullability is not compared (graph-types marks nearly everything `NullableOption`);
 * - a union on either side agrees when one member pair agrees (`A | B` holds `A`);
 * - the reference's `any` agrees only with our `unknown`, `any` or `Record<…>`, and a
 *   non-array `any` also with their arrays;
 * - otherwise arrays must match, then primitives by name, references by qualified key, and
 *   enums (named or inline literal unions) by their member sets, case-insensitively.
 */
export function compareShapes(
  reference: TypeShape,
  ours: TypeShape,
  tables: ComparedTables,
): MismatchReason | undefined {
  if (reference.kind === "union" || ours.kind === "union") {
    const agrees = unionMembers(reference).some((left) =>
      unionMembers(ours).some((right) => compareShapes(left, right, tables) === undefined),
    );
    return agrees ? undefined : "union";
  }
  if (reference.kind === "unknown" && ours.kind === "unknown") {
    return reference.array && !ours.array ? "array" : undefined;
  }
  if (reference.array !== ours.array) return "array";

  const referenceMembers = enumMembers(reference, tables.reference);
  const ourMembers = enumMembers(ours, tables.ours);
  if (referenceMembers !== undefined && ourMembers !== undefined) {
    return sameMembers(referenceMembers, ourMembers) ? undefined : "enum-members";
  }
  if (reference.kind === "primitive" && ours.kind === "primitive") {
    return reference.primitive === ours.primitive ? undefined : "primitive";
  }
  if (reference.kind === "reference" && ours.kind === "reference") {
    return reference.target === ours.target ? undefined : "reference-target";
  }
  return "kind";
}

/**
 * The lower-case member set of an enum or inline literal union; `undefined` for other shapes.
 */
export function enumMembers(shape: TypeShape, table: TypeTable): Set<string> | undefined {
  if (shape.kind === "literals") return lowerCaseSet(shape.members);
  if (shape.kind !== "enum") return undefined;

  const members = table.enums.get(shape.target)?.members;
  return members === undefined ? undefined : lowerCaseSet(members);
}

/**
 * Whether two shapes are enums (named or inline) with the same members, case-insensitively;
 * arrays and nullability aside.
 */
export function sameEnumMembers(
  reference: TypeShape,
  ours: TypeShape,
  tables: ComparedTables,
): boolean {
  const referenceMembers = enumMembers(reference, tables.reference);
  const ourMembers = enumMembers(ours, tables.ours);

  if (referenceMembers === undefined || ourMembers === undefined) return false;
  return sameMembers(referenceMembers, ourMembers);
}

/** Members one enum has and the other lacks, lower-cased and sorted. */
export interface EnumMemberDifference {
  referenceOnly: string[];
  oursOnly: string[];
}

/**
 * The members that set two enum shapes apart; `undefined` unless both are enums.
 */
export function enumMemberDifference(
  reference: TypeShape,
  ours: TypeShape,
  tables: ComparedTables,
): EnumMemberDifference | undefined {
  const referenceMembers = enumMembers(reference, tables.reference);
  const ourMembers = enumMembers(ours, tables.ours);
  if (referenceMembers === undefined || ourMembers === undefined) return undefined;

  const only = (left: Set<string>, right: Set<string>): string[] =>
    [...left].filter((member) => !right.has(member)).sort();
  return {
    referenceOnly: only(referenceMembers, ourMembers),
    oursOnly: only(ourMembers, referenceMembers),
  };
}

/**
 * A short TypeScript-like text for a shape in a report: `string[]`, `Entity`, `"a" | "b"`.
 */
export function describeShape(shape: TypeShape, table: TypeTable): string {
  const suffix = shape.array ? "[]" : "";

  if (shape.kind === "primitive") return shape.primitive + suffix;
  if (shape.kind === "unknown") return "unknown" + suffix;
  if (shape.kind === "literals") {
    return wrap(shape.members.map((member) => JSON.stringify(member)).join(" | "), suffix);
  }
  if (shape.kind === "union") {
    return wrap(shape.members.map((member) => describeShape(member, table)).join(" | "), suffix);
  }
  const entry = table.interfaces.get(shape.target) ?? table.enums.get(shape.target);
  const name = entry === undefined ? shape.target : [...entry.namespace, entry.name].join(".");
  return (shape.kind === "enum" ? `enum ${name}` : name) + suffix;
}

function unionMembers(shape: TypeShape): TypeShape[] {
  if (shape.kind !== "union") return [shape];
  return shape.members.map((member) => ({ ...member, array: member.array || shape.array }));
}

function sameMembers(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  return left.size === right.size && [...left].every((member) => right.has(member));
}

function lowerCaseSet(members: readonly string[]): Set<string> {
  return new Set(members.map((member) => member.toLowerCase()));
}

function wrap(text: string, suffix: string): string {
  return suffix === "" ? text : `(${text})${suffix}`;
}
