import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
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

/** A short name for a value, for cache files and folders kept apart by it. */
export function scopeOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

/**
 * The folder, inside a cache folder, of the last run, link and printed declarations of one
 * target (its pages and output options, as `target` names them), made when missing: targets
 * sharing a cache folder each keep their own.
 */
export function targetCacheDir(dir: string, target: unknown): string {
  const folder = join(dir, "targets", scopeOf(target));
  mkdirSync(folder, { recursive: true });
  return folder;
}
