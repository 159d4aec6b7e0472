/** Levenshtein distance: insertions, deletions and substitutions to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);

  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }

  return previous[b.length]!;
}

/**
 * True when two words differ by one letter added, dropped or changed, the mark of a
 * misspelling: `occurence` and `occurrence`, `meetingTenativelyAccepted` and
 * `meetingTentativelyAccepted`. Case is ignored.
 */
export function oneEditApart(first: string, second: string): boolean {
  return editDistance(first.toLowerCase(), second.toLowerCase()) === 1;
}
