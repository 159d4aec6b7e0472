import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { GenerateResult } from "../generate.js";
import { codeFingerprint } from "./code-fingerprint.js";

/** The result of the last run, and the key of everything it was made from. */
interface RunEntry {
  key: string;
  result: GenerateResult;
}

const runFile = "last-run.bin";

/**
 * The key of a whole run: every page's extract key in order, the output options and what
 * reading the inputs reported. Equal keys give equal results, byte for byte.
 */
export function runKey(
  pageKeys: readonly string[],
  options: object,
  readDiagnostics: readonly Diagnostic[],
): string {
  const hash = createHash("sha256").update(codeFingerprint());

  hash.update(JSON.stringify(options)).update(JSON.stringify(readDiagnostics));
  for (const key of pageKeys) hash.update(key);

  return hash.digest("hex");
}

/**
 * The last run's result when its key is `key`. Only one run is kept: a run that changes
 * anything replaces it, so the cache does not grow with every edit.
 */
export function readRun(dir: string, key: string): GenerateResult | undefined {
  try {
    const entry = deserialize(readFileSync(join(dir, runFile))) as RunEntry;
    return entry.key === key ? entry.result : undefined;
  } catch {
    return undefined;
  }
}

/** Keep a run's result as the last run. */
export function writeRun(dir: string, key: string, result: GenerateResult): void {
  const temporary = join(dir, `${runFile}.${process.pid}.tmp`);
  const entry: RunEntry = { key, result };

  writeFileSync(temporary, serialize(entry));
  renameSync(temporary, join(dir, runFile));
}
