import { en } from "./en.js";
import { findLexicon, lexicons } from "./index.js";
import type { Lexicon } from "./lexicon.js";
import { normalizePhrase } from "./normalize.js";

/** How much prose the guess reads; the opening of a page shows its language. */
const sampleLength = 8192;

/** How much of the raw page is scanned to find that prose past code and comments. */
const scanLength = 65536;

/** A script that names its language alone, checked in this order before any word count. */
const scriptRules: readonly { locale: string; letters: RegExp }[] = [
  { locale: "ru-RU", letters: /\p{Script=Cyrillic}/gu },
  { locale: "ko-KR", letters: /\p{Script=Hangul}/gu },
  { locale: "ja-JP", letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
];

/** Han characters without kana or Hangul: Chinese, simplified or traditional. */
const hanLetters = /\p{Script=Han}/gu;

/** Characters written one way in simplified and another in traditional Chinese, pair by pair. */
const simplifiedMarks = "类属说关这个为们发现对与实应从读将时间设备务组资数据";
const traditionalMarks = "類屬說關這個為們發現對與實應從讀將時間設備務組資數據";

/** A script counts once it has this many letters and this share of all letters. */
const scriptMinimumCount = 8;
const scriptMinimumShare = 0.05;

/** Markup whose words were never translated: English shadow text, tags, targets, code. */
const untranslated: readonly RegExp[] = [
  /<span class="sxs-lookup">.*?<\/span><\/span>/gu,
  /<[^>]*>/gu,
  /\]\([^)]*\)/gu,
  /`[^`]*`/gu,
  /https?:\/\/\S+/gu,
];

/** Every detection phrase of every lexicon, normalized, with the lexicons it speaks for. */
const detectionPhrases = new Map<string, Lexicon[]>();
for (const lexicon of lexicons) {
  for (const word of lexicon.detectionWords) {
    const phrase = normalizePhrase(word);
    detectionPhrases.set(phrase, [...(detectionPhrases.get(phrase) ?? []), lexicon]);
  }
}
/** Every phrase's first words, so that a word run no phrase starts with is left at once. */
const phraseStarts = new Set<string>();
for (const phrase of detectionPhrases.keys()) {
  const words = phrase.split(" ");
  for (let size = 1; size <= words.length; size += 1)
    phraseStarts.add(words.slice(0, size).join(" "));
}

/**
 * The lexicon a page is written in.
 *
 * `forced` (from `--locale`) wins, then the front matter's `ms.contentlocale`; a tag no
 * lexicon knows is passed over. Otherwise the prose decides, fenced code and HTML comments
 * left out: a script of its own (Cyrillic, Hangul, kana, Han), else whole-word hits of each
 * lexicon's detection words, with English kept unless another language scores higher.
 *
 * ```markdown
 * ms.contentlocale: ru-RU
 * ```
 */
export function detectLocale(input: {
  contentLocale?: string;
  text: string;
  forced?: string;
}): Lexicon {
  for (const tag of [input.forced, input.contentLocale]) {
    const lexicon = tag === undefined ? undefined : findLexicon(tag);
    if (lexicon !== undefined) return lexicon;
  }

  const sample = proseSample(input.text);
  return guessByScript(sample) ?? guessByWords(sample);
}

/** The first {@link sampleLength} characters of prose, without code, comments or markup. */
function proseSample(text: string): string {
  const kept: string[] = [];
  let keptLength = 0;
  let fence: string | undefined;
  let inComment = false;

  for (const line of text.slice(0, scanLength).split("\n")) {
    if (keptLength >= sampleLength) break;
    const opener = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (!inComment && opener !== undefined) {
      fence = opener;
      continue;
    }

    // A comment may open and close several times on one line, or run over many lines.
    let prose = "";
    let rest = line;
    while (rest.length > 0) {
      const marker = inComment ? "-->" : "<!--";
      const at = rest.indexOf(marker);
      if (!inComment) prose += at < 0 ? rest : rest.slice(0, at);
      rest = at < 0 ? "" : rest.slice(at + marker.length);
      if (at >= 0) inComment = !inComment;
    }

    const cleaned = untranslated.reduce((current, markup) => current.replace(markup, " "), prose);
    kept.push(cleaned);
    keptLength += cleaned.length + 1;
  }

  return kept.join("\n").slice(0, sampleLength);
}

/** The lexicon of a script that dominates the sample enough to name its language. */
function guessByScript(sample: string): Lexicon | undefined {
  if (!/[^\u0000-\u024f]/u.test(sample)) return undefined;
  const letterCount = countMatches(sample, /\p{L}/gu);
  const isStrong = (count: number) =>
    count >= scriptMinimumCount && count >= letterCount * scriptMinimumShare;

  for (const rule of scriptRules) {
    if (isStrong(countMatches(sample, rule.letters))) return findLexicon(rule.locale);
  }
  if (!isStrong(countMatches(sample, hanLetters))) return undefined;

  let simplified = 0;
  let traditional = 0;
  for (const character of sample) {
    if (simplifiedMarks.includes(character)) simplified += 1;
    else if (traditionalMarks.includes(character)) traditional += 1;
  }
  return findLexicon(traditional > simplified ? "zh-TW" : "zh-CN");
}

/** The lexicon whose detection phrases the sample's words hit most; English on a tie. */
function guessByWords(sample: string): Lexicon {
  const words = normalizePhrase(sample).match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [];
  const scores = new Map<Lexicon, number>();

  for (let start = 0; start < words.length; start += 1) {
    let phrase = words[start]!;
    for (let end = start + 1; phraseStarts.has(phrase); end += 1) {
      for (const lexicon of detectionPhrases.get(phrase) ?? []) {
        scores.set(lexicon, (scores.get(lexicon) ?? 0) + 1);
      }
      if (end >= words.length) break;
      phrase = `${phrase} ${words[end]!}`;
    }
  }

  let best = en;
  for (const [lexicon, score] of scores) {
    if (score > (scores.get(best) ?? 0)) best = lexicon;
  }
  return best;
}

/** How many times a global pattern matches. */
function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
