import { resolveSpecifier, type ModuleSet, type PlacedModule } from "./load-modules.js";
import type { WrittenDeclaration } from "./read-declarations.js";
import { qualifiedKey, type TypeShape, type TypeTable } from "./type-table.js";

/** Where a name was written: the module and the full namespace around it. */
interface NameScope {
  module: PlacedModule;
  namespace: readonly string[];
}

/** A declaration with the scope its names are resolved in. */
interface ScopedDeclaration {
  declaration: WrittenDeclaration;
  scope: NameScope;
}

/** A side's type table, and the names it refers to but never declares. */
export interface ResolvedTable {
  table: TypeTable;
  /** Written names (`Graph.Missing`) no declaration answers, sorted. */
  unresolved: string[];
}

/** How deep aliases of aliases are followed before giving up on a cycle. */
const maximumAliasDepth = 16;

/**
 * Qualify every written name of a module set and build its {@link TypeTable}.
 *
 * A name is looked up, in order: through the module's imports (`{ Entity }`, `* as Graph`),
 * through its `export as namespace` alias (graph-types writes `microsoftgraph.Entity` inside
 * its namespaces), then in each enclosing namespace from the innermost out, then without its
 * first segment. References to aliases are replaced by the aliased shape.
 */
export function resolveNames(modules: ModuleSet): ResolvedTable {
  const scoped = collectDeclarations(modules);
  const table: TypeTable = { interfaces: new Map(), enums: new Map(), knownNames: new Set() };
  const aliases = new Map<string, ScopedDeclaration>();
  const unresolved = new Set<string>();

  // 1. Register every name and enum, so lookups see all files.
  for (const { declaration, scope } of scoped) {
    const key = qualifiedKey(scope.namespace, declaration.name);
    table.knownNames.add(key);
    if (declaration.kind === "alias") aliases.set(key, { declaration, scope });
    if (declaration.kind === "enum") {
      const { name, members } = declaration;
      table.enums.set(key, { name, namespace: scope.namespace, members });
    }
  }

  // 2. Resolve each declaration's names.
  const resolver = createResolver(modules, table, aliases, unresolved);
  for (const { declaration, scope } of scoped) {
    if (declaration.kind === "interface") {
      const key = qualifiedKey(scope.namespace, declaration.name);
      mergeInterface(table, key, declaration, scope, resolver);
    }
  }
  return { table, unresolved: [...unresolved].sort() };
}

/** Qualifies one written name, or every name in a shape, in a scope. */
interface Resolver {
  name: (written: string, scope: NameScope) => string | undefined;
  shape: (shape: TypeShape, scope: NameScope, depth?: number) => TypeShape;
}

/** Interfaces declared twice (declaration merging) get the union of their properties. */
function mergeInterface(
  table: TypeTable,
  key: string,
  declaration: Extract<WrittenDeclaration, { kind: "interface" }>,
  scope: NameScope,
  resolver: Resolver,
): void {
  const existing = table.interfaces.get(key);
  const entry = existing ?? {
    name: declaration.name,
    namespace: scope.namespace,
    properties: new Map<string, TypeShape>(),
    placeholder: declaration.placeholder,
  };

  for (const [name, shape] of declaration.properties) {
    entry.properties.set(name, resolver.shape(shape, scope));
  }
  if (declaration.base !== undefined && entry.base === undefined) {
    entry.base = resolver.name(declaration.base, scope) ?? declaration.base.toLowerCase();
  }
  entry.placeholder = entry.placeholder && declaration.placeholder;
  table.interfaces.set(key, entry);
}

function createResolver(
  modules: ModuleSet,
  table: TypeTable,
  aliases: Map<string, ScopedDeclaration>,
  unresolved: Set<string>,
): Resolver {
  const name = (written: string, scope: NameScope): string | undefined =>
    lookUp(modules, table, written.split("."), scope);

  const shape = (written: TypeShape, scope: NameScope, depth = 0): TypeShape => {
    if (written.kind === "union") {
      return { ...written, members: written.members.map((member) => shape(member, scope, depth)) };
    }
    if (written.kind !== "reference") return written;

    const key = name(written.target, scope);
    if (key === undefined) unresolved.add(written.target);
    const target = key ?? written.target.toLowerCase();
    const alias = aliases.get(target);
    if (alias?.declaration.kind === "alias" && depth < maximumAliasDepth) {
      const aliased = shape(alias.declaration.shape, alias.scope, depth + 1);
      return {
        ...aliased,
        array: aliased.array || written.array,
        nullable: aliased.nullable || written.nullable,
      };
    }
    const kind = table.enums.has(target) ? "enum" : "reference";
    return { kind, target, array: written.array, nullable: written.nullable };
  };

  return { name, shape };
}

/** The qualified key a written name stands for in a scope, if anything declares it. */
function lookUp(
  modules: ModuleSet,
  table: TypeTable,
  segments: readonly string[],
  scope: NameScope,
): string | undefined {
  const [head, ...rest] = segments;
  if (head === undefined) return undefined;

  const binding = scope.module.imports.get(head);
  const imported = binding && resolveSpecifier(modules, scope.module.path, binding.specifier);
  if (binding !== undefined && imported !== undefined) {
    const path = binding.imported === "*" ? rest : [binding.imported, ...rest];
    return known(table, imported.namespace, path);
  }
  if (head.toLowerCase() === scope.module.globalAlias?.toLowerCase()) {
    return known(table, scope.module.namespace, rest);
  }
  for (let depth = scope.namespace.length; depth >= 0; depth -= 1) {
    const key = known(table, scope.namespace.slice(0, depth), segments);
    if (key !== undefined) return key;
  }
  return rest.length > 0 ? known(table, [], rest) : undefined;
}

function known(
  table: TypeTable,
  namespace: readonly string[],
  path: readonly string[],
): string | undefined {
  const name = path.at(-1);
  if (name === undefined) return undefined;

  const key = qualifiedKey([...namespace, ...path.slice(0, -1)], name);
  return table.knownNames.has(key) ? key : undefined;
}

/** Each declaration with its full namespace: the module's, then the blocks around it. */
function collectDeclarations(modules: ModuleSet): ScopedDeclaration[] {
  const scoped: ScopedDeclaration[] = [];

  for (const module of modules.values()) {
    for (const declaration of module.declarations) {
      const namespace = [...module.namespace, ...declaration.namespace];
      scoped.push({ declaration, scope: { module, namespace } });
    }
  }
  return scoped;
}
