import { closestName } from "./closest-name.js";
import type { GraphTypegenConfig, TargetOptions } from "./config-types.js";

/** Every option with its value: a target as a run needs it. */
export interface ResolvedOptions extends Required<Omit<TargetOptions, "locale">> {
  locale?: string;
}

/** One generation to run. */
export interface RunTarget {
  /** The config target's name (or its output folder); absent for command-line inputs. */
  name?: string;
  /** Folder `inputs`, globs and `out` are relative to. */
  cwd: string;
  inputs: string[];
  include?: string[];
  exclude?: string[];
  out: string;
  options: ResolvedOptions;
}

/** What an option is when neither the config nor the command line sets it. */
export const defaultOptions: ResolvedOptions = {
  enumStyle: "const",
  readonly: true,
  odataType: true,
  layout: "namespace",
  clean: false,
};

/**
 * The targets of a checked config, options merged in order: defaults, the config's shared
 * `options`, the target's own, then what the command line sets. `names` picks targets by
 * name (`--target`); an unknown name is an error that names the closest one.
 */
export function resolveTargets(
  config: GraphTypegenConfig,
  folder: string,
  overrides: TargetOptions,
  names: readonly string[] = [],
): { targets: RunTarget[] } | { problem: string } {
  const all: RunTarget[] = config.targets.map((target) => ({
    name: target.name ?? target.out,
    cwd: folder,
    inputs: target.inputs,
    ...(target.include ? { include: target.include } : {}),
    ...(target.exclude ? { exclude: target.exclude } : {}),
    out: target.out,
    options: { ...defaultOptions, ...config.options, ...target.options, ...overrides },
  }));

  const known = all.map((target) => target.name!);
  for (const name of names) {
    if (known.includes(name)) continue;
    const suggestion = closestName(name, known);
    return {
      problem: `no target named '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (targets: ${known.join(", ")})`,
    };
  }

  return {
    targets: names.length === 0 ? all : all.filter((target) => names.includes(target.name!)),
  };
}
