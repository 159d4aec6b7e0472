/**
 * `compare`: hold generated declarations against a reference such as graph-types.
 *
 * Stages, one file each: load-modules (files, namespaces) → read-declarations → resolve-names
 * (the {@link TypeTable}) → match-types → flatten-inheritance and compare-types → summarize
 * → format-report.
 */
import { compareType } from "./compare-types.js";
import { loadModules } from "./load-modules.js";
import { matchTypes } from "./match-types.js";
import { resolveNames } from "./resolve-names.js";
import { summarize } from "./summarize.js";
import type { CompareResult } from "./compare-result.js";

export type { CompareResult } from "./compare-result.js";
export type { EnumMemberDifference, MismatchReason } from "./compare-shapes.js";
export type { BaseComparison, EnumUse, PropertyMismatch, TypeComparison } from "./compare-types.js";
export type { CompareSummary, Metric } from "./summarize.js";
export type { EnumEntry, InterfaceEntry, TypeShape, TypeTable } from "./type-table.js";
export { formatJsonReport, formatTextReport, type ReportOptions } from "./format-report.js";
export { readTypeTable } from "./read-type-table.js";

/**
 * Compare generated declarations with a reference declaration file (or folder).
 *
 * Both sides are read with the same reader, so either can be in any supported layout: our
 * folder of namespace modules, graph-types' single file with `namespace` blocks, TS `enum`s.
 */
export function compareDeclarations(generatedDir: string, referenceFile: string): CompareResult {
  const ours = resolveNames(loadModules(generatedDir));
  const reference = resolveNames(loadModules(referenceFile));
  const tables = { reference: reference.table, ours: ours.table };

  const match = matchTypes(tables);
  const types = match.emitted
    .map((key) => compareType(key, tables))
    .sort((left, right) => left.name.localeCompare(right.name, "en"));

  return {
    summary: summarize(match, types),
    types,
    notEmitted: match.notEmitted,
    unresolved: { reference: reference.unresolved, ours: ours.unresolved },
  };
}
