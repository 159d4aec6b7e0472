import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { EnumExtract, PageExtract, ResourceExtract } from "../extract/page-extract.js";
import {
  keyOf,
  rootNamespace,
  splitQualifiedName,
  type ApiModel,
  type EnumModel,
  type TypeModel,
} from "./api-model.js";

/** The definitions of all pages, indexed for reference lookup. */
export interface Registry {
  model: ApiModel;
  /** Page key → keys of the types it defines. */
  typesByPage: Map<string, string[]>;
  /** Page key → keys of the enums it defines. */
  enumsByPage: Map<string, string[]>;
  /** Lower-case simple name → keys of types with that name, in any namespace. */
  typesByName: Map<string, string[]>;
  enumsByName: Map<string, string[]>;
  /** Type key → every page that defines the type, its home page first. */
  definitions: Map<string, Definition[]>;
  diagnostics: Diagnostic[];
}

/** One page's definition of a type. */
export interface Definition {
  page: PageExtract;
  resource: ResourceExtract;
}

/**
 * Register every resource and enum the pages define, before any reference is resolved.
 *
 * A type defined on several pages (feature areas document parts of one type on pages of their
 * own) keeps every definition, its home page first: the page named like the type. An enum
 * listed twice keeps the union of its members.
 */
export function registerDefinitions(pages: readonly PageExtract[]): Registry {
  const registry: Registry = {
    model: { types: new Map(), enums: new Map() },
    typesByPage: new Map(),
    enumsByPage: new Map(),
    typesByName: new Map(),
    enumsByName: new Map(),
    definitions: new Map(),
    diagnostics: [],
  };

  for (const page of pages) {
    for (const resource of page.resources) registerType(registry, page, resource);
    for (const list of page.enums) registerEnum(registry, page, list);
  }

  return registry;
}

function registerType(registry: Registry, page: PageExtract, resource: ResourceExtract): void {
  const { namespace, name } = splitQualifiedName(
    resource.odataType,
    page.namespace ?? rootNamespace,
  );
  const key = keyOf(namespace, name);
  const existing = registry.model.types.get(key);
  const definitions = registry.definitions.get(key) ?? [];
  const home = page.pageKey === name.toLowerCase();

  if (existing) {
    registry.diagnostics.push(
      createDiagnostic(
        "GT401",
        page.file,
        resource.position,
        `type '${resource.odataType}' is also defined in ${existing.sources[0]}; definitions merged`,
      ),
    );
    // The home page goes first, unless an earlier home page is there already.
    const first = home && definitions[0]?.page.pageKey !== name.toLowerCase();
    definitions.splice(first ? 0 : definitions.length, 0, { page, resource });
    existing.sources.splice(first ? 0 : existing.sources.length, 0, page.file);
    existing.abstract ||= resource.abstract;
    if (resource.keyProperty) existing.keyProperty ??= resource.keyProperty;
    if (page.hasMethods && page.resources.length === 1) existing.hasMethods = true;
    if (first && page.description && page.resources.length === 1) {
      existing.description = page.description;
      existing.describedBy = { file: page.file, kind: "page" };
    }
    push(registry.typesByPage, page.pageKey, key);
    return;
  }

  const type: TypeModel = {
    key,
    namespace,
    name,
    abstract: resource.abstract,
    properties: [],
    sources: [page.file],
    placeholder: false,
  };
  if (page.description && page.resources.length === 1) {
    type.description = page.description;
    type.describedBy = { file: page.file, kind: "page" };
  }
  if (resource.keyProperty) type.keyProperty = resource.keyProperty;
  if (page.hasMethods && page.resources.length === 1) type.hasMethods = true;
  registry.model.types.set(key, type);
  registry.definitions.set(key, [{ page, resource }]);
  push(registry.typesByPage, page.pageKey, key);
  push(registry.typesByName, name.toLowerCase(), key);
}

function registerEnum(registry: Registry, page: PageExtract, list: EnumExtract): void {
  const namespace = list.namespace ?? page.namespace ?? rootNamespace;
  const key = keyOf(namespace, list.name);
  const existing = registry.model.enums.get(key);

  if (existing) {
    const added = list.members.filter((member) => !existing.members.includes(member));
    if (added.length > 0) {
      registry.diagnostics.push(
        createDiagnostic(
          "GT404",
          page.file,
          list.position,
          `enum '${list.name}' is also listed in ${existing.sources[0]} with other members; added ${added.join(", ")}`,
        ),
      );
      existing.members.push(...added);
    }
    if (!list.lowercaseName && existing.name === existing.name.toLowerCase())
      existing.name = list.name;
    existing.sources.push(page.file);
    push(registry.enumsByPage, page.pageKey, key);
    return;
  }

  const model: EnumModel = {
    key,
    namespace,
    name: list.name,
    members: [...list.members],
    sources: [page.file],
    inline: false,
  };
  if (list.description) {
    model.description = list.description;
    model.describedBy = { file: page.file, kind: "enum", list: page.enums.indexOf(list) };
  }
  registry.model.enums.set(key, model);
  push(registry.enumsByPage, page.pageKey, key);
  push(registry.enumsByName, list.name.toLowerCase(), key);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else {
    map.set(key, [value]);
  }
}
