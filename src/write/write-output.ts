import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isSafeName, readManifest } from "./manifest.js";
import { planWrite } from "./plan-write.js";
import { recoverOutput, type Recovery } from "./recover-output.js";
import { journalName } from "./write-journal.js";
import { runWrite } from "./write-transaction.js";

/** What a write changed. */
export interface WriteResult {
  /** Files the user owns that generated files would replace; when any, nothing was written. */
  clashes: string[];
  written: string[];
  unchanged: string[];
  removed: string[];
  /** With `clean`, the files of ours that were there: rewritten or removed. */
  cleaned: string[];
  /**
   * What was found of an interrupted earlier write: `rolled-back` before this write began, or
   * `unreadable` (a journal graph-typegen did not write), in which case nothing was written.
   */
  recovery: Recovery;
}

/** A file of the output folder that differs from what the inputs produce. */
export interface Drift {
  file: string;
  /** `interrupted`: the folder holds a write that was interrupted; nothing else was compared. */
  reason: "missing" | "changed" | "stale" | "interrupted";
}

/**
 * Write generated files into `dir`, touching nothing else; with `clean`, rewrite every file
 * of ours and remove those no longer generated, even when the manifest was lost.
 *
 * An interrupted earlier write is rolled back first. Then only changed files are written: in
 * full to a staging folder inside `dir`, then moved into place under a journal, so a run
 * killed at any moment leaves a folder the next run returns to the previous output (see
 * `recoverOutput`). Files graph-typegen did not generate are never overwritten or removed: a
 * clash is reported before anything is written.
 */
export function writeOutput(
  dir: string,
  files: ReadonlyMap<string, string>,
  options: { clean?: boolean } = {},
): WriteResult {
  for (const name of files.keys()) {
    if (!isSafeName(name))
      throw new Error(
        `generated file name '${name}' leaves the output folder (expected a relative path)`,
      );
  }
  mkdirSync(dir, { recursive: true });

  const recovery = recoverOutput(dir);
  if (recovery === "unreadable") {
    return { clashes: [], written: [], unchanged: [], removed: [], cleaned: [], recovery };
  }
  const { staged, steps, ...result } = planWrite(dir, files, options);
  if (result.clashes.length === 0 && steps.length > 0) runWrite(dir, staged, steps);

  return { ...result, recovery };
}

/**
 * Compare generated files with the output folder without writing anything. A folder that
 * holds an interrupted write is not compared: its one drift is the journal, `interrupted`.
 */
export function checkOutput(dir: string, files: ReadonlyMap<string, string>): Drift[] {
  if (existsSync(join(dir, journalName))) return [{ file: journalName, reason: "interrupted" }];
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
