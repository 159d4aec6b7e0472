import type { Nodes, PhrasingContent } from "mdast";

/** A piece of a table cell or paragraph as the extractors see it. */
export type InlinePiece =
  | { kind: "text"; value: string }
  | { kind: "code"; value: string }
  | { kind: "link"; text: string; url: string };

/**
 * Flatten phrasing content into text, code and link pieces, dropping emphasis and HTML.
 *
 * `**[resultInfo](resultinfo.md)** collection` gives a link piece and a text piece.
 */
export function inlinePieces(nodes: readonly PhrasingContent[]): InlinePiece[] {
  const pieces: InlinePiece[] = [];

  for (const node of nodes) {
    switch (node.type) {
      case "text":
        pieces.push({ kind: "text", value: node.value });
        break;
      case "inlineCode":
        pieces.push({ kind: "code", value: node.value });
        break;
      case "link":
        pieces.push({ kind: "link", text: plainText(node), url: node.url });
        break;
      case "linkReference":
        pieces.push({ kind: "link", text: plainText(node), url: `#${node.identifier}` });
        break;
      case "break":
        pieces.push({ kind: "text", value: " " });
        break;
      case "html":
        if (/^<br\s*\/?>$/i.test(node.value)) pieces.push({ kind: "text", value: " " });
        break;
      default:
        if ("children" in node) pieces.push(...inlinePieces(node.children as PhrasingContent[]));
    }
  }

  return pieces;
}

/** The visible text of a node, with code spans kept and HTML dropped. */
export function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "break") return " ";
  if (!("children" in node)) return "";
  return node.children.map((child) => plainText(child as Nodes)).join("");
}

/** Join pieces back into display text, code spans in backticks. */
export function piecesText(pieces: readonly InlinePiece[]): string {
  return pieces
    .map((piece) =>
      piece.kind === "text"
        ? piece.value
        : piece.kind === "code"
          ? `\`${piece.value}\``
          : piece.text,
    )
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
