import { countByCode } from "./format-diagnostics.js";
import { countSeverity, type TargetReport } from "./target-report.js";

/**
 * The JSON report of a run, for stdout: one document holding the totals, every diagnostic,
 * and each target's own stats, action and counts.
 *
 * ```json
 * { "stats": {...}, "counts": { "GT303": 1 }, "diagnostics": [...], "targets": [...] }
 * ```
 */
export function formatJsonReport(reports: readonly TargetReport[], maxWarnings?: number): string {
  const diagnostics = reports.flatMap((report) => report.diagnostics);
  const stats = { pages: 0, types: 0, placeholders: 0, enums: 0 };
  for (const report of reports) {
    for (const key of Object.keys(stats) as (keyof typeof stats)[]) stats[key] += report.stats[key];
  }
  const warnings = countSeverity(reports, "warning");

  const document = {
    stats,
    counts: countByCode(diagnostics),
    diagnostics,
    targets: reports.map((report) => ({
      ...(report.name === undefined ? {} : { name: report.name }),
      out: report.out,
      stats: report.stats,
      action: report.action,
      counts: countByCode(report.diagnostics),
    })),
    ...(maxWarnings === undefined
      ? {}
      : { maxWarnings: { limit: maxWarnings, warnings, exceeded: warnings > maxWarnings } }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
