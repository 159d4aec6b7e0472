import { createDiagnostic, type Position } from "../diagnostics/diagnostic.js";
import type { PageExtract } from "../extract/page-extract.js";
import { keyOf, rootNamespace, splitQualifiedName } from "./api-model.js";
import { placeholderFor } from "./placeholders.js";
import type { Registry } from "./registry.js";
import { resolveReference } from "./resolve-reference.js";

/**
 * Give every type its base: the annotation's `baseType`, else the page's "Inherits from" link.
 * A base that would close a cycle is dropped and reported.
 *
 * ```markdown
 * <!-- { "blockType": "resource", "baseType": "microsoft.graph.entity", ... } -->
 * Represents a user. Inherits from [directoryObject](directoryobject.md).
 * ```
 */
export function resolveBases(registry: Registry, pages: readonly PageExtract[]): void {
  const positions = new Map<string, Position>();

  // 1. Read each type's base from its own page.
  for (const page of pages) {
    for (const resource of page.resources) {
      const { namespace, name } = splitQualifiedName(
        resource.odataType,
        page.namespace ?? rootNamespace,
      );
      const type = registry.model.types.get(keyOf(namespace, name));
      if (!type || type.sources[0] !== page.file) continue;

      const where = { file: page.file, position: resource.position };
      positions.set(type.key, resource.position);
      const link = resource.baseType
        ? { text: resource.baseType }
        : page.resources.length === 1
          ? page.inheritsFrom
          : undefined;
      if (!link) continue;

      const target = resolveReference(registry, link, { pageKey: page.pageKey, namespace });
      const base =
        target?.kind === "type"
          ? target.key
          : placeholderFor(registry, link, namespace, where, "GT403");
      if (base && base !== type.key) type.base = base;
    }
  }

  // 2. Break cycles: follow each chain and drop the base that leads back into it.
  for (const type of registry.model.types.values()) {
    const seen = new Set<string>([type.key]);
    let current = type;
    while (current.base) {
      if (seen.has(current.base)) {
        registry.diagnostics.push(
          createDiagnostic(
            "GT402",
            current.sources[0] ?? "",
            positions.get(current.key),
            `'${current.name}' extends '${current.base}', which extends it again; base dropped`,
          ),
        );
        delete current.base;
        break;
      }
      seen.add(current.base);
      const next = registry.model.types.get(current.base);
      if (!next) break;
      current = next;
    }
  }
}
