import type { ComparedTables } from "./compare-shapes.js";
import { displayName } from "./type-table.js";

/** Which reference interfaces the generated side names, and which of those it emits. */
export interface TypeMatch {
  /**
   * Keys of reference interfaces whose qualified name the generated side declares in any
   * form: an interface, a `@placeholder` interface, an enum or an alias. These are the
   * reference types "named in the docs", the denominator of the `types` metric.
   */
  named: string[];
  /** Of `named`, the keys the generated side emits as a real (non-placeholder) interface. */
  emitted: string[];
  /** Of `named`, the display names of those it does not emit, sorted. */
  notEmitted: string[];
}

/**
 * Pair the reference's interfaces with ours by lower-case qualified name.
 *
 * A placeholder stands for a type the docs mention but do not describe:
 *
 * ```ts
 * // JSDoc: @placeholder
 * export interface Win32LobApp {}
 * ```
 *
 * Its name counts as named; the type counts as not emitted and is not compared.
 */
export function matchTypes(tables: ComparedTables): TypeMatch {
  const match: TypeMatch = { named: [], emitted: [], notEmitted: [] };

  for (const [key, entry] of tables.reference.interfaces) {
    if (entry.placeholder || !tables.ours.knownNames.has(key)) continue;
    match.named.push(key);
    const ours = tables.ours.interfaces.get(key);
    if (ours !== undefined && !ours.placeholder) match.emitted.push(key);
    else match.notEmitted.push(displayName(entry));
  }

  match.named.sort();
  match.emitted.sort();
  match.notEmitted.sort();
  return match;
}
