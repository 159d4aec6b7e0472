import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { ts } from "ts-morph";
import type { PrintCache } from "../emit/printed-text.js";
import { codeFingerprint } from "./code-fingerprint.js";
import { writeAtomically } from "./write-atomically.js";

const printFile = "printed.bin";

/** What the print cache file holds: the printer it was made with, and its texts. */
interface PrintEntry {
  key: string;
  printed: Map<string, string>;
}

/** Kept texts depend on the generator's code and on the TypeScript printer. */
function printerKey(): string {
  return `${codeFingerprint()}\0${ts.version}`;
}

/** The declarations printed by the last run, or none when they were printed otherwise. */
export function readPrintCache(dir: string): PrintCache {
  try {
    const entry = deserialize(readFileSync(join(dir, printFile))) as PrintEntry;
    if (entry.key === printerKey()) return { printed: entry.printed, used: new Set() };
  } catch {
    // No cache yet, or one that cannot be read: print everything.
  }
  return { printed: new Map(), used: new Set() };
}

/** Keep the declarations this run used, and only those, for the next run. */
export function writePrintCache(dir: string, cache: PrintCache): void {
  const printed = new Map([...cache.used].map((key) => [key, cache.printed.get(key)!]));
  const entry: PrintEntry = { key: printerKey(), printed };
  writeAtomically(join(dir, printFile), serialize(entry));
}
