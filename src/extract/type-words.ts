import { en } from "../lexicon/en.js";
import { primitiveNames, type Lexicon, type PrimitiveName } from "../lexicon/lexicon.js";
import { normalizePhrase } from "../lexicon/normalize.js";

/** The type vocabulary of one page: its own language's words plus English, compiled. */
export interface TypeWords {
  primitives: Map<string, PrimitiveName>;
  collections: RegExp[];
  alternatives: RegExp;
}

const compiled = new WeakMap<Lexicon, TypeWords>();

/**
 * Compile the type words of a lexicon, with English added since translated pages keep many
 * English type words (`Коллекция String`, `[x](x.md) collection`).
 */
export function typeWords(lexicon: Lexicon): TypeWords {
  const cached = compiled.get(lexicon);
  if (cached) return cached;

  // 1. Primitive words: Edm names in any case, then English and local aliases.
  const primitives = new Map<string, PrimitiveName>();
  for (const name of primitiveNames) primitives.set(name.toLowerCase(), name);
  for (const source of [en, lexicon]) {
    for (const [word, name] of Object.entries(source.primitives)) {
      primitives.set(normalizePhrase(word), name);
    }
  }

  // 2. Collection patterns, longest first so `коллекция объектов {type}` wins.
  const patterns = [...new Set([...lexicon.collectionPatterns, ...en.collectionPatterns])];
  patterns.sort((a, b) => b.length - a.length);
  const collections = patterns.map((pattern) => patternToRegExp(normalizePhrase(pattern)));

  // 3. Alternative separators: local and English words, and `|`.
  const words = [...new Set([...lexicon.alternatives, ...en.alternatives])].map(escape);
  const alternatives = new RegExp(`\\s+(?:${words.join("|")})\\s+|\\s*\\|\\s*`, "u");

  const result = { primitives, collections, alternatives };
  compiled.set(lexicon, result);
  return result;
}

function patternToRegExp(pattern: string): RegExp {
  const [before = "", after = ""] = pattern.split("{type}");
  const loose = (part: string) =>
    escape(part)
      .replace(/ /g, "\\s*")
      .replace(/\\\(|\\\)/g, "\\s*$&\\s*");

  return new RegExp(`^${loose(before)}(.+?)${loose(after)}$`, "u");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
