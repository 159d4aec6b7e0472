import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { removeEmptyFolders } from "./remove-empty-folders.js";
import {
  generatedMarker,
  isSafeName,
  manifestName,
  manifestText,
  readManifest,
} from "./manifest.js";

/** What a write changed. */
export interface WriteResult {
  /** Files the user owns that generated files would replace; when any, nothing was written. */
  clashes: string[];
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** A file of the output folder that differs from what the inputs produce. */
export interface Drift {
  file: string;
  reason: "missing" | "changed" | "stale";
}

const stagingName = ".graph-typegen-staging";

/**
 * Write generated files into `dir`, touching nothing else.
 *
 * Every file is first written in full to a staging folder inside `dir`; only then are the
 * changed files moved into place, each by one atomic rename, and files that an earlier run
 * generated but this one does not are removed. A run stopped before that point leaves the
 * previous output as it was. Files graph-typegen did not generate are never overwritten or
 * removed: a clash is reported before anything is written.
 */
export function writeOutput(dir: string, files: ReadonlyMap<string, string>): WriteResult {
  for (const name of files.keys()) {
    if (!isSafeName(name))
      throw new Error(
        `generated file name '${name}' leaves the output folder (expected a relative path)`,
      );
  }
  mkdirSync(dir, { recursive: true });
  const previous = new Set(readManifest(dir).files);
  const result: WriteResult = { clashes: [], written: [], unchanged: [], removed: [] };

  // 1. Refuse to replace what the user owns.
  for (const name of files.keys()) {
    const path = join(dir, name);
    if (
      existsSync(path) &&
      !previous.has(name) &&
      !readFileSync(path, "utf8").includes(generatedMarker)
    ) {
      result.clashes.push(name);
    }
  }
  if (result.clashes.length > 0) return result;

  // 2. Stage every changed file in full.
  const staging = join(dir, stagingName);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, text] of files) {
    const path = join(dir, name);
    if (existsSync(path) && readFileSync(path, "utf8") === text) {
      result.unchanged.push(name);
      continue;
    }
    mkdirSync(dirname(join(staging, name)), { recursive: true });
    writeFileSync(join(staging, name), text);
    result.written.push(name);
  }
  writeFileSync(join(staging, manifestName), manifestText([...files.keys()]));

  // 3. Move staged files into place, then drop what is no longer generated.
  for (const name of result.written) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    renameSync(join(staging, name), join(dir, name));
  }
  for (const name of previous) {
    if (files.has(name) || !existsSync(join(dir, name))) continue;
    // A manifest can be edited; only a file that says it is generated is ever removed.
    if (!readFileSync(join(dir, name), "utf8").includes(generatedMarker)) continue;
    unlinkSync(join(dir, name));
    removeEmptyFolders(dir, name);
    result.removed.push(name);
  }
  renameSync(join(staging, manifestName), join(dir, manifestName));
  rmSync(staging, { recursive: true, force: true });

  return result;
}

/**
 * Compare generated files with the output folder without writing anything.
 */
export function checkOutput(dir: string, files: ReadonlyMap<string, string>): Drift[] {
  const drift: Drift[] = [];

  for (const [name, text] of files) {
    const path = join(dir, name);
    if (!existsSync(path)) drift.push({ file: name, reason: "missing" });
    else if (readFileSync(path, "utf8") !== text) drift.push({ file: name, reason: "changed" });
  }
  for (const name of readManifest(dir).files) {
    if (!files.has(name) && existsSync(join(dir, name)))
      drift.push({ file: name, reason: "stale" });
  }

  return drift;
}
