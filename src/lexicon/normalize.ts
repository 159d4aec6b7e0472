/** Punctuation that may close a heading, label or header cell without changing its meaning. */
const trailingPunctuation = /[\s.:。]+$/u;

/** Apostrophes that machine translation uses interchangeably, such as `d’` and `d'`. */
const typographicApostrophes = /[\u2018\u2019\u02bc]/gu;

/**
 * Bring a phrase of a page into the form lexicon entries are written in.
 *
 * Applies NFKC (full-width `：` becomes `:`), lower case, one space for every run of
 * white space, plain apostrophes, and drops closing punctuation, so that these all
 * meet the entry `les valeurs possibles sont`:
 *
 * ```markdown
 * Les valeurs possibles sont :
 * LES  valeurs possibles sont.
 * ```
 */
export function normalizePhrase(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(typographicApostrophes, "'")
    .replace(/\s+/gu, " ")
    .trim();

  return folded.replace(trailingPunctuation, "");
}
