import type { PropertyRow } from "./property-table.js";

/**
 * The property name a translated navigation row gives by the identifier among its words,
 * made plural for a collection, as Graph names collection navigations.
 *
 * ```markdown
 * |Объекты deviceCategory|Коллекция объектов [deviceCategory](intune-onboarding-devicecategory.md)|
 * ```
 *
 * gives `deviceCategories`. Undefined for rows without such an identifier.
 */
export function nameFromEmbeddedIdentifier(row: PropertyRow): string | undefined {
  if (!row.navigation || row.embeddedName === undefined) return undefined;
  return row.type?.collection ? plural(row.embeddedName) : row.embeddedName;
}

/** The English plural of an identifier's last word: `category` → `categories`. */
function plural(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}
