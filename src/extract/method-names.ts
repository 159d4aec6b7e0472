import { methodRow } from "../parse/block-chunks.js";
import { casedIn } from "./cased-in.js";
import { parseLink } from "./link-target.js";

/** A navigation property named by a method's page: `planner-post-plans.md` names `plans`. */
export interface MethodName {
  name: string;
  /** Page key of the type the method returns. */
  target?: string;
}

const verbs = new Set(["list", "get", "post", "create", "add", "delete", "update", "remove"]);
const returnedLink = /^[^|]*?\]\(([^)\s]+)\)/;

/**
 * Read the navigation property names that Methods table rows carry in their link targets:
 * a method page is named `<type>-<verb>-<property>`, a name no translation touches.
 *
 * ```markdown
 * |[Создание объекта plannerPlan](../api/planner-post-plans.md) |[plannerPlan](plannerplan.md)| ... |
 * ```
 *
 * The rows are read from the raw page text, so the tables need not be parsed. Page names
 * are lower case; the name takes its case from the page text when an identifier there
 * spells it with capitals (`vppTokens`).
 */
export function readMethodNames(pageText: string): MethodName[] {
  const names = new Map<string, MethodName>();

  for (const line of pageText.split("\n")) {
    const method = methodRow.exec(line);
    if (!method) continue;

    const parts = (parseLink("", method[1]!).page ?? "").split("-");
    const verbAt = parts.findIndex((part) => verbs.has(part));
    if (verbAt < 1 || verbAt !== parts.length - 2) continue;

    const name = parts[verbAt + 1]!;
    const returned = returnedLink.exec(line.slice(method[0].length));
    const target = returned ? parseLink("", returned[1]!).page : undefined;
    if (!names.has(name))
      names.set(name, { name: casedIn(pageText, name), ...(target ? { target } : {}) });
  }

  return [...names.values()];
}
