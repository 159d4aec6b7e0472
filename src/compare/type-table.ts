/**
 * The neutral model both sides of a comparison are read into.
 *
 * Names are keyed by their qualified name in lower case (`callrecords.callrecord`, `user`), so
 * `CallRecords.CallRecord` and `callRecords.callRecord` are the same type. The root namespace
 * (`microsoft.graph`, or a file's top level) has no prefix.
 */

/** The TypeScript primitives a Graph property can have. */
export type PrimitiveName = "string" | "number" | "boolean";

/** What every type shape carries besides its kind. */
interface ShapeFlags {
  /** `T[]`, `Array<T>` or `ReadonlyArray<T>`. */
  array: boolean;
  /** `T | null` or `NullableOption<T>`. */
  nullable: boolean;
}

/**
 * The type of one property, reduced to what a comparison needs.
 *
 * Before names are resolved, `target` holds the name as written (`Graph.Entity`); after, the
 * lower-case qualified key of the declaration (`entity`), and `enum` replaces `reference` when
 * the target is an enum.
 */
export type TypeShape = ShapeFlags &
  (
    | { kind: "primitive"; primitive: PrimitiveName }
    | { kind: "reference"; target: string }
    | { kind: "enum"; target: string }
    | { kind: "literals"; members: readonly string[] }
    | { kind: "union"; members: readonly TypeShape[] }
    | { kind: "unknown" }
  );

/** An interface, with its own properties only. */
export interface InterfaceEntry {
  /** The name as declared (`CallRecord`). */
  name: string;
  /** Namespace segments as declared or exported (`["CallRecords"]`); empty at the root. */
  namespace: readonly string[];
  /** Qualified key of the first `extends` type, when there is one. */
  base?: string;
  /** Own properties by name as declared, without `@odata.type`. */
  properties: Map<string, TypeShape>;
  /** Marked `@placeholder`: the name is known, the type is not documented. */
  placeholder: boolean;
}

/** An enum in any of its spellings, as its set of member values. */
export interface EnumEntry {
  name: string;
  namespace: readonly string[];
  /** Member values as written (`notStarted`), in declaration order. */
  members: readonly string[];
}

/** Every interface and enum of one side, by lower-case qualified key. */
export interface TypeTable {
  interfaces: Map<string, InterfaceEntry>;
  enums: Map<string, EnumEntry>;
  /**
   * Every qualified key the side declares in any form (interface, placeholder, enum, alias).
   * This is what "a name the side knows" means for the `types` metric.
   */
  knownNames: Set<string>;
}

/** The lower-case qualified key of a name in a namespace. */
export function qualifiedKey(namespace: readonly string[], name: string): string {
  return [...namespace, name].join(".").toLowerCase();
}

/** The display form of a qualified name (`CallRecords.CallRecord`). */
export function displayName(entry: { namespace: readonly string[]; name: string }): string {
  return [...entry.namespace, entry.name].join(".");
}
