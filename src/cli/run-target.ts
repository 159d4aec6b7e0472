import { relative, resolve } from "node:path";
import type { RunTarget } from "../config/resolve-targets.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { generate } from "../generate.js";
import type { ProgressBar } from "../report/progress-bar.js";
import type { TargetReport } from "../report/target-report.js";
import { runOutput } from "./run-output.js";

/**
 * Generate one target and write (or check) its output; diagnostics name files relative to
 * `cwd`, the folder the command runs in.
 */
export function runTarget(
  target: RunTarget,
  cwd: string,
  check: boolean,
  progress?: ProgressBar,
): TargetReport {
  const started = performance.now();
  const shownPath = (path: string) =>
    path === "" ? path : relative(cwd, resolve(target.cwd, path)) || ".";

  // 1. Generate.
  const result = generate({
    inputs: target.inputs,
    cwd: target.cwd,
    ...(target.include ? { include: target.include } : {}),
    ...(target.exclude ? { exclude: target.exclude } : {}),
    ...target.options,
    ...(progress
      ? { onProgress: (done: number, total: number) => progress.update(done, total) }
      : {}),
  });
  progress?.done();

  // 2. Write or check.
  const out = shownPath(target.out);
  const output = runOutput(resolve(target.cwd, target.out), out, result.files, {
    check,
    clean: target.options.clean,
  });
  const diagnostics = [
    ...result.diagnostics.map((diagnostic) => ({
      ...diagnostic,
      file: shownPath(diagnostic.file),
    })),
    ...output.diagnostics,
  ].sort(compareDiagnostics);

  return {
    ...(target.name === undefined ? {} : { name: target.name }),
    out,
    stats: result.stats,
    diagnostics,
    action: output.action,
    elapsed: performance.now() - started,
  };
}
