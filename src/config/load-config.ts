import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { defaultLoaders, lilconfig, type LilconfigResult, type Loader } from "lilconfig";

/** Where a config is looked for, in order, from the working folder up. */
export const configFiles = [
  "package.json",
  "graph-typegen.config.json",
  "graph-typegen.config.js",
  "graph-typegen.config.mjs",
  "graph-typegen.config.ts",
];

/** The key of package.json a config may live under. */
export const packageKey = "graphTypegen";

/** A config as found, before it is checked. */
export interface LoadedConfig {
  /** Path of the file it came from. */
  file: string;
  /** Folder its paths are relative to. */
  folder: string;
  config: unknown;
}

/** A config file that exists but cannot be read; its message names the file. */
export class ConfigError extends Error {}

/**
 * Find the config the usual way (package.json's `graphTypegen` key, then
 * `graph-typegen.config.{json,js,mjs,ts}`, from `cwd` up), or load the one `path` names.
 *
 * A `.ts` config is loaded through tsx, which must then be installed next to graph-typegen.
 */
export async function loadConfig(cwd: string, path?: string): Promise<LoadedConfig | undefined> {
  const searcher = lilconfig("graph-typegen", {
    searchPlaces: configFiles,
    packageProp: packageKey,
    loaders: {
      ".json": naming(defaultLoaders[".json"]!),
      ".js": naming(defaultLoaders[".js"]!),
      ".mjs": naming(defaultLoaders[".mjs"]!),
      ".ts": naming(loadTypeScript),
    },
  });
  let result: LilconfigResult;

  try {
    result = path ? await searcher.load(resolve(cwd, path)) : await searcher.search(cwd);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot read ${path ?? "the config"}: ${(error as Error).message}`);
  }

  if (!result) return undefined;
  return { file: result.filepath, folder: dirname(result.filepath), config: result.config };
}

/** A loader whose errors name the file they came from. */
function naming(loader: Loader): Loader {
  return async (file, content) => {
    try {
      return await loader(file, content);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`cannot read ${file}: ${(error as Error).message}`);
    }
  };
}

const loadTypeScript: Loader = async (file) => {
  let tsImport: (specifier: string, parent: string) => Promise<unknown>;
  try {
    ({ tsImport } = (await import("tsx/esm/api")) as { tsImport: typeof tsImport });
  } catch {
    throw new ConfigError(
      `${file} is TypeScript, which needs tsx to load: run 'npm install --save-dev tsx', or write the config as graph-typegen.config.json or .mjs`,
    );
  }

  const module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as {
    default?: unknown;
  };
  return unwrapDefault(module.default);
};

/** A default export, unwrapped once more where tsx hands back a CommonJS-style namespace. */
function unwrapDefault(value: unknown): unknown {
  const isNamespace =
    typeof value === "object" &&
    value !== null &&
    "default" in value &&
    Object.keys(value).length === 1;
  return isNamespace ? (value as { default: unknown }).default : value;
}
