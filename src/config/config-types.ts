import type { EnumStyle } from "../emit/emit-enum.js";
import type { Layout } from "../emit/emit-files.js";

/** Options that shape one target's output; the CLI flags of the same names override them. */
export interface TargetOptions {
  /** Language of every page (`ru-RU`), instead of detecting it per page. */
  locale?: string;
  /** `const` (default), `enum` or `union`. */
  enumStyle?: EnumStyle;
  /** Mark read-only properties `readonly` (default true). */
  readonly?: boolean;
  /** Emit the `"@odata.type"` literal on every interface (default true). */
  odataType?: boolean;
  /** `namespace` (default) or `file-per-type`. */
  layout?: Layout;
  /** Remove every file graph-typegen generated in the output folder before writing. */
  clean?: boolean;
}

/** One generation: pages in, a folder of TypeScript out. */
export interface TargetConfig {
  /** Shown in the summary line and used by `--target`; defaults to the output folder. */
  name?: string;
  /** Page files and folders, relative to the config file. */
  inputs: string[];
  /** Globs a page path must match (relative to the config file); all pages by default. */
  include?: string[];
  /** Globs of pages to leave out. */
  exclude?: string[];
  /** Output folder, relative to the config file. */
  out: string;
  options?: TargetOptions;
}

/**
 * A graph-typegen config file: `graph-typegen.config.{json,js,mjs,ts}` or the
 * `graphTypegen` key of package.json.
 */
export interface GraphTypegenConfig {
  /** Options every target starts from; a target's own options win. */
  options?: TargetOptions;
  /** Fail when a run reports more warnings than this. */
  maxWarnings?: number;
  targets: TargetConfig[];
}

/**
 * Type a config written in JavaScript or TypeScript; returns it unchanged.
 *
 * ```ts
 * export default defineConfig({ targets: [{ inputs: ["docs"], out: "src/graph" }] });
 * ```
 */
export function defineConfig(config: GraphTypegenConfig): GraphTypegenConfig {
  return config;
}
