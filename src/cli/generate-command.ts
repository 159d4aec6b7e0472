import { Command, Option } from "commander";
import type { EnumStyle } from "../emit/emit-enum.js";
import { chooseCacheDir, defaultCacheDir } from "../cache/cache-dir.js";
import { generateIncremental } from "../generate-incremental.js";
import { findLexicon } from "../lexicon/index.js";
import { runOutput } from "./run-output.js";
import { checkPaths } from "./check-paths.js";
import { watchGenerate } from "./watch-generate.js";

/** Options of `generate` as commander parses them. */
export interface GenerateCommandOptions {
  out: string;
  check?: boolean;
  locale?: string;
  enumStyle: EnumStyle;
  readonly: boolean;
  odataType: boolean;
  reporter: "text" | "json";
  verbose?: boolean;
  quiet?: boolean;
  cache: boolean;
  cacheDir?: string;
  watch?: boolean;
}

/**
 * Add `generate <inputs...> -o <dir>` to a program.
 */
export function registerGenerateCommand(program: Command): void {
  program
    .command("generate")
    .description("read docs pages and write TypeScript interfaces and enums")
    .argument("<inputs...>", "page files or folders (read recursively)")
    .requiredOption(
      "-o, --out <dir>",
      "output folder (only files graph-typegen generated there are ever replaced)",
    )
    .option("--check", "compare with the output folder, write nothing, exit 1 on drift")
    .option(
      "--locale <tag>",
      "language of every page (such as ru-RU), instead of detecting it per page",
    )
    .addOption(
      new Option("--enum-style <style>", "how enums are written")
        .choices(["const", "enum", "union"])
        .default("const"),
    )
    .option("--no-readonly", "do not mark read-only properties readonly")
    .option("--no-odata-type", 'do not emit the "@odata.type" literal')
    .addOption(
      new Option(
        "--reporter <format>",
        "diagnostics as text (stderr) or one JSON document (stdout)",
      )
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--verbose", "also print info diagnostics")
    .option("--quiet", "print errors only, and no summary")
    .option("--cache-dir <dir>", `cache folder (default ${defaultCacheDir})`)
    .option("--no-cache", "read and write no cache")
    .option("--watch", "regenerate whenever an input page changes")
    .action(async (inputs: string[], options: GenerateCommandOptions, command: Command) => {
      if (options.locale && !findLexicon(options.locale)) {
        command.error(`error: unknown locale '${options.locale}'`, {
          code: "commander.invalidArgument",
        });
      }
      const problem = checkPaths(inputs, options.out);
      if (problem) command.error(`error: ${problem}`, { code: "commander.invalidArgument" });

      const cache = chooseCacheDir(options);
      if (cache.problem)
        command.error(`error: ${cache.problem}`, { code: "commander.invalidArgument" });

      const run = {
        inputs,
        enumStyle: options.enumStyle,
        readonly: options.readonly,
        odataType: options.odataType,
        ...(options.locale ? { locale: options.locale } : {}),
        ...(cache.dir ? { cacheDir: cache.dir } : {}),
      };
      const started = performance.now();
      const result = await generateIncremental(run);
      process.exitCode = runOutput(result, options, performance.now() - started);
      if (options.watch) await watchGenerate(run, options);
    });
}
