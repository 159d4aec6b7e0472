import type { ApiModel, TypeModel } from "./api-model.js";

/**
 * Give entities that name no base the root entity type: the one documented abstract type
 * without a base whose only property is its key.
 *
 * Most entity pages do not say "Inherits from" the root, yet every entity derives from it.
 * An entity is a type whose annotation names a key property, or whose page lists methods
 * and whose properties include the root's key:
 *
 * ```markdown
 * <!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.alert" } -->
 * ```
 */
export function inferKeyBases(model: ApiModel): void {
  const roots = [...model.types.values()].filter(isKeyRoot);
  if (roots.length !== 1) return;
  const root = roots[0]!;
  const key = root.keyProperty!;

  for (const type of model.types.values()) {
    if (type === root || type.base || type.placeholder) continue;
    const named = type.keyProperty === key;
    const listed =
      type.hasMethods === true && type.properties.some((property) => property.name === key);
    if (named || listed) type.base = root.key;
  }
}

function isKeyRoot(type: TypeModel): boolean {
  return (
    !type.placeholder &&
    type.abstract &&
    type.base === undefined &&
    type.keyProperty !== undefined &&
    type.properties.length === 1 &&
    type.properties[0]!.name === type.keyProperty
  );
}
