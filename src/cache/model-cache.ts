import { createHash } from "node:crypto";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ApiModel } from "../model/api-model.js";
import { codeFingerprint } from "./code-fingerprint.js";
import { readKeyed, writeKeyed } from "./keyed-file.js";

/** Which link a kept model is: its id and the extracts it was made from. */
export interface LinkHead {
  /** Names this link among all links of the same pages: a hash of its key and extract keys. */
  id: string;
  /** Each page's extract key, in page order. */
  extractKeys: string[];
}

/** The model a full link made. */
export interface LinkedModel extends LinkHead {
  model: ApiModel;
  /** What extracting those pages and linking them reported, in that order. */
  diagnostics: Diagnostic[];
}

/** A kept link: its head at once, its model only when asked for. */
export interface KeptLink extends LinkHead {
  /** The linked model, or undefined when it cannot be read. */
  load(): LinkedModel | undefined;
}

/** The last link, keyed: the length of its head, the head, then the model. */
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

/** The last link when its key is `key`, read only then; its model is read on demand. */
export function readModel(dir: string, key: string): KeptLink | undefined {
  const bytes = readKeyed(join(dir, modelFile), key)?.rest;
  if (bytes === undefined) return undefined;
  try {
    const headEnd = 4 + bytes.readUInt32LE(0);
    const head = deserialize(bytes.subarray(4, headEnd)) as LinkHead;
    if (typeof head?.id !== "string" || !Array.isArray(head.extractKeys)) return undefined;
    const load = () => {
      try {
        const body = deserialize(bytes.subarray(headEnd)) as Omit<LinkedModel, keyof LinkHead>;
        return { ...head, ...body };
      } catch {
        return undefined;
      }
    };
    return { ...head, load };
  } catch {
    return undefined;
  }
}

/** Keep a link as the last one. */
export function writeModel(dir: string, key: string, linked: LinkedModel): void {
  const { id, extractKeys, ...body } = linked;
  const head = serialize({ id, extractKeys });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  writeKeyed(join(dir, modelFile), key, Buffer.concat([length, head, serialize(body)]));
}
