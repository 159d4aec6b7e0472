import type { TypeComparison } from "./compare-types.js";
import type { TypeMatch } from "./match-types.js";

/** A ratio with the counts behind it; `ratio` is `null` when nothing was counted. */
export interface Metric {
  numerator: number;
  denominator: number;
  ratio: number | null;
}

/** The figures of a comparison; see {@link summarize} for what each one counts. */
export interface CompareSummary {
  types: Metric;
  recall: Metric;
  precision: Metric;
  typeAgreement: Metric;
  enums: Metric;
  bases: Metric;
}

/**
 * Reduce the per-type comparisons to the summary figures.
 *
 * - types: reference interfaces we emit as real interfaces / those whose name we know at all;
 * - recall: properties on both sides / reference properties, over the compared types;
 * - precision: properties on both sides / our properties, over the compared types;
 * - typeAgreement: common properties whose types agree / common properties;
 * - enums: reference enums whose members equal ours at every common property that uses them /
 *   reference enums used by at least one common property;
 * - bases: compared types whose reference base is among our ancestors / compared types whose
 *   reference type has a base.
 *
 * Properties are counted after flattening inheritance, without `@odata.type`.
 */
export function summarize(
  match: TypeMatch,
  comparisons: readonly TypeComparison[],
): CompareSummary {
  const total = (count: (comparison: TypeComparison) => number): number =>
    comparisons.reduce((sum, comparison) => sum + count(comparison), 0);
  const common = total((comparison) => comparison.commonPropertyCount);
  const withBase = comparisons.filter((comparison) => comparison.base !== undefined);

  return {
    types: metric(match.emitted.length, match.named.length),
    recall: metric(
      common,
      total((comparison) => comparison.referencePropertyCount),
    ),
    precision: metric(
      common,
      total((comparison) => comparison.ourPropertyCount),
    ),
    typeAgreement: metric(
      total((comparison) => comparison.agreeingPropertyCount),
      common,
    ),
    enums: summarizeEnums(comparisons),
    bases: metric(withBase.filter((comparison) => comparison.base?.agrees).length, withBase.length),
  };
}

function summarizeEnums(comparisons: readonly TypeComparison[]): Metric {
  const agreement = new Map<string, boolean>();

  for (const use of comparisons.flatMap((comparison) => comparison.enumUses)) {
    agreement.set(use.enumKey, (agreement.get(use.enumKey) ?? true) && use.agrees);
  }
  const agreeing = [...agreement.values()].filter(Boolean).length;
  return metric(agreeing, agreement.size);
}

function metric(numerator: number, denominator: number): Metric {
  return { numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator };
}
