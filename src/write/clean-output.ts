import { existsSync } from "node:fs";
import { join } from "node:path";
import { filesWithHeader } from "./files-with-header.js";
import { manifestName, readManifest } from "./manifest.js";
import { findClashes, removable, removeFolderSteps } from "./plan-write.js";
import { recoverOutput } from "./recover-output.js";
import type { WriteStep } from "./write-journal.js";
import { runWrite } from "./write-transaction.js";

/**
 * `--clean` on its own: remove every file graph-typegen generated in `dir`, and the folders
 * that leaves empty, so the next write starts from nothing of ours. A file is ours when the
 * manifest lists it or it opens with the generated-file header (an output whose manifest was
 * lost), and it still carries the marker; anything else is the user's and stays.
 *
 * Nothing is removed when one of `files` would replace a file of the user's, or when the
 * folder holds an interrupted write that cannot be read. The removal runs under a journal like
 * a write (see `writeOutput`), after rolling back an interrupted one. `writeOutput` with
 * `clean` does both in one write, so the previous output is kept until the new one stands.
 */
export function cleanOutput(dir: string, files: ReadonlyMap<string, string>): string[] {
  if (!existsSync(dir) || recoverOutput(dir) === "unreadable") return [];
  const previous = readManifest(dir).files;
  if (findClashes(dir, files.keys(), new Set(previous)).length > 0) return [];

  const removed = removable(dir, [...new Set([...previous, ...filesWithHeader(dir)])]);
  const manifest = existsSync(join(dir, manifestName)) ? [manifestName] : [];
  const steps: WriteStep[] = [
    ...[...removed, ...manifest].map((file): WriteStep => ({ kind: "backup", file })),
    ...removeFolderSteps(removed),
  ];
  if (steps.length > 0) runWrite(dir, new Map(), steps);

  return removed;
}
