import { isAbsolute, relative, resolve } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import type { RunTarget } from "../config/resolve-targets.js";
import { findLexicon } from "../lexicon/index.js";
import { formatJsonReport } from "../report/format-json-report.js";
import { formatTextReport } from "../report/format-text-report.js";
import { createProgressBar } from "../report/progress-bar.js";
import { countSeverity, type TargetReport } from "../report/target-report.js";
import { colorsFor, progressEnabled } from "../report/terminal.js";
import { chooseCacheDir, defaultCacheDir } from "../cache/cache-dir.js";
import { usageExitCode } from "./usage-command.js";
import { checkPaths } from "./check-paths.js";
import { watchGenerate } from "./watch-generate.js";
import type { CliIo } from "./cli-io.js";
import { generateHelp } from "./generate-help.js";
import { typedTargetOptions, type GenerateCommandOptions } from "./generate-options.js";
import { planRun } from "./plan-run.js";
import { readSource } from "./read-source.js";
import { runTarget } from "./run-target.js";

/**
 * Add `generate [inputs...] [-o <dir>]` to a program: from command-line inputs, or from the
 * targets of a config file. Exit codes: 0 done; 1 errors, drift under `--check`, or more
 * warnings than `--max-warnings`; 2 usage errors (bad option, config or path).
 */
export function registerGenerateCommand(program: Command, io: CliIo): void {
  program
    .command("generate")
    .description("read docs pages and write TypeScript interfaces and enums")
    .argument("[inputs...]", "page files or folders (read recursively); none: use the config")
    .option(
      "-o, --out <dir>",
      "output folder; only files graph-typegen generated there are replaced",
    )
    .option("-c, --config <file>", "config file to use instead of searching for one")
    .option("--target <name>", "run only this config target (repeatable)", collect)
    .option("--check", "compare with the output folder, write nothing, exit 1 on drift")
    .option("--clean", "first remove every file graph-typegen generated in the output folder")
    .option("--locale <tag>", "language of every page (such as ru-RU) instead of detecting it")
    .addOption(
      new Option(
        "--enum-style <style>",
        "const: object + union type; enum: TS enum; union: type only",
      )
        .choices(["const", "enum", "union"])
        .default("const"),
    )
    .addOption(
      new Option(
        "--layout <layout>",
        "namespace: a module per namespace; file-per-type: a folder per namespace, a file per type",
      )
        .choices(["namespace", "file-per-type"])
        .default("namespace"),
    )
    .option("--readonly", "mark read-only properties readonly (default)")
    .option("--no-readonly", "do not mark read-only properties readonly")
    .option("--odata-type", 'emit the "@odata.type" literal on every interface (default)')
    .option("--no-odata-type", 'do not emit the "@odata.type" literal')
    .addOption(
      new Option(
        "--reporter <format>",
        "text: diagnostics on stderr; json: one JSON document on stdout",
      )
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--max-warnings <count>", "exit 1 when there are more warnings than this", count)
    .option("--verbose", "also print info diagnostics")
    .option("--quiet", "print errors only: no summary, no progress bar")
    .option("--cache-dir <dir>", `cache folder (default ${defaultCacheDir})`)
    .option("--no-cache", "read and write no cache")
    .option("--watch", "regenerate whenever an input page changes")
    .addHelpText("after", generateHelp)
    .action(async (inputs: string[], options: GenerateCommandOptions, command: Command) => {
      const usage = (message: string): never =>
        command.error(`error: ${message}`, {
          code: "commander.invalidArgument",
          exitCode: usageExitCode,
        });

      // 1. Plan the targets and check them before anything runs.
      const plan = await planRun(inputs, options, typedTargetOptions(options, command), io.cwd);
      if ("problem" in plan) return usage(plan.problem);
      for (const target of plan.targets) {
        const problem = targetProblem(target);
        if (problem) return usage(problem);
      }

      // 2. Run them.
      const facts = { isTTY: io.stderrIsTTY, env: io.env };
      const colors = colorsFor(facts);
      const showProgress = progressEnabled(facts, options);
      const reports: TargetReport[] = [];
      for (const target of plan.targets) {
        const cache = chooseCacheDir({ ...options, out: resolve(target.cwd, target.out) }, io.cwd);
        if (cache.problem) return usage(cache.problem);
        const progress = showProgress
          ? createProgressBar(io.stderr, target.name ?? "graph-typegen", colors)
          : undefined;
        const run = {
          check: options.check === true,
          ...(cache.dir ? { cacheDir: cache.dir } : {}),
          ...(progress ? { progress } : {}),
        };
        reports.push((await runTarget(target, io.cwd, run)).report);
      }

      // 3. Report, and end.
      const warnings = countSeverity(reports, "warning");
      const tooMany = plan.maxWarnings !== undefined && warnings > plan.maxWarnings;
      if (options.reporter === "json") {
        io.stdout(formatJsonReport(reports, plan.maxWarnings));
      } else {
        const readFrom = (file: string) => readSource(resolve(io.cwd, file));
        io.stderr(formatTextReport(reports, { ...options, colors, readSource: readFrom }));
        if (tooMany) {
          io.stderr(
            `${colors.red("graph-typegen")}: ${warnings} warnings, more than --max-warnings ${plan.maxWarnings}\n`,
          );
        }
      }
      io.setExitCode(countSeverity(reports, "error") > 0 || tooMany ? 1 : 0);

      // 4. With --watch, go on regenerating after every change.
      if (options.watch) {
        const cache = chooseCacheDir({ cache: options.cache, cacheDir: options.cacheDir }, io.cwd);
        await watchGenerate(plan.targets, io, cache.dir);
      }
    });
}

/** A target that cannot run: an unknown locale, a missing input, output inside an input. */
function targetProblem(target: RunTarget): string | undefined {
  const { locale } = target.options;
  if (locale !== undefined && !findLexicon(locale)) return `unknown locale '${locale}'`;

  const path = (given: string) =>
    isAbsolute(given) ? given : relative(process.cwd(), resolve(target.cwd, given)) || ".";
  return checkPaths(target.inputs.map(path), path(target.out));
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function count(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new InvalidArgumentError("expected a whole number, 0 or more");
  }
  return parsed;
}
