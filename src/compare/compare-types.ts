import {
  compareShapes,
  describeShape,
  enumMemberDifference,
  sameEnumMembers,
  type ComparedTables,
  type EnumMemberDifference,
  type MismatchReason,
} from "./compare-shapes.js";
import { ancestorsOf, flattenProperties } from "./flatten-inheritance.js";
import { displayName, type TypeShape } from "./type-table.js";

/** A property both sides have, with types that disagree. */
export interface PropertyMismatch {
  property: string;
  reason: MismatchReason;
  /** The reference's type, as text (`string[]`, `enum CallType`). */
  reference: string;
  ours: string;
  /** For `enum-members`: the members that differ. */
  enumMembers?: EnumMemberDifference;
}

/** How the reference's base type relates to our ancestors. */
export interface BaseComparison {
  /** The reference's base, displayed (`Entity`). */
  reference: string;
  /** Our direct base, displayed, when we have one. */
  ours?: string;
  /** The reference's base is our base or one of its ancestors. */
  agrees: boolean;
}

/** Where a reference enum is used by a property both sides have, and whether ours agrees. */
export interface EnumUse {
  /** Qualified key of the reference enum. */
  enumKey: string;
  /** Our type at that place has the same member set. */
  agrees: boolean;
}

/** The comparison of one type both sides emit, after flattening inheritance. */
export interface TypeComparison {
  /** The reference's qualified name (`CallRecords.CallRecord`). */
  name: string;
  /** Reference properties we lack, as the reference names them. */
  missing: string[];
  /** Our properties the reference lacks, as we name them. */
  extra: string[];
  mismatches: PropertyMismatch[];
  /** Absent when the reference type has no base. */
  base?: BaseComparison;
  referencePropertyCount: number;
  ourPropertyCount: number;
  commonPropertyCount: number;
  agreeingPropertyCount: number;
  enumUses: EnumUse[];
}

/**
 * Compare one type present on both sides, keyed by its lower-case qualified name.
 *
 * Properties are matched by name, case-insensitively, over the flattened inheritance chain, so
 * a docs page that repeats `id` from `entity` and one that inherits it read the same.
 */
export function compareType(key: string, tables: ComparedTables): TypeComparison {
  const referenceEntry = tables.reference.interfaces.get(key);
  const ourEntry = tables.ours.interfaces.get(key);
  if (referenceEntry === undefined || ourEntry === undefined) {
    throw new Error(`compareType expected "${key}" on both sides`);
  }
  const referenceProperties = flattenProperties(tables.reference, key);
  const ourProperties = flattenProperties(tables.ours, key);
  const comparison: TypeComparison = {
    name: displayName(referenceEntry),
    missing: [],
    extra: [],
    mismatches: [],
    referencePropertyCount: referenceProperties.size,
    ourPropertyCount: ourProperties.size,
    commonPropertyCount: 0,
    agreeingPropertyCount: 0,
    enumUses: [],
  };

  for (const [lowerName, referenceProperty] of referenceProperties) {
    const ourProperty = ourProperties.get(lowerName);
    if (ourProperty === undefined) {
      comparison.missing.push(referenceProperty.name);
      continue;
    }
    const reason = compareShapes(referenceProperty.shape, ourProperty.shape, tables);
    comparison.commonPropertyCount += 1;
    if (reason === undefined) comparison.agreeingPropertyCount += 1;
    else {
      comparison.mismatches.push(
        describeMismatch(
          referenceProperty.name,
          reason,
          referenceProperty.shape,
          ourProperty.shape,
          tables,
        ),
      );
    }
    if (referenceProperty.shape.kind === "enum") {
      const enumKey = referenceProperty.shape.target;
      const agrees = sameEnumMembers(referenceProperty.shape, ourProperty.shape, tables);
      comparison.enumUses.push({ enumKey, agrees });
    }
  }
  for (const [lowerName, ourProperty] of ourProperties) {
    if (!referenceProperties.has(lowerName)) comparison.extra.push(ourProperty.name);
  }

  const base = compareBase(key, tables);
  if (base !== undefined) comparison.base = base;
  return comparison;
}

function describeMismatch(
  property: string,
  reason: MismatchReason,
  referenceShape: TypeShape,
  ourShape: TypeShape,
  tables: ComparedTables,
): PropertyMismatch {
  const mismatch: PropertyMismatch = {
    property,
    reason,
    reference: describeShape(referenceShape, tables.reference),
    ours: describeShape(ourShape, tables.ours),
  };

  const difference = enumMemberDifference(referenceShape, ourShape, tables);
  if (reason === "enum-members" && difference !== undefined) mismatch.enumMembers = difference;
  return mismatch;
}

function compareBase(key: string, tables: ComparedTables): BaseComparison | undefined {
  const referenceBase = tables.reference.interfaces.get(key)?.base;
  if (referenceBase === undefined) return undefined;

  const ourBase = tables.ours.interfaces.get(key)?.base;
  const comparison: BaseComparison = {
    reference: nameOf(referenceBase, tables.reference),
    agrees: ancestorsOf(tables.ours, key).includes(referenceBase),
  };
  if (ourBase !== undefined) comparison.ours = nameOf(ourBase, tables.ours);
  return comparison;
}

function nameOf(key: string, table: ComparedTables["ours"]): string {
  const entry = table.interfaces.get(key);
  return entry === undefined ? key : displayName(entry);
}
