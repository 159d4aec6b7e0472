import type { Paragraph, RootContent } from "mdast";
import { en } from "../lexicon/en.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { normalizePhrase } from "../lexicon/normalize.js";
import { inlinePieces, piecesText } from "./inline-text.js";
import { parseLink } from "./link-target.js";
import type { TypeLink } from "./page-extract.js";

/** What the paragraphs before the first section say about the page's type. */
export interface PageIntro {
  namespace?: string;
  description?: string;
  inheritsFrom?: TypeLink;
  /** Types a sentence names as derived: "the derived types are [a](a.md) and [b](b.md)". */
  derivedTypes: TypeLink[];
  /** Every link of the paragraphs under the title, in order. */
  links: TypeLink[];
}

const namespaceLine = /^[^:：]{1,60}[:：]\s*`?(microsoft\.graph(?:\.[A-Za-z_]\w*)*)`?\s*$/u;

/**
 * Read the namespace line, the lead description and an "Inherits from" link.
 *
 * The namespace line is found by its value, which no translation changes:
 *
 * ```markdown
 * Пространство имен: microsoft.graph
 * Represents a user. Inherits from [directoryObject](directoryobject.md).
 * ```
 */
export function readPageIntro(nodes: readonly RootContent[], lexicon: Lexicon): PageIntro {
  const intro: PageIntro = { derivedTypes: [], links: [] };
  const phrases = basePhrases(lexicon);
  const derivedPhrases = [
    ...new Set([...lexicon.headings.derivedTypes, ...en.headings.derivedTypes]),
  ];

  for (const node of nodes) {
    if (node.type !== "paragraph") continue;
    const text = piecesText(inlinePieces(node.children));

    const namespace = namespaceLine.exec(text);
    if (namespace) {
      intro.namespace ??= namespace[1];
      continue;
    }
    intro.inheritsFrom ??= findBaseLink(node, phrases);
    intro.derivedTypes.push(...linksAfter(node, derivedPhrases));
    intro.links.push(...linksOf(node));
    if (intro.description === undefined && text !== "") intro.description = text;
  }

  return intro;
}

/**
 * An "inherits from" link in the paragraphs of a section other than the lead, such as the
 * sentence some pages put above their properties table:
 *
 * ```markdown
 * ## Properties
 * chatMessageHostedContent derives from [teamworkHostedContent](teamworkhostedcontent.md)
 * ```
 */
export function readBaseSentence(
  nodes: readonly RootContent[],
  lexicon: Lexicon,
): TypeLink | undefined {
  const phrases = basePhrases(lexicon);
  for (const node of nodes) {
    const link = node.type === "paragraph" ? findBaseLink(node, phrases) : undefined;
    if (link) return link;
  }
  return undefined;
}

/** Every link of a paragraph. */
function linksOf(paragraph: Paragraph): TypeLink[] {
  return inlinePieces(paragraph.children).flatMap((piece) =>
    piece.kind === "link" ? [parseLink(piece.text, piece.url)] : [],
  );
}

/** Every link of a paragraph after a phrase, such as "derived types". */
function linksAfter(paragraph: Paragraph, phrases: readonly string[]): TypeLink[] {
  const links: TypeLink[] = [];
  let before = "";

  for (const piece of inlinePieces(paragraph.children)) {
    const text = piece.kind === "link" ? piece.text : piece.value;
    if (piece.kind === "link" && phrases.some((phrase) => before.includes(phrase))) {
      links.push(parseLink(text, piece.url));
    }
    before = normalizePhrase(`${before} ${text}`);
  }

  return links;
}

/** Words allowed between the phrase and the link: `inherits from the [x](x.md) type`. */
const maxGapWords = 2;

/** How a phrase written `{type} から継承` marks the part that follows the link. */
const typeSlot = "{type}";

/** A language's "inherits from" phrases and English ones: before the link, and after it. */
interface BasePhrases {
  leading: string[];
  trailing: string[];
}

const compiledBasePhrases = new WeakMap<Lexicon, BasePhrases>();

function basePhrases(lexicon: Lexicon): BasePhrases {
  let compiled = compiledBasePhrases.get(lexicon);
  if (!compiled) {
    const phrases = [...new Set([...lexicon.inheritsFrom, ...en.inheritsFrom])];
    compiled = {
      leading: phrases.filter((phrase) => !phrase.startsWith(typeSlot)),
      trailing: phrases
        .filter((phrase) => phrase.startsWith(typeSlot))
        .map((phrase) => normalizePhrase(phrase.slice(typeSlot.length))),
    };
    compiledBasePhrases.set(lexicon, compiled);
  }
  return compiled;
}

/** Characters allowed between the link and a phrase after it: `[x](x.md) エンティティから継承`. */
const maxTrailingGap = 8;

/** Whether the phrase follows within a few characters, in the same sentence. */
function followsClosely(after: string, phrase: string): boolean {
  const at = after.indexOf(phrase);
  return at !== -1 && at <= maxTrailingGap && !/[.。!?！？]/u.test(after.slice(0, at));
}

/**
 * The first link that an "inherits from" phrase leads to. Translation moves words around the
 * link, so the phrase may end inside the link text or a word or two before it; a phrase
 * written after `{type}` follows the link, as Japanese and Korean put it:
 *
 * ```markdown
 * Наследует [от teamworkNotificationRecipient](teamworknotificationrecipient.md).
 * Наследуется от объекта [mobileApp](intune-apps-mobileapp.md).
 * [directoryObject](directoryobject.md) から継承します。
 * ```
 */
function findBaseLink(
  paragraph: Paragraph,
  { leading, trailing }: BasePhrases,
): TypeLink | undefined {
  const pieces = inlinePieces(paragraph.children);
  let before = "";

  for (const [index, piece] of pieces.entries()) {
    const text = piece.kind === "link" ? piece.text : piece.value;
    if (piece.kind === "link") {
      const linkText = normalizePhrase(text);
      const window = `${before.slice(-80)} ${linkText}`;
      const linkStart = window.length - linkText.length;
      const after = normalizePhrase(
        pieces
          .slice(index + 1, index + 3)
          .map((next) => (next.kind === "link" ? next.text : next.value))
          .join(" "),
      );
      const found =
        leading.some((phrase) => {
          const at = window.lastIndexOf(phrase);
          if (at === -1) return false;
          const gap = window.slice(at + phrase.length, linkStart).trim();
          return gap === "" || gap.split(" ").length <= maxGapWords;
        }) || trailing.some((phrase) => followsClosely(after, phrase));
      if (found) return parseLink(text, piece.url);
    }
    before = normalizePhrase(`${before} ${text}`);
  }

  return undefined;
}
