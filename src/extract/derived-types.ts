import type { Table } from "mdast";
import { inlinePieces } from "./inline-text.js";
import { parseLink } from "./link-target.js";
import type { TypeLink } from "./page-extract.js";
import type { Section } from "./sections.js";

/**
 * Read the types a "Derived types" section links to, from the first column of its table.
 *
 * ```markdown
 * ## <a name="derived-types"></a>Производные типы
 * | [organizerMeetingInfo](./organizermeetinginfo.md) | ... |
 * ```
 */
export function readDerivedTypes(sections: readonly Section[]): TypeLink[] {
  const links: TypeLink[] = [];

  for (const section of sections) {
    if (section.kind !== "derived") continue;
    for (const node of section.nodes) {
      if (node.type !== "table") continue;
      for (const row of (node as Table).children.slice(1)) {
        const first = inlinePieces(row.children[0]?.children ?? []).find(
          (piece) => piece.kind === "link",
        );
        if (first?.kind === "link") links.push(parseLink(first.text, first.url));
      }
    }
  }

  return links;
}
