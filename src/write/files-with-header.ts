import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedMarker } from "./manifest.js";
import { stagingName } from "./write-journal.js";

/** Folders of the output never looked into. */
const skippedFolders = new Set(["node_modules", ".git", stagingName]);

/**
 * `.ts` files under `dir` that open with the generated-file header: graph-typegen's, even when
 * the manifest that listed them was lost.
 */
export function filesWithHeader(dir: string, folder = ""): string[] {
  const found: string[] = [];

  for (const entry of readdirSync(join(dir, folder)).sort()) {
    const name = folder === "" ? entry : `${folder}/${entry}`;
    const stats = lstatSync(join(dir, name));
    if (stats.isDirectory() && !skippedFolders.has(entry)) {
      found.push(...filesWithHeader(dir, name));
    } else if (stats.isFile() && entry.endsWith(".ts") && opensWithHeader(join(dir, name))) {
      found.push(name);
    }
  }
  return found;
}

function opensWithHeader(path: string): boolean {
  const start = readFileSync(path, "utf8").slice(0, 200);
  return start.startsWith(`/**\n * ${generatedMarker}`);
}
