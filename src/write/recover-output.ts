import { existsSync, rmSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { journalName, readJournal, stagingName, type WriteStep } from "./write-journal.js";
import { undoStep } from "./write-steps.js";

/**
 * What recovery found in an output folder: `none`, no interrupted write; `rolled-back`, one
 * was undone and the folder holds the previous output again; `unreadable`, the journal is not
 * one graph-typegen wrote, and the folder was left alone.
 */
export type Recovery = "none" | "rolled-back" | "unreadable";

/**
 * Return `dir` to the output it held before a write that was interrupted (killed, or stopped
 * by an error) while moving files into place: restore the files it moved aside, take back the
 * files it moved in, remake or remove the folders it changed, then drop the journal and the
 * staging folder. A staging folder without a journal is dropped too; it is all that is left of
 * a write stopped before its first move or after its last.
 */
export function recoverOutput(dir: string): Recovery {
  const steps = readJournal(dir);
  if (steps === "unreadable") return "unreadable";

  if (steps !== undefined) rollBack(dir, steps);
  rmSync(join(dir, stagingName), { recursive: true, force: true });

  return steps === undefined ? "none" : "rolled-back";
}

/** Undo `steps` in `dir`, last first, then remove the journal that recorded them. */
export function rollBack(dir: string, steps: readonly WriteStep[]): void {
  for (const step of [...steps].reverse()) undoStep(dir, step);

  if (existsSync(join(dir, journalName))) unlinkSync(join(dir, journalName));
}
