/*
 * Row names in languages written in Latin letters, where a translated name can look like an
 * identifier (`dispositivo` for `device`): which plain words were translated, and which are
 * English.
 */

import type { PropertyRow } from "./property-table.js";

/** One word of letters, as translation writes a name: not camel case. */
const plainWord = /^\p{L}\p{Ll}*$/u;

export function isPlainWord(name: string): boolean {
  return plainWord.test(name);
}

/**
 * A plain-word name that is the last word of the type it links to, as English names are
 * (`buckets` for plannerBucket, `Details`, capitalized by German, for plannerPlanDetails).
 */
export function namedForType(row: PropertyRow): boolean {
  const term = row.type?.alternatives[0];
  const typeName = fold(term?.kind === "named" ? (term.link.page ?? term.link.text) : "");
  const name = fold(row.name);
  return (
    isPlainWord(row.name) &&
    typeName !== "" &&
    [name, name.replace(/e?s$/, "")].some((word) => typeName.endsWith(word))
  );
}

/**
 * A plain-word name its own translated description repeats, so translated with it, unless
 * it is named for its type:
 *
 * ```markdown
 * |Cronograma|[Cronograma](schedule.md)|Cronograma de turno para essa equipe.|
 * ```
 */
export function namedAlong(row: PropertyRow): boolean {
  if (!isPlainWord(row.name) || namedForType(row)) return false;
  const name = fold(row.name);
  return fold(row.facts.text)
    .split(/[^\p{L}]+/u)
    .some((word) => word === name);
}

function fold(name: string): string {
  return name.toLowerCase();
}
