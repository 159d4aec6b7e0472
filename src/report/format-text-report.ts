import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatColoredDiagnostic } from "./format-diagnostics.js";
import { sourceExcerpt } from "./source-excerpt.js";
import type { TargetReport } from "./target-report.js";
import type { Colors } from "./terminal.js";

/** How much the text report shows. */
export interface TextReportOptions {
  /** Errors only, and no summary. */
  quiet?: boolean;
  /** Info diagnostics too. */
  verbose?: boolean;
  colors: Colors;
  /** The text of a file a diagnostic names, for its excerpt; undefined when unreadable. */
  readSource: (file: string) => string | undefined;
}

/**
 * The text report of a run, for stderr: per target, its diagnostics grouped by file, each
 * with an excerpt of the line it points at, then one summary line.
 *
 * ```text
 * docs/user.md:25:1 warning GT301 table row names no key of the JSON block; kept
 *   25 | | mail | String | ... |
 *      | ^
 *
 * graph-typegen: 3 pages, 2 types (0 placeholders), 1 enums, 1 warnings, 0 errors in 0.2s; wrote 3, unchanged 0, removed 0
 * ```
 */
export function formatTextReport(
  reports: readonly TargetReport[],
  options: TextReportOptions,
): string {
  const lines: string[] = [];

  for (const report of reports) {
    const shown = report.diagnostics.filter((diagnostic) =>
      options.quiet
        ? diagnostic.severity === "error"
        : options.verbose || diagnostic.severity !== "info",
    );
    for (const group of groupByFile(shown)) {
      const text = options.readSource(group[0]!.file);
      for (const diagnostic of group) {
        lines.push(formatColoredDiagnostic(diagnostic, options.colors));
        lines.push(...sourceExcerpt(diagnostic, text, options.colors));
      }
      lines.push("");
    }
    if (!options.quiet) lines.push(summaryLine(report, options.colors));
  }

  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** `graph-typegen [name]: 3 pages, 2 types (0 placeholders), 1 enums, ... in 0.2s; action`. */
export function summaryLine(report: TargetReport, colors: Colors): string {
  const count = (severity: Diagnostic["severity"]) =>
    report.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const { pages, types, placeholders, enums } = report.stats;
  const warnings = count("warning");
  const errors = count("error");
  const label = report.name === undefined ? "graph-typegen" : `graph-typegen [${report.name}]`;

  return (
    `${colors.bold(label)}: ${pages} pages, ${types} types (${placeholders} placeholders), ${enums} enums, ` +
    `${warnings > 0 ? colors.yellow(`${warnings} warnings`) : "0 warnings"}, ` +
    `${errors > 0 ? colors.red(`${errors} errors`) : "0 errors"} ` +
    `in ${(report.elapsed / 1000).toFixed(1)}s; ${report.action}`
  );
}

/** Runs of diagnostics on the same file, in the order given (already file order). */
function groupByFile(diagnostics: readonly Diagnostic[]): Diagnostic[][] {
  const groups: Diagnostic[][] = [];

  for (const diagnostic of diagnostics) {
    const last = groups.at(-1);
    if (last && last[0]!.file === diagnostic.file) last.push(diagnostic);
    else groups.push([diagnostic]);
  }
  return groups;
}
