/**
 * Every diagnostic code graph-typegen can report, with its default severity and a summary.
 *
 * Codes are grouped by pipeline stage: 1xx read, 2xx parse, 3xx extract, 4xx model, 5xx output.
 */
export const diagnosticCodes = {
  GT100: { severity: "error", summary: "input file or folder cannot be read" },
  GT101: { severity: "warning", summary: "input is not valid UTF-8 text; skipped" },
  GT102: { severity: "warning", summary: "link or symlink leaves the input folders; not followed" },
  GT103: { severity: "info", summary: "page holds no resource block, enum list or enum page" },
  GT200: { severity: "warning", summary: "front matter is not valid YAML" },
  GT201: { severity: "warning", summary: "annotation comment is not readable JSON" },
  GT202: {
    severity: "info",
    summary: "JSON block needed repair (comments, ellipses, missing commas)",
  },
  GT203: {
    severity: "warning",
    summary: "JSON block is broken beyond repair; keys read up to the break",
  },
  GT204: { severity: "warning", summary: "resource annotation is not followed by a JSON block" },
  GT205: { severity: "warning", summary: "JSON block is not an object" },
  GT300: { severity: "warning", summary: "table row cannot be read" },
  GT301: { severity: "warning", summary: "table row names no key of the JSON block; kept" },
  GT302: { severity: "info", summary: "JSON key has no table row; typed from its JSON value" },
  GT303: {
    severity: "info",
    summary:
      "translated table row matched to a property name by position and type, or named by its identifier",
  },
  GT304: { severity: "warning", summary: "type cell not understood; typed from the JSON value" },
  GT305: { severity: "info", summary: "table and JSON block disagree on a type; the table wins" },
  GT306: { severity: "warning", summary: "enum list cannot be read" },
  GT307: {
    severity: "info",
    summary: "translated enum member read as the common member its word stands for",
  },
  GT400: {
    severity: "warning",
    summary: "referenced type is missing from the inputs; placeholder emitted",
  },
  GT401: { severity: "warning", summary: "type defined on more than one page; the first wins" },
  GT402: { severity: "warning", summary: "inheritance cycle; the base that closes it is dropped" },
  GT403: {
    severity: "warning",
    summary: "base type is missing from the inputs; placeholder emitted",
  },
  GT404: {
    severity: "warning",
    summary: "enum defined more than once with other members; members merged",
  },
  GT405: { severity: "info", summary: "generated name renamed to avoid a collision" },
  GT406: {
    severity: "warning",
    summary: "a property's value list shares no member with the enum its type names; the list wins",
  },
  GT500: { severity: "error", summary: "generated output differs from what the inputs produce" },
  GT501: { severity: "error", summary: "output folder is an input folder or inside one" },
  GT502: { severity: "error", summary: "output cannot be written" },
  GT503: {
    severity: "warning",
    summary: "an interrupted write was rolled back to the previous output",
  },
  GT504: { severity: "error", summary: "output folder holds an interrupted write" },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** How serious a diagnostic is; only errors change the exit code. */
export type Severity = "error" | "warning" | "info";

/** One of the codes in {@link diagnosticCodes}. */
export type DiagnosticCode = keyof typeof diagnosticCodes;
