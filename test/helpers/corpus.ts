import { existsSync } from "node:fs";

/** The shared corpora, relative to the project root. */
export const corpora = {
  en: "../shared/corpus/en-2021-07/v1.0/resources",
  ru: "../shared/corpus/ru-2021-08/v1.0/resources",
} as const;

/** True when the corpus folder is there; says so once when it is not (a fresh clone). */
export function corpusPresent(dir: string): boolean {
  const present = existsSync(dir);
  if (!present)
    console.info(`corpus ${dir} is absent (a fresh clone has no ../shared); skipping its tests`);
  return present;
}
