import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { version } from "../version.js";

/** Version of what a cache entry holds; raised when its layout changes. */
export const cacheSchemaVersion = 2;

let fingerprint: string | undefined;

/**
 * A hash of the generator itself: package version, cache schema, and the text of every
 * module of the running code (`src/` from source, `dist/` when built).
 *
 * Cache entries are keyed by it, so a change to any extraction rule, even without a new
 * version number, starts from an empty cache instead of reusing stale extracts.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;

  const root = fileURLToPath(new URL("..", import.meta.url));
  const hash = createHash("sha256").update(`${version}\0${cacheSchemaVersion}\0`);
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(root + file));

  fingerprint = hash.digest("hex");
  return fingerprint;
}
