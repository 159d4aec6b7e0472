import type { Table } from "mdast";
import { inlinePieces } from "./inline-text.js";
import { parseLink } from "./link-target.js";
import { casedIn } from "./cased-in.js";
import type { Section } from "./sections.js";

/** A navigation property named by a method's page: `planner-post-plans.md` names `plans`. */
export interface MethodName {
  name: string;
  /** Page key of the type the method returns. */
  target?: string;
}

const verbs = new Set(["list", "get", "post", "create", "add", "delete", "update", "remove"]);

/**
 * Read the navigation property names that the Methods table's link targets carry: a method
 * page is named `<type>-<verb>-<property>`, a name no translation touches.
 *
 * ```markdown
 * |[Создание объекта plannerPlan](../api/planner-post-plans.md) |[plannerPlan](plannerplan.md)| ... |
 * ```
 *
 * Page names are lower case; the name takes its case from the page text when an identifier
 * there spells it with capitals (`vppTokens`).
 */
export function readMethodNames(sections: readonly Section[], pageText: string): MethodName[] {
  const names = new Map<string, MethodName>();

  for (const section of sections) {
    if (section.kind !== "methods") continue;
    for (const node of section.nodes) {
      if (node.type !== "table") continue;
      for (const row of (node as Table).children.slice(1)) {
        const [methodCell, typeCell] = row.children.map((cell) => inlinePieces(cell.children));
        const method = methodCell?.find((piece) => piece.kind === "link");
        const parts =
          method?.kind === "link" ? (parseLink(method.text, method.url).page ?? "").split("-") : [];
        const verbAt = parts.findIndex((part) => verbs.has(part));
        if (verbAt < 1 || verbAt !== parts.length - 2) continue;

        const name = parts[verbAt + 1]!;
        const returned = typeCell?.find((piece) => piece.kind === "link");
        const target =
          returned?.kind === "link" ? parseLink(returned.text, returned.url).page : undefined;
        if (!names.has(name))
          names.set(name, { name: casedIn(pageText, name), ...(target ? { target } : {}) });
      }
    }
  }

  return [...names.values()];
}
