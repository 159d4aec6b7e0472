import { relative, resolve } from "node:path";
import type { TargetOptions } from "../config/config-types.js";
import { configFiles, ConfigError, loadConfig, packageKey } from "../config/load-config.js";
import { defaultOptions, resolveTargets, type RunTarget } from "../config/resolve-targets.js";
import { validateConfig } from "../config/validate-config.js";
import type { GenerateCommandOptions } from "./generate-options.js";

/** What a run does: its targets and its warning limit; or why it cannot run. */
export type RunPlan = { targets: RunTarget[]; maxWarnings?: number } | { problem: string };

/**
 * Decide the targets of `generate`. Inputs on the command line make one target and read no
 * config; without inputs, the config (found the usual way, or named by `--config`) gives
 * the targets, and the options typed on the command line override theirs.
 */
export async function planRun(
  inputs: readonly string[],
  options: GenerateCommandOptions,
  typed: TargetOptions,
  cwd: string,
): Promise<RunPlan> {
  // 1. A one-off run from the command line.
  if (inputs.length > 0) {
    if (options.config !== undefined) {
      return { problem: "give inputs or --config, not both" };
    }
    if (options.out === undefined) {
      return {
        problem:
          "required option '-o, --out <dir>' not specified (with inputs on the command line)",
      };
    }
    const target: RunTarget = {
      cwd,
      inputs: [...inputs],
      out: options.out,
      options: { ...defaultOptions, ...typed },
    };
    return { targets: [target], ...maxWarningsOf(options.maxWarnings) };
  }

  // 2. The config's targets.
  let loaded;
  try {
    loaded = await loadConfig(cwd, options.config);
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.message };
    throw error;
  }
  if (!loaded) {
    return {
      problem: `no inputs given and no config found (looked for ${configFiles.filter((file) => file !== "package.json").join(", ")} and a "${packageKey}" key in package.json, from ${cwd} up); run 'graph-typegen generate <inputs...> -o <dir>' or add a config`,
    };
  }
  const shown = relative(cwd, loaded.file) || loaded.file;
  const checked = validateConfig(loaded.config);
  if (!("config" in checked)) {
    const lines = checked.problems.map((problem) => `  ${problem.path}: ${problem.message}`);
    return { problem: `${shown} is not a valid config:\n${lines.join("\n")}` };
  }

  const resolved = resolveTargets(checked.config, loaded.folder, typed, options.target);
  if ("problem" in resolved) return { problem: `${shown}: ${resolved.problem}` };
  if (options.out !== undefined) {
    if (resolved.targets.length > 1) {
      return { problem: "-o, --out applies to one target; pick one with --target <name>" };
    }
    resolved.targets[0]!.out = resolve(cwd, options.out);
  }

  return {
    targets: resolved.targets,
    ...maxWarningsOf(options.maxWarnings ?? checked.config.maxWarnings),
  };
}

function maxWarningsOf(value: number | undefined): { maxWarnings?: number } {
  return value === undefined ? {} : { maxWarnings: value };
}
