import { en } from "../lexicon/en.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { normalizePhrase } from "../lexicon/normalize.js";
import { piecesText, type InlinePiece } from "./inline-text.js";

/** What a description cell says about its property, beyond its text. */
export interface DescriptionFacts {
  text: string;
  readOnly: boolean;
  nullable: boolean;
  /** Backticked values after a "possible values" phrase, or after a colon (any language). */
  values: string[];
  /** Every backticked word of the description: clues for restoring translated enum members. */
  codeWords: string[];
  /** Runs of two or more code spans with only separators between them (any language). */
  valueRuns: string[][];
}

const codeMark = "\u0002";
const colonListPattern = new RegExp(
  `[:：]\\s*${codeMark}(?:[\\s,，、]*(?:\\p{L}{1,4}\\s+)?${codeMark})+`,
  "u",
);
const runPattern = new RegExp(
  `${codeMark}(?:\\s*[,，、;:：]?\\s*(?:\\p{L}{1,4}\\s+)?${codeMark})+`,
  "gu",
);

/**
 * Read the facts a description states in words: read-only, nullable, possible values.
 *
 * ```markdown
 * | status | String | Possible values are: `notStarted`, `running`. Read-only. Nullable. |
 * ```
 *
 * Phrases come from the page's lexicon and from English, which translations often keep.
 */
export function readDescriptionFacts(
  pieces: readonly InlinePiece[],
  lexicon: Lexicon,
): DescriptionFacts {
  const text = piecesText(pieces);
  const folded = normalizePhrase(
    pieces
      .map((piece) =>
        piece.kind === "code" ? codeMark : piece.kind === "link" ? piece.text : piece.value,
      )
      .join(""),
  );
  const codes = pieces.filter((piece) => piece.kind === "code").map((piece) => piece.value.trim());

  const has = (phrases: readonly string[]) => phrases.some((phrase) => folded.includes(phrase));
  const notNullable = has(lexicon.notNullable) || has(en.notNullable);
  const nullable = !notNullable && (has(lexicon.nullable) || has(en.nullable));

  const phrased = possibleValues(folded, codes, valuePhrases(lexicon));
  return {
    text,
    readOnly: has(lexicon.readOnly) || has(en.readOnly),
    nullable,
    values: phrased.length > 0 ? phrased : colonList(folded, codes),
    codeWords: [...new Set(codes.filter(isValueWord))],
    valueRuns: valueRuns(folded, codes),
  };
}

/** A value as enum lists write it: a word, not an operator, a query option or `null`. */
function isValueWord(value: string): boolean {
  return /^[\w.@-]+$/.test(value) && value !== "null";
}

/**
 * Two or more code spans listed right after a colon, the shape "possible values" sentences
 * have in every language, whatever their words:
 *
 * ```markdown
 * Mögliche Werte: `none`, `low`, `high`.   可能的值为：`none`、`low`。
 * ```
 */
function colonList(folded: string, codes: string[]): string[] {
  const list = colonListPattern.exec(folded);
  if (!list) return [];

  const before = folded.slice(0, list.index).split(codeMark).length - 1;
  const count = list[0].split(codeMark).length - 1;
  const values = codes.slice(before, before + count).filter(isValueWord);
  return values.length > 1 ? [...new Set(values)] : [];
}

/**
 * Every run of code spans that only separators and short words join, wherever it stands:
 *
 * ```markdown
 * Поддерживаемые значения `missed` : `subscriptionRemoved` , `reauthorizationRequired` .
 * ```
 */
function valueRuns(folded: string, codes: string[]): string[][] {
  const runs: string[][] = [];

  for (const run of folded.matchAll(runPattern)) {
    const before = folded.slice(0, run.index).split(codeMark).length - 1;
    const count = run[0].split(codeMark).length - 1;
    const values = codes.slice(before, before + count).filter(isValueWord);
    if (values.length > 1) runs.push(values);
  }
  return runs;
}

const compiledPhrases = new WeakMap<Lexicon, RegExp[]>();

/**
 * The "possible values" phrases of a lexicon and of English, each allowing one code span
 * between its words, where translation moved the first value:
 *
 * ```markdown
 * Возможные `Available` значения: , , `Away` `Busy`
 * ```
 */
function valuePhrases(lexicon: Lexicon): RegExp[] {
  let phrases = compiledPhrases.get(lexicon);
  if (!phrases) {
    phrases = [...new Set([...lexicon.possibleValues, ...en.possibleValues])].map((phrase) => {
      const words = phrase.split(" ").map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      return new RegExp(words.join(`\\s*(?:${codeMark}\\s*)?`), "u");
    });
    compiledPhrases.set(lexicon, phrases);
  }
  return phrases;
}

/** The code spans from the first "possible values" phrase on, `null` left out. */
function possibleValues(folded: string, codes: string[], phrases: readonly RegExp[]): string[] {
  let at = -1;
  for (const phrase of phrases) {
    const found = phrase.exec(folded)?.index ?? -1;
    if (found !== -1 && (at === -1 || found < at)) at = found;
  }
  if (at === -1) return [];

  const before = folded.slice(0, at).split(codeMark).length - 1;
  return [...new Set(codes.slice(before).filter(isValueWord))];
}
