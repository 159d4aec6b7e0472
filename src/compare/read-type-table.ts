import { loadModules } from "./load-modules.js";
import { resolveNames } from "./resolve-names.js";
import type { TypeTable } from "./type-table.js";

/**
 * Read a declaration file or folder into a {@link TypeTable}, with every name qualified.
 */
export function readTypeTable(path: string): TypeTable {
  return resolveNames(loadModules(path)).table;
}
