import type { TypeLink } from "../extract/page-extract.js";
import { keyOf, rootNamespace, splitQualifiedName } from "./api-model.js";
import type { Registry } from "./registry.js";

/** What a reference resolved to. */
export type ReferenceTarget = { kind: "type"; key: string } | { kind: "enum"; key: string };

/** Where a reference is made: the page and the namespace of the type that makes it. */
export interface ReferenceContext {
  pageKey: string;
  namespace: string;
}

/**
 * Find the type or enum a link or an unlinked name points at.
 *
 * The link target decides first (the page it opens, the `x-values` anchor it names), since
 * link texts may be translated; the name decides next, in the referring namespace, then the
 * root namespace, then anywhere.
 *
 * ```markdown
 * [сущности](entity.md) · [callType](#calltype-values) · callDirection
 * ```
 */
export function resolveReference(
  registry: Registry,
  link: TypeLink,
  context: ReferenceContext,
): ReferenceTarget | undefined {
  const page = link.page ?? context.pageKey;
  const anchorName = link.anchor?.endsWith("-values")
    ? link.anchor.slice(0, -"-values".length)
    : undefined;

  // 1. The anchor of an enum list, on the target page or anywhere.
  if (anchorName) {
    const onPage = registry.enumsByPage.get(page)?.find((key) => key.endsWith(`.${anchorName}`));
    const target =
      onPage ?? pickByNamespace(registry.enumsByName.get(anchorName), context.namespace);
    if (target) return adoptCase(registry, { kind: "enum", key: target }, link.text);
  }

  // 2. The page a link opens: its only type, or the one the link text names, or its only enum.
  if (link.page && link.page !== context.pageKey) {
    const types = registry.typesByPage.get(link.page) ?? [];
    const named = types.find((key) => key.endsWith(`.${link.text.toLowerCase()}`));
    const key = named ?? (types.length === 1 ? types[0] : undefined);
    if (key) return { kind: "type", key };
    const enums = registry.enumsByPage.get(link.page) ?? [];
    if (enums.length === 1 && types.length === 0)
      return adoptCase(registry, { kind: "enum", key: enums[0]! }, link.text);
  }

  // 3. The name, qualified or not.
  return resolveName(registry, link.text, context, link.page === undefined);
}

/** Look a name up among types and enums; an unlinked name prefers an enum of that name. */
export function resolveName(
  registry: Registry,
  text: string,
  context: ReferenceContext,
  preferEnum: boolean,
): ReferenceTarget | undefined {
  const qualified = text.replace(/^#/, "");

  if (qualified.includes(".")) {
    const { namespace, name } = splitQualifiedName(qualified, context.namespace);
    const key = keyOf(namespace, name);
    if (registry.model.types.has(key)) return { kind: "type", key };
    if (registry.model.enums.has(key)) return adoptCase(registry, { kind: "enum", key }, name);
    return undefined;
  }

  const name = qualified.toLowerCase();
  const type = pickByNamespace(registry.typesByName.get(name), context.namespace);
  const enumKey = pickByNamespace(registry.enumsByName.get(name), context.namespace);
  const enumTarget = enumKey
    ? adoptCase(registry, { kind: "enum", key: enumKey }, text)
    : undefined;
  const typeTarget = type ? ({ kind: "type", key: type } as const) : undefined;
  return preferEnum ? (enumTarget ?? typeTarget) : (typeTarget ?? enumTarget);
}

/** Of several keys with one name: the referring namespace's, the root's, else the first. */
function pickByNamespace(
  keys: readonly string[] | undefined,
  namespace: string,
): string | undefined {
  if (!keys || keys.length === 0) return undefined;
  const inNamespace = (ns: string) =>
    keys.find(
      (key) => key.startsWith(`${ns.toLowerCase()}.`) && !key.slice(ns.length + 1).includes("."),
    );
  return inNamespace(namespace) ?? inNamespace(rootNamespace) ?? keys[0];
}

/** An enum named only by a lower-case anchor takes the case of the first name that refers to it. */
export function adoptCase(
  registry: Registry,
  target: ReferenceTarget,
  text: string,
): ReferenceTarget {
  const model = registry.model.enums.get(target.key);
  const plain = text.split(".").pop() ?? text;

  if (
    model &&
    model.name === model.name.toLowerCase() &&
    plain.toLowerCase() === model.name &&
    plain !== model.name
  ) {
    model.name = plain;
  }
  return target;
}
