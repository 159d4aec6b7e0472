import { readFileSync } from "node:fs";

/**
 * The text of a file a diagnostic names, for the excerpt under it; undefined for a file that
 * cannot be read.
 */
export function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
