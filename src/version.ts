import { readFileSync } from "node:fs";

/** The package version, which also keys caches and appears in output headers. */
export const version: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;
