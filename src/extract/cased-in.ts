/**
 * `name` as a page spells it with capitals, if it does anywhere: lower-case names from page
 * keys and anchors (`vpptokens`, `wifiband-values`) take their case from the page text.
 */
export function casedIn(text: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, "gi");

  for (const match of text.matchAll(pattern)) {
    if (match[0] !== name) return match[0];
  }
  return name;
}
