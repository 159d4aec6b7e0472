import type { Table } from "mdast";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { piecesText } from "./inline-text.js";
import type { EnumExtract } from "./page-extract.js";
import type { Section } from "./sections.js";
import { readTable } from "./table-rows.js";

/**
 * Read the enum lists of a page: `### x values` sections and the Members table of an enum
 * page, whose name comes from the page title.
 *
 * ```markdown
 * ### callType values
 * |Member|
 * |:---|
 * |groupCall|
 * ```
 */
export function readEnumLists(
  sections: readonly Section[],
  pageTitle: string,
  namespace: string | undefined,
  file: string,
  diagnostics: Diagnostic[],
): EnumExtract[] {
  const enums: EnumExtract[] = [];

  for (const section of sections) {
    if (section.kind !== "enum" && section.kind !== "members") continue;
    const table = section.nodes.find((node): node is Table => node.type === "table");
    if (!table) continue;

    const name = section.kind === "enum" ? section.enumName : titleName(pageTitle);
    if (!name) {
      diagnostics.push(
        createDiagnostic(
          "GT306",
          file,
          section.position,
          "members table of a page whose title names no enum",
          "# nameOfEnum enum type",
        ),
      );
      continue;
    }

    const members = readMembers(table);
    if (members.length === 0) continue;
    const list: EnumExtract = {
      name,
      lowercaseName: section.lowercaseName ?? false,
      members,
      position: section.position,
    };
    if (namespace) list.namespace = namespace;
    enums.push(list);
  }

  return enums;
}

/** The first identifier-shaped word of a title: `runAsAccountType` in `runAsAccountType enum type`. */
function titleName(title: string): string | undefined {
  return title
    .match(/[A-Za-z_][\w]*/g)
    ?.find((word) => /[a-z][A-Z]|^[a-z]+$/.test(word) && word !== "enum");
}

/**
 * The first column of a members table; words with spaces are kept, translation makes them.
 * Punctuation translation leaves after a name is dropped (`organization;`).
 */
function readMembers(table: Table): string[] {
  const members: string[] = [];

  for (const row of readTable(table).rows) {
    const text = piecesText(row.cells[0] ?? [])
      .replace(/[`*]/g, "")
      .trim()
      .replace(/^([A-Za-z]\w*)[.,;:。，；：]$/u, "$1");
    if (text === "") continue;
    if (!members.includes(text)) members.push(text);
  }

  return members;
}
