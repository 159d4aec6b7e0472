import { resolve } from "node:path";
import { memoryExtractCache } from "../cache/extract-cache.js";
import type { RunTarget } from "../config/resolve-targets.js";
import { formatDiagnostic } from "../report/format-diagnostics.js";
import { formatRunLine } from "../watch/run-line.js";
import { watchInputs } from "../watch/watch-inputs.js";
import type { CliIo } from "./cli-io.js";
import { runTarget } from "./run-target.js";

/**
 * `generate --watch`: after the first run, regenerate every target on each change to an
 * input page and print one line per run, with the errors only, so a page broken mid-edit is
 * named without flooding the terminal. Without a cache folder, extracts are kept in memory.
 */
export async function watchGenerate(
  targets: readonly RunTarget[],
  io: CliIo,
  cacheDir: string | undefined,
): Promise<void> {
  const cache = cacheDir === undefined ? memoryExtractCache() : undefined;
  const inputs = targets.flatMap((target) =>
    target.inputs.map((input) => resolve(target.cwd, input)),
  );

  await watchInputs({
    inputs,
    report: (line) => io.stderr(`${line}\n`),
    regenerate: async (changed) => {
      const lines: string[] = [];
      for (const target of targets) {
        const started = performance.now();
        const { report, result } = await runTarget(target, io.cwd, {
          check: false,
          ...(cacheDir ? { cacheDir } : {}),
          ...(cache ? { cache } : {}),
        });
        for (const diagnostic of report.diagnostics) {
          if (diagnostic.severity === "error") lines.push(formatDiagnostic(diagnostic));
        }
        lines.push(formatRunLine(changed, result, performance.now() - started));
      }
      return lines.join("\n");
    },
  });
}
