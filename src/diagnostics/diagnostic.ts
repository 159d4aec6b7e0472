import { diagnosticCodes, type DiagnosticCode, type Severity } from "./codes.js";

/** A problem found in the inputs or the output, with the place it was found. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Path of the file as the user gave it (relative to the working folder when possible). */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based column; 0 when unknown. */
  column: number;
  message: string;
  /** What the generator expected to find, when that helps the reader fix the input. */
  expected?: string;
}

/** A place in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Build a diagnostic with the default severity of its code.
 */
export function createDiagnostic(
  code: DiagnosticCode,
  file: string,
  position: Position | undefined,
  message: string,
  expected?: string,
): Diagnostic {
  const diagnostic: Diagnostic = {
    code,
    severity: diagnosticCodes[code].severity,
    file,
    line: position?.line ?? 0,
    column: position?.column ?? 0,
    message,
  };

  if (expected !== undefined) diagnostic.expected = expected;
  return diagnostic;
}

/** Order diagnostics by file, line, column and code, so reports are stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
