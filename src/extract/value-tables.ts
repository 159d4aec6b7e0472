import type { Section } from "./sections.js";
import { piecesText } from "./inline-text.js";
import { readTable } from "./table-rows.js";

/**
 * The first columns of the tables beside the property tables that list names, not prose:
 * the values a property takes, whose names translation keeps.
 *
 * ```markdown
 * | Предустановленная константа | Соответствующий цвет в Outlook |
 * | None    | Цвет не задан |
 * | Preset0 | Красный       |
 * ```
 */
export function readValueTables(
  sections: readonly Section[],
  propertyTableLines: ReadonlySet<number>,
): string[][] {
  const lists: string[][] = [];

  for (const section of sections) {
    if (section.kind === "methods" || section.kind === "enum" || section.kind === "members")
      continue;
    for (const node of section.nodes) {
      if (node.type !== "table") continue;
      const table = readTable(node);
      if (table.headers.length < 2 || propertyTableLines.has(table.position.line)) continue;
      const names = table.rows.map((row) =>
        piecesText(row.cells[0] ?? [])
          .replace(/[`*]/g, "")
          .trim(),
      );
      if (names.length > 1 && names.every((name) => /^[A-Za-z_][\w.-]*$/.test(name)))
        lists.push(names);
    }
  }
  return lists;
}
