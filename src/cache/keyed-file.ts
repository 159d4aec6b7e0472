import { readFileSync } from "node:fs";
import { writeAtomically } from "./write-atomically.js";

/**
 * Write a cache file that opens with the key of what it holds and a NUL, so that a reader
 * can tell whether the rest is what it wants before decoding any of it.
 */
export function writeKeyed(path: string, key: string, bytes: Uint8Array): void {
  writeAtomically(path, Buffer.concat([Buffer.from(`${key}\0`, "latin1"), bytes]));
}

/**
 * A keyed file's key and the bytes after it; with `key`, only when the file's key is that.
 * Undefined when the file is missing, cannot be read or is keyed otherwise.
 */
export function readKeyed(path: string, key?: string): { key: string; rest: Buffer } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(0);
  if (end < 0) return undefined;
  const found = bytes.subarray(0, end).toString("latin1");
  if (key !== undefined && found !== key) return undefined;
  return { key: found, rest: bytes.subarray(end + 1) };
}
