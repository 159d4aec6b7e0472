import { memoryExtractCache } from "../cache/extract-cache.js";
import { generateIncremental, type IncrementalOptions } from "../generate-incremental.js";
import { formatRunLine } from "../watch/run-line.js";
import { watchInputs } from "../watch/watch-inputs.js";
import type { GenerateCommandOptions } from "./generate-command.js";
import { runOutput } from "./run-output.js";

/**
 * `generate --watch`: after the first run, regenerate on every change to an input page and
 * print one line per run; diagnostics show errors only, so a page broken mid-edit is named
 * without flooding the terminal. Without a cache folder, extracts are kept in memory.
 */
export async function watchGenerate(
  run: IncrementalOptions,
  options: GenerateCommandOptions,
): Promise<void> {
  const cache = run.cacheDir === undefined ? memoryExtractCache() : undefined;

  await watchInputs({
    inputs: run.inputs,
    report: (line) => process.stderr.write(`${line}\n`),
    regenerate: async (changed) => {
      const started = performance.now();
      const result = await generateIncremental({ ...run, ...(cache ? { cache } : {}) });
      runOutput(result, { ...options, quiet: true, reporter: "text" }, 0);

      return formatRunLine(changed, result, performance.now() - started);
    },
  });
}
