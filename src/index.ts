/**
 * graph-typegen's programmatic API: generate TypeScript from Microsoft Graph documentation
 * pages, then write or check the files.
 *
 * ```ts
 * import { generate, writeOutput, formatDiagnostic } from "graph-typegen";
 *
 * const { files, diagnostics } = generate({ inputs: ["docs/v1.0/resources"] });
 * for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
 * writeOutput("src/graph", files);
 * ```
 */
export { generate, generateFromPages } from "./generate.js";
export type { GenerateOptions, GenerateResult } from "./generate.js";
export type { PageFile } from "./read/collect-pages.js";
export type { EnumStyle } from "./emit/emit-enum.js";
export type { Layout } from "./emit/emit-files.js";

export { checkOutput, writeOutput } from "./write/write-output.js";
export type { Drift, WriteResult } from "./write/write-output.js";
export { cleanOutput } from "./write/clean-output.js";
export { recoverOutput } from "./write/recover-output.js";
export type { Recovery } from "./write/recover-output.js";

export { diagnosticCodes } from "./diagnostics/codes.js";
export type { DiagnosticCode, Severity } from "./diagnostics/codes.js";
export type { Diagnostic, Position } from "./diagnostics/diagnostic.js";
export { formatDiagnostic } from "./report/format-diagnostics.js";

export { defineConfig } from "./config/config-types.js";
export type { GraphTypegenConfig, TargetConfig, TargetOptions } from "./config/config-types.js";

export { compareDeclarations } from "./compare/index.js";
export type { CompareResult } from "./compare/index.js";

export { version } from "./version.js";
