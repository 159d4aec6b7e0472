import { sentinel } from "./resolve-values.js";

/** How much a value list may hold besides the enum's members. */
export type AlignmentMode =
  /** A list the docs give as the values: what it adds between two shared members counts. */
  | "gaps"
  /** Every code word of a description: only a list with nothing left over counts. */
  | "exact";

/**
 * A member translation may have changed: anything that is not an ASCII identifier (`все`,
 * `не удалось`, and `11` for `eleven`).
 */
export function isDamaged(member: string): boolean {
  return !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(member);
}

/**
 * Pair the translated members of an enum with the values of a list that kept them.
 *
 * A list that holds every intact member and as many other values as there are translated
 * members restores them all: the member set is then known, whatever order translation left.
 * Failing that, a `gaps` list is aligned on the members both share: between two shared
 * members (or before the first, or after the last), as many translated members as unknown
 * values are paired in order.
 *
 * ```text
 * members: нет      adminsAndGuestInviters  все        unknownFutureValue
 * values:  none     adminsAndGuestInviters  everyone
 * ```
 *
 * Returns translated member → value; a stretch whose counts differ restores nothing.
 */
export function alignMembers(
  members: readonly string[],
  values: readonly string[],
  mode: AlignmentMode,
): Map<string, string> {
  const known = new Set(members.map((member) => member.toLowerCase()));
  const list = distinct(values);
  const isUnknown = (value: string) =>
    !known.has(value.toLowerCase()) && value.toLowerCase() !== sentinel;

  // 1. The whole list: every intact member in it, and one unknown value per translated member.
  const damaged = members.filter(isDamaged);
  const unknown = list.filter(isUnknown);
  const listed = new Set(list.map((value) => value.toLowerCase()));
  const intactListed = members.every(
    (member) =>
      isDamaged(member) || member.toLowerCase() === sentinel || listed.has(member.toLowerCase()),
  );
  if (intactListed && damaged.length === unknown.length) return pairInOrder(damaged, unknown);
  if (mode === "exact") return new Map();

  // 2. Stretches between shared members, with a last one after the final pair.
  const pairs = commonSubsequence(members, list);
  const restored = new Map<string, string>();
  if (!pairs.some(([memberAt]) => members[memberAt]!.toLowerCase() !== sentinel)) return restored;
  let memberStart = 0;
  let valueStart = 0;
  for (const [memberAt, valueAt] of [...pairs, [members.length, list.length] as const]) {
    const stretchDamaged = members.slice(memberStart, memberAt).filter(isDamaged);
    const stretchUnknown = list.slice(valueStart, valueAt).filter(isUnknown);
    if (stretchDamaged.length === stretchUnknown.length) {
      for (const [member, value] of pairInOrder(stretchDamaged, stretchUnknown))
        restored.set(member, value);
    }
    memberStart = memberAt + 1;
    valueStart = valueAt + 1;
  }
  return restored;
}

function pairInOrder(members: readonly string[], values: readonly string[]): Map<string, string> {
  return new Map(members.map((member, index) => [member, values[index]!]));
}

/** Values once each, compared without case, in their first spelling. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const folded = value.toLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** Index pairs of a longest common subsequence, compared without case. */
function commonSubsequence(
  members: readonly string[],
  values: readonly string[],
): [number, number][] {
  const same = (i: number, j: number) => members[i]!.toLowerCase() === values[j]!.toLowerCase();
  const lengths = Array.from({ length: members.length + 1 }, () =>
    new Array<number>(values.length + 1).fill(0),
  );

  for (let i = members.length - 1; i >= 0; i--) {
    for (let j = values.length - 1; j >= 0; j--) {
      lengths[i]![j] = same(i, j)
        ? lengths[i + 1]![j + 1]! + 1
        : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }

  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < members.length && j < values.length;) {
    if (same(i, j)) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}
