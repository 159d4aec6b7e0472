import type { Lexicon } from "../lexicon/lexicon.js";
import type { InlinePiece } from "./inline-text.js";
import { parseLink } from "./link-target.js";
import type { PropertyType, TypeTerm } from "./page-extract.js";
import { typeWords, type TypeWords } from "./type-words.js";

/** Marks a link inside the flattened cell text; the number that follows indexes the links. */
const linkMark = "\u0001";
const linkOnly = new RegExp(
  `^[^${linkMark}]{0,40}${linkMark}(\\d+)${linkMark}[^${linkMark}]{0,40}$`,
  "u",
);
const identifier = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/;

/**
 * Read the Type cell of a property table.
 *
 * Links decide first (their targets survive translation), then Edm and lexicon words, then a
 * bare identifier, which names an unlinked type or enum:
 *
 * ```markdown
 * | resultInfo | [resultInfo](resultinfo.md) collection | ... |
 * | active     | Логическое | ... |
 * | direction  | callDirection | ... |
 * ```
 *
 * Returns undefined when the cell says nothing the generator understands.
 */
export function parseTypeCell(
  pieces: readonly InlinePiece[],
  lexicon: Lexicon,
): PropertyType | undefined {
  const words = typeWords(lexicon);
  const links: Extract<InlinePiece, { kind: "link" }>[] = [];
  let text = "";
  let linkedCollection = false;

  for (const piece of pieces) {
    if (piece.kind === "link") {
      // Translation can pull the collection word into the link: `[коллекция x](x.md)`.
      const inner = collectionInner(clean(piece.text), words);
      linkedCollection ||= inner !== undefined;
      text += `${linkMark}${links.length}${linkMark}`;
      links.push(inner === undefined ? piece : { ...piece, text: inner });
    } else {
      text += piece.value;
    }
  }

  const cleaned = clean(text);
  if (cleaned === "") return undefined;
  const type = parseExpression(cleaned, links, words);
  return type && linkedCollection ? { ...type, collection: true } : type;
}

/** The type inside a collection phrase, or undefined when the text is no collection. */
function collectionInner(text: string, words: TypeWords): string | undefined {
  return collectionInners(text, words).next().value ?? undefined;
}

/** Every reading of `text` as a collection of something, longest pattern first. */
function* collectionInners(text: string, words: TypeWords): Generator<string> {
  const lower = text.toLowerCase();

  for (const pattern of words.collections) {
    const match = pattern.exec(lower);
    if (!match?.[1]) continue;
    const start = match.index + match[0].indexOf(match[1]);
    yield clean(text.slice(start, start + match[1].length));
  }
}

function parseExpression(
  text: string,
  links: Extract<InlinePiece, { kind: "link" }>[],
  words: TypeWords,
): PropertyType | undefined {
  // 1. A collection wrapper around the whole expression.
  for (const inner of collectionInners(text, words)) {
    const parsed = parseExpression(inner, links, words);
    if (parsed) return { collection: true, alternatives: parsed.alternatives };
  }

  // 2. Alternatives: `[A](a.md) or [B](b.md)`.
  const parts = text.split(words.alternatives).map(clean).filter(Boolean);
  if (parts.length > 1) {
    const parsed = parts.map((part) => parseExpression(part, links, words));
    if (parsed.some((part) => part === undefined)) return undefined;
    return {
      collection: parsed.some((part) => part!.collection),
      alternatives: parsed.flatMap((part) => part!.alternatives),
    };
  }

  // 3. A single term.
  const term = parseTerm(text, links, words);
  if (!term) return undefined;
  const around = text.replace(/\u0001\d+\u0001/g, "");
  const unreadWords = term.kind === "named" && around !== text && /\p{L}/u.test(around);
  return { collection: false, alternatives: [term], ...(unreadWords ? { unreadWords } : {}) };
}

function parseTerm(
  text: string,
  links: Extract<InlinePiece, { kind: "link" }>[],
  words: TypeWords,
): TypeTerm | undefined {
  const linked = linkOnly.exec(text);
  if (linked) {
    const link = links[Number(linked[1])]!;
    return { kind: "named", link: parseLink(link.text, link.url) };
  }

  const word = text.replace(/^edm\./i, "").replace(/\s*\(.*\)$/, "");
  const primitive =
    words.primitives.get(word.toLowerCase()) ?? words.primitives.get(text.toLowerCase());
  if (primitive) return { kind: "primitive", name: primitive };
  if (identifier.test(word)) return { kind: "named", link: { text: word } };
  return undefined;
}

/** Trim white space, backticks, emphasis and closing punctuation. */
function clean(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[`*_]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s(]+(?=[^)]*$)|[\s;,.:]+$/g, "")
    .trim();
}
