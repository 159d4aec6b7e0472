import type { TypeLink } from "./page-extract.js";

/**
 * Turn a link into a type link: the target page's key and anchor, and the link text.
 *
 * `[resultInfo](../resources/resultinfo.md)` gives page `resultinfo`; `[x](#x-values)` gives
 * only the anchor, on the same page.
 */
export function parseLink(text: string, url: string): TypeLink {
  const link: TypeLink = { text: text.trim() };
  const hashAt = url.indexOf("#");
  const path = (hashAt === -1 ? url : url.slice(0, hashAt)).split("?")[0] ?? "";
  const page = (path.split("/").pop() ?? "").replace(/\.md$/i, "").toLowerCase();

  if (page !== "" && !page.includes(":")) link.page = page;
  if (hashAt !== -1 && hashAt < url.length - 1) link.anchor = url.slice(hashAt + 1).toLowerCase();
  return link;
}
