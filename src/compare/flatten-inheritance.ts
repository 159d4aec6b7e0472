import type { TypeShape, TypeTable } from "./type-table.js";

/** A property reached through inheritance, keyed by its lower-case name. */
export interface FlatProperty {
  /** The name as declared nearest to the type. */
  name: string;
  shape: TypeShape;
}

/**
 * The qualified keys of a type's bases, nearest first, stopping at a cycle or an unknown base.
 */
export function ancestorsOf(table: TypeTable, key: string): string[] {
  const ancestors: string[] = [];
  const seen = new Set([key]);

  for (let base = table.interfaces.get(key)?.base; base !== undefined;) {
    if (seen.has(base)) break;
    seen.add(base);
    ancestors.push(base);
    base = table.interfaces.get(base)?.base;
  }
  return ancestors;
}

/**
 * Every property of a type, its own and its ancestors', by lower-case name.
 *
 * A property declared again lower in the chain wins, which is how docs pages read when they
 * repeat an inherited row:
 *
 * ```ts
 * interface Entity { id?: string }
 * interface User extends Entity { id?: string; aboutMe?: string }   // `id` counted once
 * ```
 */
export function flattenProperties(table: TypeTable, key: string): Map<string, FlatProperty> {
  const chain = [key, ...ancestorsOf(table, key)].reverse();
  const flat = new Map<string, FlatProperty>();

  for (const link of chain) {
    for (const [name, shape] of table.interfaces.get(link)?.properties ?? []) {
      flat.set(name.toLowerCase(), { name, shape });
    }
  }
  return flat;
}
