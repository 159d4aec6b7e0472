import { isIdentifier, pascalCase } from "./naming.js";

/**
 * Name every member of an enum once: its PascalCase form where no other member shares it,
 * else the member itself, else a numbered form, so that no two keys are equal and none reads
 * as a number (which an `enum` member name may not).
 *
 * ```markdown
 * | Member | Description |
 * | -1     | unknown     |
 * | 1      | one         |
 * ```
 */
export function memberKeys(members: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const member of members) {
    const key = pascalCase(member);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  const taken = new Set<string>();
  return members.map((member) => {
    const cased = pascalCase(member);
    const wanted = counts.get(cased) === 1 ? cased : member;
    const base = isUsable(wanted) ? wanted : cased;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    return key;
  });
}

/** A key that is not empty and does not read as a number (`1`, `-1`, `Infinity`). */
function isUsable(key: string): boolean {
  return key !== "" && (isIdentifier(key) || String(Number(key)) !== key);
}
