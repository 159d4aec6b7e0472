import { descendsFrom } from "./ancestry.js";
import { rootNamespace } from "./api-model.js";
import type { Registry } from "./registry.js";
import { resolveReference } from "./resolve-reference.js";

/** Properties a linked type must have for sharing them all to tell a base. */
const minimumShared = 2;

/**
 * Give a type whose pages name no base the type its lead paragraph links to, when the type
 * repeats every property of that one: the shape of an inherited list, in any language.
 *
 * ```markdown
 * Используется для создания оценки угроз почты, полученной из [threatAssessmentRequest](threatAssessmentRequest.md).
 * ```
 *
 * The linked type must have at least two properties, be the type of none of the type's
 * properties (that is composition), and not descend from the type itself.
 */
export function inferLinkedBases(registry: Registry): void {
  for (const [key, definitions] of registry.definitions) {
    const type = registry.model.types.get(key)!;
    if (type.base || type.placeholder) continue;
    const names = new Set(type.properties.map((property) => property.name));
    const referred = new Set(
      type.properties.flatMap((property) =>
        property.type.alternatives.flatMap((term) => (term.kind === "type" ? [term.key] : [])),
      ),
    );

    for (const { page } of definitions) {
      if (page.resources.length !== 1) continue;
      const base = page.introLinks
        .map((link) =>
          resolveReference(registry, link, {
            pageKey: page.pageKey,
            namespace: page.namespace ?? rootNamespace,
          }),
        )
        .map((target) =>
          target?.kind === "type" ? registry.model.types.get(target.key) : undefined,
        )
        .find(
          (candidate) =>
            candidate !== undefined &&
            candidate.key !== key &&
            !referred.has(candidate.key) &&
            !candidate.placeholder &&
            candidate.properties.length >= minimumShared &&
            candidate.properties.every((property) => names.has(property.name)) &&
            !descendsFrom(registry, candidate.key, key),
        );
      if (base) {
        type.base = base.key;
        break;
      }
    }
  }
}
