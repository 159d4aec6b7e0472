import type { Command } from "commander";
import type { TargetOptions } from "../config/config-types.js";
import type { EnumStyle } from "../emit/emit-enum.js";
import type { Layout } from "../emit/emit-files.js";

/** Options of `generate` as commander parses them. */
export interface GenerateCommandOptions {
  out?: string;
  config?: string;
  target?: string[];
  check?: boolean;
  clean?: boolean;
  locale?: string;
  enumStyle: EnumStyle;
  readonly?: boolean;
  odataType?: boolean;
  layout: Layout;
  reporter: "text" | "json";
  maxWarnings?: number;
  verbose?: boolean;
  quiet?: boolean;
  /** False with `--no-cache`. */
  cache: boolean;
  cacheDir?: string;
  watch?: boolean;
}

/** The command-line options that shape output, by their config key. */
const targetOptionKeys = [
  "locale",
  "enumStyle",
  "readonly",
  "odataType",
  "layout",
  "clean",
] as const;

/**
 * The target options the user typed on the command line, which override the config's.
 * Commander's defaults are left out: a config value wins over a default.
 */
export function typedTargetOptions(
  options: GenerateCommandOptions,
  command: Command,
): TargetOptions {
  const typed: Record<string, unknown> = {};

  for (const key of targetOptionKeys) {
    if (command.getOptionValueSource(key) === "cli") typed[key] = options[key];
  }
  return typed as TargetOptions;
}
