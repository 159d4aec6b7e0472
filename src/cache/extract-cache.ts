import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { PageSource } from "../extract/extract-page.js";
import type { PageExtract } from "../extract/page-extract.js";
import { codeFingerprint } from "./code-fingerprint.js";

/**
 * Page extracts stored by content hash, one file per page, under `<dir>/extracts/`.
 *
 * Entries hold the extract exactly as a worker thread would hand it back (V8's structured
 * serialization), so an extract read from the cache equals a fresh one.
 */
export interface ExtractCache {
  /** The entry for a key, or undefined when there is none or it cannot be read. */
  read(key: string): PageExtract | undefined;
  write(key: string, extract: PageExtract): void;
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

/** Open (and create when missing) the extract cache in `dir`. */
export function openExtractCache(dir: string): ExtractCache {
  const folder = join(dir, "extracts");
  mkdirSync(folder, { recursive: true });
  const pathOf = (key: string) => join(folder, `${key}.bin`);

  return {
    read(key) {
      try {
        return deserialize(readFileSync(pathOf(key))) as PageExtract;
      } catch {
        return undefined;
      }
    },
    write(key, extract) {
      const temporary = `${pathOf(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(extract));
      renameSync(temporary, pathOf(key));
    },
  };
}

/** An extract cache held in memory, for watch runs without a cache folder. */
export function memoryExtractCache(): ExtractCache {
  const entries = new Map<string, PageExtract>();

  return {
    read: (key) => entries.get(key),
    write: (key, extract) => void entries.set(key, extract),
  };
}
