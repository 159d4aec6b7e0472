import type { ApiModel, TypeModel } from "../model/api-model.js";
import type { Hierarchy } from "./emit-interface.js";

/**
 * Index the inheritance tree once: inherited property names per type, and the `@odata.type`
 * values of each type and its descendants, in key order.
 */
export function buildHierarchy(model: ApiModel): Hierarchy {
  const children = new Map<string, TypeModel[]>();
  for (const type of model.types.values()) {
    if (!type.base) continue;
    const list = children.get(type.base) ?? [];
    list.push(type);
    children.set(type.base, list);
  }

  const inheritedCache = new Map<string, ReadonlySet<string>>();
  const inherited = (type: TypeModel): ReadonlySet<string> => {
    const cached = inheritedCache.get(type.key);
    if (cached) return cached;
    const names = new Set<string>();
    for (
      let base = type.base ? model.types.get(type.base) : undefined;
      base;
      base = base.base ? model.types.get(base.base) : undefined
    ) {
      for (const property of base.properties) names.add(property.name);
    }
    inheritedCache.set(type.key, names);
    return names;
  };

  const odataTypes = (type: TypeModel): readonly string[] => {
    const values: string[] = [];
    const stack = [type];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (!current.placeholder) values.push(`${current.namespace}.${current.name}`);
      stack.push(...(children.get(current.key) ?? []));
    }
    return values.sort();
  };

  return { inherited, odataTypes };
}
