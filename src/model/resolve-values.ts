import { keyOf, type EnumModel } from "./api-model.js";
import { appendTo } from "./append-to.js";
import { oneEditApart } from "../text/edit-distance.js";
import type { Registry } from "./registry.js";
import { adoptCase } from "./resolve-reference.js";

/** Members the docs add to some lists and omit from others; ignored when sets are compared. */
export const sentinel = "unknownfuturevalue";

/** The shortest member a misspelling is recognised in; shorter words differ by design. */
const shortestMisspelt = 6;

/**
 * Documented enums by their folded member set, and by how many members that set holds, in
 * registration order. Only the unknownFutureValue sentinel, which sets leave out, is added to
 * a documented enum once translated members are restored, so the index stays true.
 */
export interface EnumIndex {
  bySet: Map<string, EnumModel[]>;
  bySize: Map<number, EnumModel[]>;
}

/** Index the documented enums, once their translated members are restored. */
export function indexDocumentedEnums(enums: ReadonlyMap<string, EnumModel>): EnumIndex {
  const index: EnumIndex = { bySet: new Map(), bySize: new Map() };

  for (const list of enums.values()) {
    if (list.inline) continue;
    const set = memberSet(list.members);
    appendTo(index.bySet, set, list);
    appendTo(index.bySize, set.split("|").length, list);
  }

  return index;
}

/**
 * The enum an inline value list stands for: a named enum with the same members if there is
 * one (preferring the property's own name and namespace), or one whose members differ from
 * the list only by a misspelt member; else a new enum `<Type><Property>`.
 *
 * ```markdown
 * | status | String | Possible values are: `notStarted`, `running`, `completed`. |
 * | type | String | The type of meeting: `singleInstance`, `occurence`, `exception`. |
 * ```
 */
export function resolveValues(
  registry: Registry,
  documented: EnumIndex,
  values: readonly string[],
  owner: { namespace: string; typeName: string; propertyName: string; file: string },
): string {
  const wanted = memberSet(values);

  // 1. A documented enum with exactly these members, or with one of them misspelt.
  const given = wanted.split("|");
  const matches =
    documented.bySet.get(wanted) ??
    (documented.bySize.get(given.length) ?? []).filter((candidate) =>
      misspeltOnce(candidate.members, given),
    );
  const best =
    matches.find(
      (candidate) => candidate.name.toLowerCase() === owner.propertyName.toLowerCase(),
    ) ??
    matches.find((candidate) => candidate.namespace === owner.namespace) ??
    matches[0];
  if (best) {
    addSentinel(best, values);
    adoptCase(registry, { kind: "enum", key: best.key }, owner.propertyName);
    return best.key;
  }

  // 2. A new enum named for the type and property.
  const name =
    owner.typeName + owner.propertyName.charAt(0).toUpperCase() + owner.propertyName.slice(1);
  const key = keyOf(owner.namespace, name);
  if (!registry.model.enums.has(key)) {
    registry.model.enums.set(key, {
      key,
      namespace: owner.namespace,
      name,
      members: [...values],
      sources: [owner.file],
      inline: true,
    });
  }
  return key;
}

/**
 * Add `unknownFutureValue` to an enum whose list omits it when a property's own list of the
 * same members names it: the lists of one enum on different pages disagree on it.
 */
export function addSentinel(list: EnumModel, values: readonly string[]): void {
  const sentinelValue = values.find((value) => value.toLowerCase() === sentinel);
  if (!sentinelValue || list.members.some((member) => member.toLowerCase() === sentinel)) return;
  if (memberSet(list.members) !== memberSet(values)) return;
  list.members.push(sentinelValue);
}

/**
 * True when a property's own value list and the enum its type names have no member in
 * common: one of the two belongs to another enum, and the property's list is nearer to it.
 *
 * ```markdown
 * | changeType | changeType | The supported values are: `created`, `updated`, `deleted`. |
 * ### changeType values       ← |clientIpAddress| |authenticatorAppGps|
 * ```
 */
export function disjointFrom(list: EnumModel, values: readonly string[]): boolean {
  const listed = memberSet(list.members).split("|");
  const given = memberSet(values).split("|");
  return listed[0] !== "" && given[0] !== "" && !given.some((value) => listed.includes(value));
}

/** Member sets already folded, by list: lists repeat across pages and enums. */
const memberSets = new Map<string, string>();

function memberSet(members: readonly string[]): string {
  const list = members.join("\n");
  let set = memberSets.get(list);
  if (set === undefined) {
    const folded = members
      .map((member) => member.toLowerCase())
      .filter((member) => member !== sentinel);
    set = [...new Set(folded)].sort().join("|");
    memberSets.set(list, set);
  }
  return set;
}

/**
 * The lists (`given` already folded, the same size as the enum's set) hold the same members
 * but one, which one misspells.
 */
function misspeltOnce(members: readonly string[], given: readonly string[]): boolean {
  const listed = memberSet(members).split("|");
  const onlyListed = listed.filter((member) => !given.includes(member));
  const onlyGiven = given.filter((value) => !listed.includes(value));
  return (
    onlyListed.length === 1 &&
    onlyGiven.length === 1 &&
    Math.min(onlyListed[0]!.length, onlyGiven[0]!.length) >= shortestMisspelt &&
    oneEditApart(onlyListed[0]!, onlyGiven[0]!)
  );
}
