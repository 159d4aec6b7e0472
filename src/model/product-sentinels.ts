import type { Registry } from "./registry.js";
import { sentinel } from "./resolve-values.js";

/** How many of a docs set's enums must name the sentinel before the set's rule is read. */
const fewestWithSentinel = 3;

/** The share of a docs set's enums that must name it. */
const leastShareWithSentinel = 0.7;

/**
 * Add `unknownFutureValue` to the enums of a docs set (the pages of one `ms.prod`) that omit
 * it, where nearly every other enum only that set uses names it: a team that makes its
 * enums evolvable does so for all of them, and its lists forget the sentinel now and then.
 *
 * ```markdown
 * ### printJobProcessingState values     ← pending, processing, completed, …  (no sentinel)
 * ### printerProcessingState values      ← …, unknownFutureValue
 * ### printJobStateDetail values         ← …, unknownFutureValue
 * ```
 *
 * Enums used by types of several docs sets, or of pages that name none, are left as listed.
 */
export function addProductSentinels(registry: Registry): void {
  // 1. The docs sets of the types that use each enum.
  const productsByEnum = new Map<string, Set<string | undefined>>();
  for (const [key, definitions] of registry.definitions) {
    const products = definitions.map(({ page }) => page.product);
    for (const property of registry.model.types.get(key)!.properties) {
      for (const term of property.type.alternatives) {
        if (term.kind !== "enum") continue;
        const used = productsByEnum.get(term.key) ?? new Set();
        for (const product of products) used.add(product);
        productsByEnum.set(term.key, used);
      }
    }
  }

  // 2. Each set's own enums, with and without the sentinel.
  const enumsByProduct = new Map<string, { with: number; without: string[] }>();
  for (const [enumKey, products] of productsByEnum) {
    const [product] = products;
    if (products.size !== 1 || product === undefined) continue;
    const own = enumsByProduct.get(product) ?? { with: 0, without: [] };
    if (hasSentinel(registry.model.enums.get(enumKey)!.members)) own.with++;
    else own.without.push(enumKey);
    enumsByProduct.set(product, own);
  }

  // 3. Where the set's rule is plain, the enums that omit the sentinel gain it.
  for (const own of enumsByProduct.values()) {
    const share = own.with / (own.with + own.without.length);
    if (own.with < fewestWithSentinel || share < leastShareWithSentinel) continue;
    for (const enumKey of own.without) {
      const members = registry.model.enums.get(enumKey)!.members;
      if (members.length > 0) members.push("unknownFutureValue");
    }
  }
}

function hasSentinel(members: readonly string[]): boolean {
  return members.some((member) => member.toLowerCase() === sentinel);
}
