import { renameSync, writeFileSync } from "node:fs";

/** Write a cache file whole or not at all: to a file of this process's, then renamed. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}
