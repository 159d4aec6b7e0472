import { readdirSync, rmdirSync } from "node:fs";
import { join } from "node:path";

/**
 * After removing the generated file `name` (`graph/user.ts`) from `dir`, remove the folders
 * of its path that are now empty, deepest first; `dir` itself is kept.
 */
export function removeEmptyFolders(dir: string, name: string): void {
  const segments = name.split("/").slice(0, -1);

  for (let depth = segments.length; depth > 0; depth--) {
    const folder = join(dir, ...segments.slice(0, depth));
    try {
      if (readdirSync(folder).length > 0) return;
      rmdirSync(folder);
    } catch {
      return;
    }
  }
}
