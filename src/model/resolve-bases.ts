import { createDiagnostic } from "../diagnostics/diagnostic.js";
import { rootNamespace } from "./api-model.js";
import { inferKeyBases } from "./infer-key-base.js";
import { inferLinkedBases } from "./infer-linked-base.js";
import { inferRepeatedBases } from "./infer-repeated-base.js";
import { placeholderFor } from "./placeholders.js";
import type { Registry } from "./registry.js";
import { resolveReference } from "./resolve-reference.js";

/**
 * Give every type its base: the annotation's `baseType`, else the page's "Inherits from" link,
 * else a derived-types list, a linked type whose properties it repeats, a type whose
 * properties it repeats with its siblings, or the root entity;
 * when the annotation and a link both name one and the link names a descendant of the
 * annotation's base, the link.
 * A base that would close a cycle is dropped and reported.
 *
 * ```markdown
 * <!-- { "blockType": "resource", "baseType": "microsoft.graph.entity", ... } -->
 * Represents a user. Inherits from [directoryObject](directoryobject.md).
 * ```
 */
export function resolveBases(registry: Registry): void {
  // 1. Read each type's base from the first of its pages that names one.
  const sentenceBases = new Map<string, string>();
  for (const [key, definitions] of registry.definitions) {
    const type = registry.model.types.get(key)!;
    for (const { page, resource } of definitions) {
      const link = resource.baseType
        ? { text: resource.baseType }
        : page.resources.length === 1
          ? page.inheritsFrom
          : undefined;
      if (!link) continue;

      const where = { file: page.file, position: resource.position };
      const target = resolveReference(registry, link, {
        pageKey: page.pageKey,
        namespace: type.namespace,
      });
      const base =
        target?.kind === "type"
          ? target.key
          : placeholderFor(registry, link, type.namespace, where, "GT403");
      if (base && base !== type.key) type.base = base;
      const sentence =
        resource.baseType && page.resources.length === 1 ? page.inheritsFrom : undefined;
      if (sentence) {
        const named = resolveReference(registry, sentence, {
          pageKey: page.pageKey,
          namespace: type.namespace,
        });
        if (named?.kind === "type" && named.key !== type.base) sentenceBases.set(key, named.key);
      }
      break;
    }
  }

  // 2. Types a base page lists as derived, when their own pages name no base.
  for (const [key, definitions] of registry.definitions) {
    for (const { page } of definitions) {
      if (page.resources.length !== 1) continue;
      for (const link of page.derivedTypes) {
        const target = resolveReference(registry, link, {
          pageKey: page.pageKey,
          namespace: rootNamespace,
        });
        const derived = target?.kind === "type" ? registry.model.types.get(target.key) : undefined;
        if (derived && !derived.base && derived.key !== key) derived.base = key;
      }
    }
  }

  // 3. Types that repeat every property of a type their lead paragraph links to.
  inferLinkedBases(registry);

  // 4. Types whose properties a family of siblings repeats with them.
  inferRepeatedBases(registry);

  // 5. Entities that name no base derive from the root entity.
  inferKeyBases(registry.model);

  // 6. A sentence more specific than the annotation: it names a type that derives from the
  // annotation's base (`baseType` is the root entity, the sentence names `directoryObject`).
  for (const [key, sentenceBase] of sentenceBases) {
    const type = registry.model.types.get(key)!;
    const chain = ancestorsOf(registry, sentenceBase);
    if (type.base && chain.includes(type.base) && !chain.includes(key)) type.base = sentenceBase;
  }

  // 7. Break cycles: follow each chain and drop the base that leads back into it.
  for (const type of registry.model.types.values()) {
    const seen = new Set<string>([type.key]);
    let current = type;
    while (current.base) {
      if (seen.has(current.base)) {
        registry.diagnostics.push(
          createDiagnostic(
            "GT402",
            current.sources[0] ?? "",
            registry.definitions.get(current.key)?.[0]?.resource.position,
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

/** The keys of a type's ancestors, nearest first; stops at a cycle. */
function ancestorsOf(registry: Registry, key: string): string[] {
  const chain: string[] = [];
  for (
    let base = registry.model.types.get(key)?.base;
    base && !chain.includes(base);
    base = registry.model.types.get(base)?.base
  ) {
    chain.push(base);
  }
  return chain;
}
