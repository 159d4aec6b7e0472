import type { PrimitiveName } from "../lexicon/lexicon.js";

/** The namespace every Graph type without a sub-namespace lives in. */
export const rootNamespace = "microsoft.graph";

/**
 * All types and enums of the inputs, linked: every reference points at a key of
 * {@link ApiModel.types} or {@link ApiModel.enums}.
 */
export interface ApiModel {
  types: Map<string, TypeModel>;
  enums: Map<string, EnumModel>;
}

/**
 * Where a description was taken from: the page's lead, a property row (by resource and
 * property index) or an enum list (by index), so that a page's new text can replace it.
 */
export type DescriptionSource =
  | { file: string; kind: "page" }
  | { file: string; kind: "property"; resource: number; property: number }
  | { file: string; kind: "enum"; list: number };

/** A resource or complex type, or a placeholder for one the inputs only name. */
export interface TypeModel {
  /** Lower-case qualified name, the key of {@link ApiModel.types}. */
  key: string;
  namespace: string;
  /** Name in the case the docs write it: `cancelMediaProcessingOperation`. */
  name: string;
  /** Key of the base type. */
  base?: string;
  abstract: boolean;
  description?: string;
  describedBy?: DescriptionSource;
  properties: PropertyModel[];
  /** Pages that define the type, or that name it when it is a placeholder. */
  sources: string[];
  /** Named by the inputs but defined by none of them. */
  placeholder: boolean;
  /** The annotation's key property: the type is an entity. */
  keyProperty?: string;
  /** Its page lists methods, which only entities have. */
  hasMethods?: boolean;
}

/** An enum and its members in the order the docs list them. */
export interface EnumModel {
  key: string;
  namespace: string;
  name: string;
  members: string[];
  description?: string;
  describedBy?: DescriptionSource;
  sources: string[];
  /** Made from a property's inline value list rather than a documented enum list. */
  inline: boolean;
}

/** One property of a type, with its type resolved. */
export interface PropertyModel {
  name: string;
  type: ResolvedType;
  readOnly: boolean;
  nullable: boolean;
  navigation: boolean;
  description?: string;
  describedBy?: DescriptionSource;
}

/** A resolved property type: alternatives, possibly a collection. */
export interface ResolvedType {
  collection: boolean;
  alternatives: ResolvedTerm[];
}

/** One alternative of a resolved type. */
export type ResolvedTerm =
  | { kind: "primitive"; name: PrimitiveName }
  | { kind: "type"; key: string }
  | { kind: "enum"; key: string }
  | { kind: "json" };

/** Split `microsoft.graph.callRecords.callRecord` into namespace and name. */
export function splitQualifiedName(
  qualified: string,
  fallbackNamespace: string,
): { namespace: string; name: string } {
  const dot = qualified.lastIndexOf(".");
  if (dot === -1) return { namespace: fallbackNamespace, name: qualified };
  return { namespace: qualified.slice(0, dot), name: qualified.slice(dot + 1) };
}

/** The key of a qualified name: case folded, since the docs spell names in mixed case. */
export function keyOf(namespace: string, name: string): string {
  return `${namespace}.${name}`.toLowerCase();
}
