import type { Table } from "mdast";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { piecesText, type InlinePiece } from "./inline-text.js";
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
  const titled = sections.find((section) => section.depth === 1 && section.enumName);

  for (const section of sections) {
    if (section.kind !== "enum" && section.kind !== "members") continue;
    const table = section.nodes.find((node): node is Table => node.type === "table");
    if (!table) continue;

    // A members table is the page's enum: named by the title's words or, where translation
    // changed them, by the title's anchor.
    const fromTitle = section.kind === "members" ? titleName(pageTitle) : undefined;
    const named = section.kind === "enum" ? section : fromTitle === undefined ? titled : undefined;
    const name = named?.enumName ?? fromTitle;
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
      lowercaseName: named?.lowercaseName ?? false,
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

/** A member name as the service writes it: an identifier, not translated words. */
const identifier = /^[A-Za-z_][\w.-]*$/;

/**
 * The first column of a members table; words with spaces are kept, translation makes them.
 * Punctuation translation leaves after a name is dropped (`organization;`). Where the table's
 * descriptions repeat the names of untranslated members, a translated member takes the one
 * word its own description kept:
 *
 * ```markdown
 * |поле|3|Box|       ← `box`, as |deleted|4|Deleted| shows descriptions repeat names
 * ```
 */
function readMembers(table: Table): string[] {
  const rows = readTable(table).rows.map((row) => ({
    name: piecesText(row.cells[0] ?? [])
      .replace(/[`*]/g, "")
      .trim()
      .replace(/^([A-Za-z]\w*)[.,;:。，；：]$/u, "$1"),
    described: describedName(row.cells.slice(1)),
  }));
  const mirror = rows.find(
    (row) => identifier.test(row.name) && row.described?.toLowerCase() === row.name.toLowerCase(),
  );

  const members: string[] = [];
  for (const { name, described } of rows) {
    const restored =
      mirror && described && !identifier.test(name)
        ? sameInitialCase(described, mirror.name)
        : name;
    if (restored !== "" && !members.includes(restored)) members.push(restored);
  }
  return members;
}

/** The last cell of a row when it is one identifier-shaped word. */
function describedName(cells: readonly InlinePiece[][]): string | undefined {
  const last = cells[cells.length - 1];
  const text = last ? piecesText(last).replace(/[`*]/g, "").replace(/\.$/, "").trim() : "";
  return identifier.test(text) ? text : undefined;
}

/** `word` with its first letter in the case of `model`'s first letter. */
function sameInitialCase(word: string, model: string): string {
  const lower = model.charAt(0) === model.charAt(0).toLowerCase();
  const initial = lower ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase();
  return initial + word.slice(1);
}
