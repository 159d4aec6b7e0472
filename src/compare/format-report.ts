import type { CompareResult } from "./compare-result.js";
import type { PropertyMismatch, TypeComparison } from "./compare-types.js";
import type { CompareSummary, Metric } from "./summarize.js";

/** What a report shows. */
export interface ReportOptions {
  /** Leave out the per-type details and give the summary only. */
  summaryOnly?: boolean;
}

/** Summary labels, in the order the block prints them. */
const metricLabels: ReadonlyArray<[keyof CompareSummary, string]> = [
  ["types", "types"],
  ["recall", "recall"],
  ["precision", "precision"],
  ["typeAgreement", "type agreement"],
  ["enums", "enums"],
  ["bases", "bases"],
];

/** Width of the label column of both blocks. */
const labelWidth = 16;

/**
 * Render a comparison as text: one block per type that differs, then the summary.
 *
 * ```text
 * CallRecords.Session
 *   missing         failureInfo
 *   type            modalities: reference enum Modality[], ours string[] (kind)
 * recall           96.9%  (12345/12741)
 * ```
 */
export function formatTextReport(result: CompareResult, options: ReportOptions = {}): string {
  const lines: string[] = [];

  if (options.summaryOnly !== true) {
    for (const comparison of result.types) lines.push(...typeLines(comparison));
    for (const name of result.notEmitted) lines.push(`${"not emitted".padEnd(labelWidth)} ${name}`);
    if (lines.length > 0) lines.push("");
  }
  for (const [key, label] of metricLabels) lines.push(metricLine(label, result.summary[key]));
  return lines.join("\n") + "\n";
}

/**
 * Render a comparison as one JSON document: `summary`, `types`, `notEmitted`, `unresolved`;
 * with `summaryOnly`, `summary` alone.
 */
export function formatJsonReport(result: CompareResult, options: ReportOptions = {}): string {
  const document = options.summaryOnly === true ? { summary: result.summary } : result;

  return JSON.stringify(document, null, 2) + "\n";
}

function typeLines(comparison: TypeComparison): string[] {
  const details = [
    ...comparison.missing.map((name) => detail("missing", name)),
    ...comparison.extra.map((name) => detail("extra", name)),
    ...comparison.mismatches.map((mismatch) => detail("type", mismatchText(mismatch))),
  ];
  const base = comparison.base;
  if (base !== undefined && !base.agrees) {
    details.push(detail("base", `reference ${base.reference}, ours ${base.ours ?? "none"}`));
  }

  return details.length === 0 ? [] : [comparison.name, ...details];
}

/** `sensitivity: reference enum Sensitivity, ours enum Sensitivity (enum-members; …)` */
function mismatchText(mismatch: PropertyMismatch): string {
  const text = `${mismatch.property}: reference ${mismatch.reference}, ours ${mismatch.ours}`;
  const members = mismatch.enumMembers;
  if (members === undefined) return `${text} (${mismatch.reason})`;

  const list = (values: string[]): string => (values.length === 0 ? "none" : values.join(", "));
  const sides = `reference only: ${list(members.referenceOnly)}; ours only: ${list(members.oursOnly)}`;
  return `${text} (${mismatch.reason}; ${sides})`;
}

function detail(label: string, text: string): string {
  return `  ${label.padEnd(labelWidth - 2)} ${text}`;
}

/** `recall           96.9%  (12345/12741)`; `n/a` when nothing was counted. */
function metricLine(label: string, metric: Metric): string {
  const percent = metric.ratio === null ? "n/a" : percentText(metric);

  return `${label.padEnd(labelWidth)} ${percent.padStart(6)}  (${metric.numerator}/${metric.denominator})`;
}

/** One decimal, rounded; a ratio short of all never shows as 100.0%. */
function percentText(metric: Metric): string {
  const tenths = Math.round((metric.ratio ?? 0) * 1000);
  const capped = metric.numerator < metric.denominator ? Math.min(tenths, 999) : tenths;

  return `${(capped / 10).toFixed(1)}%`;
}
