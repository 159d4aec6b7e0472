import { relative, resolve } from "node:path";
import type { ExtractCache } from "../cache/extract-cache.js";
import type { RunTarget } from "../config/resolve-targets.js";
import { compareDiagnostics } from "../diagnostics/diagnostic.js";
import { generateIncremental, type IncrementalResult } from "../generate-incremental.js";
import type { ProgressBar } from "../report/progress-bar.js";
import type { TargetReport } from "../report/target-report.js";
import { runOutput } from "./run-output.js";

/** How a target runs beyond its own options. */
export interface TargetRun {
  check: boolean;
  /** Cache folder, or none. */
  cacheDir?: string;
  /** An in-memory extract cache (watch mode without a cache folder). */
  cache?: ExtractCache;
  progress?: ProgressBar;
}

/**
 * Generate one target and write (or check) its output; diagnostics name files relative to
 * `cwd`, the folder the command runs in. Pages whose extract is cached are not read again.
 */
export async function runTarget(
  target: RunTarget,
  cwd: string,
  run: TargetRun,
): Promise<{ report: TargetReport; result: IncrementalResult }> {
  const started = performance.now();
  const shownPath = (path: string) =>
    path === "" ? path : relative(cwd, resolve(target.cwd, path)) || ".";

  // 1. Generate.
  const result = await generateIncremental({
    inputs: target.inputs,
    cwd: target.cwd,
    ...(target.include ? { include: target.include } : {}),
    ...(target.exclude ? { exclude: target.exclude } : {}),
    ...target.options,
    ...(run.cacheDir ? { cacheDir: run.cacheDir } : {}),
    ...(run.cache ? { cache: run.cache } : {}),
    ...(run.progress
      ? { onProgress: (done: number, total: number) => run.progress!.update(done, total) }
      : {}),
  });
  run.progress?.done();

  // 2. Write or check.
  const out = shownPath(target.out);
  const output = runOutput(resolve(target.cwd, target.out), out, result.files, {
    check: run.check,
    clean: target.options.clean,
  });
  const diagnostics = [
    ...result.diagnostics.map((diagnostic) => ({
      ...diagnostic,
      file: shownPath(diagnostic.file),
    })),
    ...output.diagnostics,
  ].sort(compareDiagnostics);

  const report: TargetReport = {
    ...(target.name === undefined ? {} : { name: target.name }),
    out,
    stats: result.stats,
    diagnostics,
    action: output.action,
    elapsed: performance.now() - started,
  };
  return { report, result };
}
