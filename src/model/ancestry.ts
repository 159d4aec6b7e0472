import type { Registry } from "./registry.js";

/** Whether the type `key` has `ancestor` among its bases; false at a cycle. */
export function descendsFrom(registry: Registry, key: string, ancestor: string): boolean {
  const seen = new Set<string>();
  for (let current = registry.model.types.get(key); current?.base;) {
    if (current.base === ancestor) return true;
    if (seen.has(current.base)) return false;
    seen.add(current.base);
    current = registry.model.types.get(current.base);
  }
  return false;
}
