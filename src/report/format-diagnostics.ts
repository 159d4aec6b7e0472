import picocolors from "picocolors";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Colors } from "./terminal.js";

const plain = picocolors.createColors(false);

/**
 * One line per diagnostic, like tsc: `file:line:col severity CODE message`.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return formatColoredDiagnostic(diagnostic, plain);
}

/** {@link formatDiagnostic} with the place, severity and code in colour, for a terminal. */
export function formatColoredDiagnostic(diagnostic: Diagnostic, colors: Colors): string {
  const place =
    diagnostic.line > 0
      ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
      : diagnostic.file;
  const expected = diagnostic.expected ? ` (expected ${diagnostic.expected})` : "";
  const severity = { error: colors.red, warning: colors.yellow, info: colors.blue }[
    diagnostic.severity
  ](diagnostic.severity);

  return `${colors.cyan(place)} ${severity} ${colors.dim(diagnostic.code)} ${diagnostic.message}${expected}`;
}

/** Count diagnostics by code, codes in order. */
export function countByCode(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const diagnostic of [...diagnostics].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    counts[diagnostic.code] = (counts[diagnostic.code] ?? 0) + 1;
  }
  return counts;
}
