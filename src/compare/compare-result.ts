import type { TypeComparison } from "./compare-types.js";
import type { CompareSummary } from "./summarize.js";

/** Everything a comparison found: the figures, each compared type, and what was left out. */
export interface CompareResult {
  summary: CompareSummary;
  /** Types both sides emit, by reference name, with their differences. */
  types: TypeComparison[];
  /** Reference interfaces whose name we know but that we do not emit (placeholders…). */
  notEmitted: string[];
  /** Written names no declaration answers, per side. */
  unresolved: { reference: string[]; ours: string[] };
}
