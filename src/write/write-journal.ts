import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isSafeName } from "./manifest.js";

/** Folder inside the output folder for new files (`new/`) and old ones moved aside (`old/`). */
export const stagingName = ".graph-typegen-staging";

/** File inside the output folder whose presence means a write is under way or was interrupted. */
export const journalName = ".graph-typegen-journal.json";

/**
 * One step of a write, each a single rename or folder operation, so a run killed between two
 * steps leaves a state the journal can undo. Paths are relative to the output folder.
 *
 * - `backup`: move the old `file` aside into the staging folder's `old/`.
 * - `create-folder`: make `folder`, which did not exist when the write was planned.
 * - `move-in`: move the new `file` from the staging folder's `new/` into place.
 * - `remove-folder`: remove `folder` when it is empty.
 */
export type WriteStep =
  | { kind: "backup"; file: string }
  | { kind: "create-folder"; folder: string }
  | { kind: "move-in"; file: string }
  | { kind: "remove-folder"; folder: string };

/** What the journal file records. */
interface Journal {
  generator: "graph-typegen";
  steps: WriteStep[];
}

const stepKinds = new Set(["backup", "create-folder", "move-in", "remove-folder"]);

/**
 * Record the steps of a write in `dir`, atomically: the journal is written in full inside the
 * staging folder, then renamed into place, so it is either absent or complete.
 */
export function writeJournal(dir: string, steps: readonly WriteStep[]): void {
  const journal: Journal = { generator: "graph-typegen", steps: [...steps] };
  const draft = join(dir, stagingName, "journal.json");

  mkdirSync(join(dir, stagingName), { recursive: true });
  writeFileSync(draft, `${JSON.stringify(journal, null, 2)}\n`);
  renameSync(draft, join(dir, journalName));
}

/**
 * The steps the journal of `dir` records: `undefined` when there is no journal, `"unreadable"`
 * when it is not a journal graph-typegen wrote (edited by hand, or a path that leaves `dir`).
 */
export function readJournal(dir: string): WriteStep[] | "unreadable" | undefined {
  const path = join(dir, journalName);
  if (!existsSync(path)) return undefined;

  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Partial<Journal>;
    const steps = Array.isArray(data.steps) ? (data.steps as unknown[]) : undefined;
    return steps?.every(isStep) ? steps : "unreadable";
  } catch {
    return "unreadable";
  }
}

function isStep(value: unknown): value is WriteStep {
  if (typeof value !== "object" || value === null) return false;
  const step = value as Record<string, unknown>;
  const path = step.kind === "backup" || step.kind === "move-in" ? step.file : step.folder;

  return stepKinds.has(step.kind as string) && typeof path === "string" && isSafeName(path);
}
