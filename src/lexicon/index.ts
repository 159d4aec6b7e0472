import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import { ja } from "./ja.js";
import { ko } from "./ko.js";
import type { Lexicon } from "./lexicon.js";
import { pt } from "./pt.js";
import { ru } from "./ru.js";
import { zhCn } from "./zh-cn.js";
import { zhTw } from "./zh-tw.js";

export { primitiveNames } from "./lexicon.js";
export type { Lexicon, PrimitiveName } from "./lexicon.js";

/** Every language graph-typegen reads, English first because it is the default. */
export const lexicons: readonly Lexicon[] = [en, de, es, fr, it, ja, ko, pt, ru, zhCn, zhTw];

/**
 * Tags that do not start with the primary subtag of their lexicon's locale, or that pick
 * one of two lexicons sharing a primary subtag: Chinese scripts and regions.
 */
const tagAliases: Readonly<Record<string, string>> = {
  zh: "zh-CN",
  "zh-hans": "zh-CN",
  "zh-sg": "zh-CN",
  "zh-hans-cn": "zh-CN",
  "zh-hant": "zh-TW",
  "zh-hk": "zh-TW",
  "zh-mo": "zh-TW",
  "zh-hant-tw": "zh-TW",
};

/**
 * The lexicon for a BCP 47 tag as front matter or `--locale` writes it, or `undefined`.
 *
 * Matching folds case and `_`: `ru-RU`, `RU-ru`, `ru_ru` and `ru` all give Russian. A tag
 * for another region of a known language (`pt-PT`, `de-AT`) gives that language's lexicon;
 * Chinese goes by script or region (`zh-Hans`, `zh-SG` simplified; `zh-Hant`, `zh-HK`
 * traditional).
 */
export function findLexicon(tag: string): Lexicon | undefined {
  const wanted = tag.trim().replace(/_/gu, "-").toLowerCase();
  const aliased = (tagAliases[wanted] ?? wanted).toLowerCase();

  const exact = lexicons.find((lexicon) => lexicon.locale.toLowerCase() === aliased);
  if (exact !== undefined) return exact;

  const language = aliased.split("-")[0];
  if (language === "zh") {
    const script = aliased.includes("-hant") ? "zh-tw" : "zh-cn";
    return lexicons.find((lexicon) => lexicon.locale.toLowerCase() === script);
  }

  return lexicons.find((lexicon) => lexicon.locale.toLowerCase().split("-")[0] === language);
}
