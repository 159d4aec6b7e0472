import { existsSync, lstatSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { generatedMarker, manifestName, readManifest } from "./manifest.js";
import { removeEmptyFolders } from "./remove-empty-folders.js";

/** Folders of the output never looked into. */
const skippedFolders = new Set(["node_modules", ".git"]);

/**
 * `--clean`: remove every file graph-typegen generated in `dir`, and the folders that leaves
 * empty, so the next write starts from nothing of ours. A file is ours when the manifest
 * lists it or it opens with the generated-file header (an output whose manifest was lost);
 * anything else is the user's and stays.
 *
 * Nothing is removed when one of `files` would replace a file of the user's: the write that
 * follows refuses it and reports the clash, and the previous output is kept.
 */
export function cleanOutput(dir: string, files: ReadonlyMap<string, string>): string[] {
  if (!existsSync(dir)) return [];
  const ours = new Set([...readManifest(dir).files, ...filesWithHeader(dir, "")]);

  for (const name of files.keys()) {
    if (existsSync(join(dir, name)) && !ours.has(name)) return [];
  }

  const removed: string[] = [];
  for (const name of [...ours].sort()) {
    if (!existsSync(join(dir, name))) continue;
    unlinkSync(join(dir, name));
    removeEmptyFolders(dir, name);
    removed.push(name);
  }
  if (existsSync(join(dir, manifestName))) unlinkSync(join(dir, manifestName));

  return removed;
}

/** `.ts` files under `dir/folder` that open with the generated-file header. */
function filesWithHeader(dir: string, folder: string): string[] {
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
