import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { stagingName, type WriteStep } from "./write-journal.js";

/** Take one step of a write in `dir`: one rename, or one folder made or removed. */
export function runStep(dir: string, step: WriteStep): void {
  const { live, staged } = places(dir, step);

  switch (step.kind) {
    case "backup":
      mkdirSync(dirname(staged), { recursive: true });
      renameSync(live, staged);
      return;
    case "create-folder":
      mkdirSync(live, { recursive: true });
      return;
    case "move-in":
      renameSync(staged, live);
      return;
    case "remove-folder":
      if (readdirSync(live).length === 0) rmdirSync(live);
      return;
  }
}

/**
 * Undo one step of a write in `dir`, judging from what is on disk whether it was taken, so
 * undoing is right whether the run stopped before, after or inside it, and can be repeated
 * when a roll-back is itself interrupted. Steps are undone last first.
 */
export function undoStep(dir: string, step: WriteStep): void {
  const { live, staged } = places(dir, step);

  switch (step.kind) {
    case "backup":
      // Its folder is there: it was when the write began, and folders removed are made again
      // first (their steps come later).
      if (existsSync(staged)) renameSync(staged, live);
      return;
    case "create-folder":
      if (existsSync(live) && readdirSync(live).length === 0) rmdirSync(live);
      return;
    case "move-in":
      if (existsSync(staged) || !existsSync(live)) return;
      mkdirSync(dirname(staged), { recursive: true });
      renameSync(live, staged);
      return;
    case "remove-folder":
      mkdirSync(live, { recursive: true });
      return;
  }
}

/** Where a step's path lives in the output folder, and where in the staging folder. */
function places(dir: string, step: WriteStep): { live: string; staged: string } {
  const path = step.kind === "backup" || step.kind === "move-in" ? step.file : step.folder;
  const side = step.kind === "move-in" ? "new" : "old";

  return { live: join(dir, path), staged: join(dir, stagingName, side, path) };
}
