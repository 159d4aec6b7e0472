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
  const intro: PageIntro = {};
  const phrases = [...new Set([...lexicon.inheritsFrom, ...en.inheritsFrom])];

  for (const node of nodes) {
    if (node.type !== "paragraph") continue;
    const text = piecesText(inlinePieces(node.children));

    const namespace = namespaceLine.exec(text);
    if (namespace) {
      intro.namespace ??= namespace[1];
      continue;
    }
    intro.inheritsFrom ??= findBaseLink(node, phrases);
    if (intro.description === undefined && text !== "") intro.description = text;
  }

  return intro;
}

/** The first link after an "inherits from" phrase in a paragraph. */
function findBaseLink(paragraph: Paragraph, phrases: readonly string[]): TypeLink | undefined {
  let folded = "";

  for (const piece of inlinePieces(paragraph.children)) {
    const seen = phrases.some((phrase) => folded.endsWith(phrase) || folded.endsWith(`${phrase} `));
    if (piece.kind === "link" && seen) return parseLink(piece.text, piece.url);
    folded = normalizePhrase(folded + (piece.kind === "link" ? piece.text : piece.value) + " ");
    if (folded.length > 0) folded += " ";
  }

  return undefined;
}
