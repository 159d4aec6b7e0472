import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ApiModel } from "../model/api-model.js";
import { codeFingerprint } from "./code-fingerprint.js";
import { writeAtomically } from "./write-atomically.js";

/** The model the last full link made, and the extracts it was made from. */
export interface LinkedModel {
  /** Names this link among all links of the same pages: a hash of its key and extract keys. */
  id: string;
  /** Each page's extract key, in page order. */
  extractKeys: string[];
  model: ApiModel;
  /** What extracting those pages and linking them reported, in that order. */
  diagnostics: Diagnostic[];
}

/** The last link: its key, then the serialized model. */
const modelFile = "last-model.bin";

/** The key of a link: the generator's code, the pages in order and what reading reported. */
export function modelKey(files: readonly string[], readDiagnostics: readonly Diagnostic[]): string {
  return createHash("sha256")
    .update(codeFingerprint())
    .update(JSON.stringify(files))
    .update(JSON.stringify(readDiagnostics))
    .digest("hex");
}

/** The id of the link of pages with these extract keys under `key`. */
export function linkId(key: string, extractKeys: readonly string[]): string {
  const hash = createHash("sha256").update(key);
  for (const extractKey of extractKeys) hash.update(extractKey);
  return hash.digest("hex");
}

/** The last link when its key is `key`, read only then. */
export function readModel(dir: string, key: string): LinkedModel | undefined {
  try {
    const bytes = readFileSync(join(dir, modelFile));
    if (bytes.subarray(0, key.length).toString("latin1") !== key) return undefined;
    return deserialize(bytes.subarray(key.length)) as LinkedModel;
  } catch {
    return undefined;
  }
}

/** Keep a link as the last one. */
export function writeModel(dir: string, key: string, linked: LinkedModel): void {
  writeAtomically(
    join(dir, modelFile),
    Buffer.concat([Buffer.from(key, "latin1"), serialize(linked)]),
  );
}
