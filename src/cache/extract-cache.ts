import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { PageSource } from "../extract/extract-page.js";
import type { PageExtract } from "../extract/page-extract.js";
import { scopeOf } from "./cache-dir.js";
import { codeFingerprint } from "./code-fingerprint.js";
import { writeAtomically } from "./write-atomically.js";

/**
 * Page extracts by content hash: those the last run over a set of pages used, in one file
 * per set under `<dir>/extracts/`, so that a run opens one file, not one per page, and
 * several targets sharing a cache folder keep theirs apart.
 *
 * Entries hold the extract exactly as a worker thread would hand it back (V8's structured
 * serialization), so an extract read from the cache equals a fresh one.
 */
export interface ExtractCache {
  /** The entry for a key, or undefined when there is none or it cannot be read. */
  read(key: string): PageExtract | undefined;
  write(key: string, extract: PageExtract): void;
  /** Mark an entry as used without reading it; false when there is none. */
  keep(key: string): boolean;
  /** Keep the entries read, written or kept since the cache was opened, and only those. */
  save(): void;
}

/**
 * The cache key of a page: its text, its path (which diagnostics name), the `--locale`
 * option and the generator's code fingerprint.
 */
export function extractKey(source: PageSource): string {
  return createHash("sha256")
    .update(`${codeFingerprint()}\0${source.locale ?? ""}\0${source.file}\0`)
    .update(source.text)
    .digest("hex");
}

/**
 * Open (and create when missing) the extract cache in `dir` for one set of pages: `pages`
 * names it (the inputs, the globs that filter them, the locale).
 */
export function openExtractCache(dir: string, pages: unknown): ExtractCache {
  const folder = join(dir, "extracts");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `last-run-${scopeOf(pages)}.bin`);
  const lastRun = readEntries(file);
  const used = new Map<string, Uint8Array>();
  const bytesOf = (key: string) => lastRun.get(key) ?? used.get(key);

  return {
    read(key) {
      const bytes = bytesOf(key);
      if (bytes === undefined) return undefined;
      try {
        const extract = deserialize(bytes) as PageExtract;
        used.set(key, bytes);
        return extract;
      } catch {
        return undefined;
      }
    },
    write(key, extract) {
      used.set(key, serialize(extract));
    },
    keep(key) {
      const bytes = bytesOf(key);
      if (bytes !== undefined) used.set(key, bytes);
      return bytes !== undefined;
    },
    save() {
      const same = used.size === lastRun.size && [...used.keys()].every((key) => lastRun.has(key));
      if (!same) writeAtomically(file, serialize(used));
    },
  };
}

/** An extract cache held in memory, for watch runs without a cache folder. */
export function memoryExtractCache(): ExtractCache {
  const entries = new Map<string, PageExtract>();

  return {
    read: (key) => entries.get(key),
    write: (key, extract) => void entries.set(key, extract),
    keep: (key) => entries.has(key),
    save: () => undefined,
  };
}

/** The serialized entries of a file of them, by key; none when it cannot be read. */
function readEntries(path: string): Map<string, Uint8Array> {
  try {
    const entries: unknown = deserialize(readFileSync(path));
    if (entries instanceof Map) return entries as Map<string, Uint8Array>;
  } catch {
    // No entries yet, or a file that cannot be read: every page is extracted again.
  }
  return new Map();
}
