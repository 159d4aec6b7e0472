import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { GenerateResult } from "../generate.js";

/** What one target of a run did, as the reporter shows it. */
export interface TargetReport {
  /** The config target's name; absent for a run from command-line inputs. */
  name?: string;
  /** The output folder, as shown to the user. */
  out: string;
  stats: GenerateResult["stats"];
  /** Diagnostics of generation and of writing or checking, in file order. */
  diagnostics: Diagnostic[];
  /** What happened to the output: `wrote 2, unchanged 1, removed 0`, `output is up to date`. */
  action: string;
  /** Milliseconds the target took. */
  elapsed: number;
}

/** Diagnostics of one severity across targets. */
export function countSeverity(
  reports: readonly TargetReport[],
  severity: Diagnostic["severity"],
): number {
  return reports
    .flatMap((report) => report.diagnostics)
    .filter((diagnostic) => diagnostic.severity === severity).length;
}
