import { mkdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { rollBack } from "./recover-output.js";
import { journalName, stagingName, writeJournal, type WriteStep } from "./write-journal.js";
import { runStep } from "./write-steps.js";

/**
 * Carry out a planned write in `dir` so that a run killed at any point can be undone:
 *
 * 1. write every new file in full to the staging folder (the output is not touched yet);
 * 2. record the steps in the journal, which appears whole or not at all;
 * 3. take the steps, each one rename or folder operation;
 * 4. remove the journal (from here on the write stands), then the staging folder.
 *
 * A step that fails (a full disk, a folder the user made read-only) rolls the write back
 * before the error is passed on.
 */
export function runWrite(
  dir: string,
  staged: ReadonlyMap<string, string>,
  steps: readonly WriteStep[],
): void {
  beginWrite(dir, staged, steps);

  try {
    for (const step of steps) runStep(dir, step);
  } catch (error) {
    rollBack(dir, steps);
    rmSync(join(dir, stagingName), { recursive: true, force: true });
    throw error;
  }

  finishWrite(dir);
}

/** Steps 1 and 2: stage the new files and record the journal. */
export function beginWrite(
  dir: string,
  staged: ReadonlyMap<string, string>,
  steps: readonly WriteStep[],
): void {
  const staging = join(dir, stagingName);
  rmSync(staging, { recursive: true, force: true });

  for (const [name, text] of staged) {
    mkdirSync(dirname(join(staging, "new", name)), { recursive: true });
    writeFileSync(join(staging, "new", name), text);
  }
  writeJournal(dir, steps);
}

/** Step 4: the write stands once the journal is gone; the old files are dropped after. */
export function finishWrite(dir: string): void {
  unlinkSync(join(dir, journalName));
  rmSync(join(dir, stagingName), { recursive: true, force: true });
}
