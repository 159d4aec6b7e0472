import { isAbsolute, join, relative, resolve } from "node:path";

/** Where the cache goes by default, relative to the working folder. */
export const defaultCacheDir = join("node_modules", ".cache", "graph-typegen");

/** The cache folder a run uses, or why the one asked for cannot be used. */
export type CacheDirChoice = { dir?: string; problem?: string };

/**
 * Pick the cache folder from `--cache-dir` and `--no-cache`: none when caching is off,
 * the default under `node_modules/.cache` when no folder is named. A cache inside the
 * output folder is refused, since the output holds only generated files.
 */
export function chooseCacheDir(
  options: { cache: boolean; cacheDir?: string; out?: string },
  cwd = process.cwd(),
): CacheDirChoice {
  if (!options.cache) return {};

  const dir = resolve(cwd, options.cacheDir ?? defaultCacheDir);
  if (options.out === undefined) return { dir };
  const fromOut = relative(resolve(cwd, options.out), dir);
  if (fromOut === "" || (!fromOut.startsWith("..") && !isAbsolute(fromOut))) {
    return { problem: `cache folder '${dir}' is inside the output folder '${options.out}'` };
  }

  return { dir };
}
