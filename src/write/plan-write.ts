import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { filesWithHeader } from "./files-with-header.js";
import { generatedMarker, manifestName, manifestText, readManifest } from "./manifest.js";
import type { WriteStep } from "./write-journal.js";

/** What a write will do to an output folder, decided before anything is touched. */
export interface WritePlan {
  /** Files the user owns that generated files would replace; when any, nothing is written. */
  clashes: string[];
  written: string[];
  unchanged: string[];
  /** Files an earlier run generated that this one does not. */
  removed: string[];
  /** With `clean`, the files of ours that were there: rewritten or removed. */
  cleaned: string[];
  /** Texts to stage (changed files and, when it changed, the manifest), by path. */
  staged: Map<string, string>;
  steps: WriteStep[];
}

/**
 * Plan writing `files` into `dir`: which files change, which of ours go, and the steps that
 * move old files aside and new ones in. With `clean`, every file of ours is rewritten or
 * removed, those the manifest lists and those that open with the generated-file header.
 *
 * A file is only ever replaced or removed when it is ours: listed by the manifest or carrying
 * the generated-file marker, and for removal the marker is required (a manifest can be edited).
 */
export function planWrite(
  dir: string,
  files: ReadonlyMap<string, string>,
  options: { clean?: boolean } = {},
): WritePlan {
  const previous = new Set(readManifest(dir).files);
  const ours = options.clean ? new Set([...previous, ...filesWithHeader(dir)]) : previous;
  const plan: WritePlan = {
    clashes: [],
    written: [],
    unchanged: [],
    removed: [],
    cleaned: [],
    staged: new Map(),
    steps: [],
  };
  const text = (name: string) => readFileSync(join(dir, name), "utf8");

  // 1. Refuse to replace what the user owns.
  plan.clashes = findClashes(dir, files.keys(), previous);
  if (plan.clashes.length > 0) return plan;

  // 2. Sort files into changed, unchanged and no longer generated.
  const replaced: string[] = [];
  const added: string[] = [];
  const next = new Map([...files, [manifestName, manifestText([...files.keys()])]]);
  for (const [name, content] of next) {
    const exists = existsSync(join(dir, name));
    if (exists && !options.clean && text(name) === content) {
      if (name !== manifestName) plan.unchanged.push(name);
      continue;
    }
    plan.staged.set(name, content);
    if (name !== manifestName) plan.written.push(name);
    (exists ? replaced : added).push(name);
  }
  plan.removed = removable(
    dir,
    [...ours].filter((name) => !files.has(name)),
  );
  if (options.clean) {
    plan.cleaned = [...replaced.filter((name) => name !== manifestName), ...plan.removed].sort();
  }

  // 3. Old files aside, new folders, new files in, then folders left empty.
  plan.steps = [
    ...[...replaced, ...plan.removed].map((file): WriteStep => ({ kind: "backup", file })),
    ...foldersToCreate(dir, added).map((folder): WriteStep => ({ kind: "create-folder", folder })),
    ...[...plan.staged.keys()].map((file): WriteStep => ({ kind: "move-in", file })),
    ...removeFolderSteps(plan.removed),
  ];
  return plan;
}

/** Files among `names` that exist in `dir` but were not generated there, in order. */
export function findClashes(
  dir: string,
  names: Iterable<string>,
  previous: ReadonlySet<string>,
): string[] {
  return [...names].filter((name) => {
    const path = join(dir, name);
    return existsSync(path) && !previous.has(name) && !carriesMarker(path);
  });
}

/** Files among `names` that exist in `dir` and still carry the generated-file marker, sorted. */
export function removable(dir: string, names: readonly string[]): string[] {
  return [...names].sort().filter((name) => {
    const path = join(dir, name);
    return existsSync(path) && carriesMarker(path);
  });
}

/** A file whose text names graph-typegen as its author, anywhere in it. */
function carriesMarker(path: string): boolean {
  return readFileSync(path, "utf8").includes(generatedMarker);
}

/** Steps that remove the folders `removed` files leave empty, deepest first. */
export function removeFolderSteps(removed: readonly string[]): WriteStep[] {
  return foldersOf(removed)
    .reverse()
    .map((folder) => ({ kind: "remove-folder", folder }));
}

/** The folders of `names` (`a`, `a/b` for `a/b/c.ts`), parents before children. */
function foldersOf(names: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const name of names) {
    const segments = name.split("/");
    for (let depth = 1; depth < segments.length; depth++)
      folders.add(segments.slice(0, depth).join("/"));
  }
  return [...folders].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function foldersToCreate(dir: string, names: readonly string[]): string[] {
  return foldersOf(names).filter((folder) => !existsSync(join(dir, folder)));
}

function depth(folder: string): number {
  return folder.split("/").length;
}
