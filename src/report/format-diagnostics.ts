import type { Diagnostic } from "../diagnostics/diagnostic.js";

/**
 * One line per diagnostic, like tsc: `file:line:col severity CODE message`.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place =
    diagnostic.line > 0
      ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
      : diagnostic.file;
  const expected = diagnostic.expected ? ` (expected ${diagnostic.expected})` : "";
  return `${place} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}${expected}`;
}

/** Count diagnostics by code, codes in order. */
export function countByCode(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const diagnostic of [...diagnostics].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    counts[diagnostic.code] = (counts[diagnostic.code] ?? 0) + 1;
  }
  return counts;
}
