import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import {
  findNullableWrappers,
  parseDeclarationFile,
  readDeclarations,
  type DeclarationModule,
} from "./read-declarations.js";

/** A declaration module placed in the namespace its entry point exports it under. */
export interface PlacedModule extends DeclarationModule {
  /** Namespace segments the module's top level lives in (`["CallRecords"]`). */
  namespace: readonly string[];
}

/** Every module of one side, by absolute path. */
export type ModuleSet = Map<string, PlacedModule>;

/** File names that make a folder's entry point. */
const entryNames = ["index.ts", "index.d.ts"];

/** Suffixes tried when an import specifier names a module without its `.ts`. */
const specifierSuffixes = ["", ".ts", ".d.ts", "/index.ts", "/index.d.ts"];

/**
 * Read a declaration file, or every `.ts` file under a folder, and place each module in a
 * namespace by following the entry point's re-exports.
 *
 * The entry point is the file itself, or the folder's `index.ts`; without one, every file is
 * an entry. A module reached by no re-export lives at the root. Our layout:
 *
 * ```ts
 * export * from "./graph.js";                          // graph.ts at the root
 * export * as CallRecords from "./call-records.js";    // call-records.ts in CallRecords
 * ```
 */
export function loadModules(path: string): ModuleSet {
  const root = resolve(path);
  const files = statSync(root).isDirectory() ? listDeclarationFiles(root) : [root];
  const parsed = files.map((file) => parseDeclarationFile(file, readFileSync(file, "utf8")));
  const wrappers = new Set(["NullableOption", ...parsed.flatMap(findNullableWrappers)]);

  const modules: ModuleSet = new Map();
  for (const file of parsed) {
    modules.set(file.fileName, { ...readDeclarations(file, wrappers), namespace: [] });
  }
  placeInNamespaces(modules, entryPoints(root, files));
  return modules;
}

/**
 * The module an import or re-export specifier names, relative to the module that wrote it.
 */
export function resolveSpecifier(
  modules: ModuleSet,
  from: string,
  specifier: string,
): PlacedModule | undefined {
  if (!specifier.startsWith(".")) return undefined;

  const target = resolve(dirname(from), specifier.replace(/\.(js|ts|d\.ts)$/, ""));
  for (const suffix of specifierSuffixes) {
    const module = modules.get(target + suffix);
    if (module !== undefined) return module;
  }
  return modules.get(resolve(dirname(from), specifier));
}

/** Walk re-exports breadth-first from the entry points; the first placement wins. */
function placeInNamespaces(modules: ModuleSet, entries: readonly string[]): void {
  const placed = new Set<string>();
  const queue: Array<{ path: string; namespace: readonly string[] }> = entries.map((path) => ({
    path,
    namespace: [],
  }));

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const module = modules.get(next.path);
    if (module === undefined || placed.has(next.path)) continue;
    placed.add(next.path);
    module.namespace = next.namespace;
    for (const reExport of module.reExports) {
      const target = resolveSpecifier(modules, module.path, reExport.specifier);
      const alias = reExport.alias === undefined ? [] : [reExport.alias];
      if (target !== undefined)
        queue.push({ path: target.path, namespace: [...next.namespace, ...alias] });
    }
  }
}

function entryPoints(root: string, files: readonly string[]): string[] {
  if (files.length === 1 && files[0] === root) return [root];

  const entry = entryNames.map((name) => join(root, name)).find((file) => existsSync(file));
  return entry === undefined ? [...files] : [entry];
}

/** `.ts` files under a folder, sorted so the result does not depend on the file system. */
function listDeclarationFiles(folder: string): string[] {
  const files: string[] = [];

  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules")
      files.push(...listDeclarationFiles(path));
    else if (entry.isFile() && isDeclarationFile(basename(path))) files.push(path);
  }
  return files.sort();
}

function isDeclarationFile(name: string): boolean {
  return name.endsWith(".ts") && !name.endsWith(".test.ts");
}
