import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PageExtract, PropertyExtract, TypeTerm } from "../extract/page-extract.js";
import type { ApiModel, DescriptionSource, PropertyModel, ResolvedTerm } from "./api-model.js";
import { resolveBases } from "./resolve-bases.js";
import { placeholderFor } from "./placeholders.js";
import { addProductSentinels } from "./product-sentinels.js";
import { repairTranslatedMembers } from "./repair-translated-members.js";
import { registerDefinitions, type Registry } from "./registry.js";
import { resolveReference } from "./resolve-reference.js";
import {
  addSentinel,
  disjointFrom,
  indexDocumentedEnums,
  resolveValues,
  type EnumIndex,
} from "./resolve-values.js";

/** The linked model and what linking found wrong. */
export interface BuildResult {
  model: ApiModel;
  diagnostics: Diagnostic[];
}

/**
 * Link the extracts of all pages into one model: register definitions, resolve property
 * types, then base types.
 */
export function buildModel(pages: readonly PageExtract[]): BuildResult {
  const ordered = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  // 1. Every definition, so that references can be resolved in any order.
  const registry = registerDefinitions(ordered);

  // 2. Enum members that translation changed, restored from value lists that it kept.
  repairTranslatedMembers(registry, ordered);

  // 3. Property types, merged over every page that defines the type.
  const documented = indexDocumentedEnums(registry.model.enums);
  for (const [key, definitions] of registry.definitions) {
    const type = registry.model.types.get(key)!;
    const seen = new Set<string>();
    for (const { page, resource } of definitions) {
      const resourceIndex = page.resources.indexOf(resource);
      for (const [index, property] of resource.properties.entries()) {
        if (seen.has(property.name)) continue;
        seen.add(property.name);
        const at: DescriptionSource = {
          file: page.file,
          kind: "property",
          resource: resourceIndex,
          property: index,
        };
        type.properties.push(
          resolveProperty(registry, documented, page, type.namespace, type.name, property, at),
        );
      }
    }
  }

  // 4. The sentinel a docs set gives all its enums, where a list forgot it.
  addProductSentinels(registry);

  // 5. Base types, with cycles broken.
  resolveBases(registry);

  return { model: registry.model, diagnostics: registry.diagnostics };
}

function resolveProperty(
  registry: Registry,
  documented: EnumIndex,
  page: PageExtract,
  namespace: string,
  typeName: string,
  property: PropertyExtract,
  at: DescriptionSource,
): PropertyModel {
  const resolveTerm = (term: TypeTerm): ResolvedTerm => {
    if (term.kind === "primitive" || term.kind === "json") return term;
    const owner = { namespace, typeName, propertyName: property.name, file: page.file };
    if (term.kind === "values")
      return { kind: "enum", key: resolveValues(registry, documented, term.values, owner) };

    const target = resolveReference(registry, term.link, { pageKey: page.pageKey, namespace });
    if (target?.kind === "enum" && property.values) {
      const list = registry.model.enums.get(target.key)!;
      if (disjointFrom(list, property.values)) {
        registry.diagnostics.push(
          createDiagnostic(
            "GT406",
            page.file,
            property.position,
            `'${property.name}' lists ${property.values.join(", ")}, none of which enum '${list.name}' has; the property's list wins`,
          ),
        );
        return { kind: "enum", key: resolveValues(registry, documented, property.values, owner) };
      }
      addSentinel(list, property.values);
    }
    if (target) return target;
    if (property.values && !term.link.page) {
      return {
        kind: "enum",
        key: resolveValues(registry, documented, property.values, {
          ...owner,
          typeName: "",
          propertyName: term.link.text,
        }),
      };
    }
    const placeholder = placeholderFor(registry, term.link, namespace, {
      file: page.file,
      position: property.position,
    });
    return placeholder ? { kind: "type", key: placeholder } : { kind: "json" };
  };

  const model: PropertyModel = {
    name: property.name,
    type: {
      collection: property.type.collection,
      alternatives: dedupe(property.type.alternatives.map(resolveTerm)),
    },
    readOnly: property.readOnly,
    nullable: property.nullable,
    navigation: property.navigation,
  };
  if (property.description) {
    model.description = property.description;
    model.describedBy = at;
  }
  return model;
}

function dedupe(terms: ResolvedTerm[]): ResolvedTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const id = JSON.stringify(term);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
