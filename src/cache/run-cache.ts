import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { GenerateResult } from "../generate.js";
import { codeFingerprint } from "./code-fingerprint.js";
import { writeAtomically } from "./write-atomically.js";

/** The last run: the key of everything it was made from, then its serialized result. */
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
 * The last run's result when its key is `key`, read only then. Only one run is kept: a run
 * that changes anything replaces it, so the cache does not grow with every edit.
 */
export function readRun(dir: string, key: string): GenerateResult | undefined {
  try {
    const bytes = readFileSync(join(dir, runFile));
    if (bytes.subarray(0, key.length).toString("latin1") !== key) return undefined;
    return deserialize(bytes.subarray(key.length)) as GenerateResult;
  } catch {
    return undefined;
  }
}

/** Keep a run's result as the last run. */
export function writeRun(dir: string, key: string, result: GenerateResult): void {
  writeAtomically(
    join(dir, runFile),
    Buffer.concat([Buffer.from(key, "latin1"), serialize(result)]),
  );
}
