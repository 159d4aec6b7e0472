import { createHash } from "node:crypto";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { FileLayout } from "../emit/declaration-spans.js";
import type { GenerateResult } from "../generate.js";
import { codeFingerprint } from "./code-fingerprint.js";
import { readKeyed, writeKeyed } from "./keyed-file.js";

/** The last run, keyed by everything it was made from. */
const runFile = "last-run.bin";

/** What a run's files were emitted from, for a later run to print only what changed. */
export interface RunBasis {
  /** The linked model emitted (`LinkedModel.id`), with descriptions as of `extractKeys`. */
  linkId: string;
  /** The output options, as `emitKey` gives them. */
  emitKey: string;
  /** Each page's extract key, in page order. */
  extractKeys: string[];
  layouts: Map<string, FileLayout>;
}

/** A kept run. */
export interface LastRun {
  result: GenerateResult;
  basis?: RunBasis;
}

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

/** The kept run: its key at once, the run itself only when asked for. */
export interface KeptRun {
  key: string;
  /** The run, or undefined when it cannot be decoded. */
  load(): LastRun | undefined;
}

/**
 * The last run's result when its key is `key`. Only one run is kept: a run that changes
 * anything replaces it, so the cache does not grow with every edit.
 */
export function readRun(dir: string, key: string): GenerateResult | undefined {
  const last = readLastRun(dir);
  return last?.key === key ? last.load()?.result : undefined;
}

/** The last run, whatever its key, decoded only when loaded. */
export function readLastRun(dir: string): KeptRun | undefined {
  const file = readKeyed(join(dir, runFile));
  if (file === undefined) return undefined;
  const load = () => {
    try {
      return deserialize(file.rest) as LastRun;
    } catch {
      return undefined;
    }
  };
  return { key: file.key, load };
}

/** Keep a run's result, and what it was emitted from, as the last run. */
export function writeRun(dir: string, key: string, run: LastRun): void {
  writeKeyed(join(dir, runFile), key, serialize(run));
}
