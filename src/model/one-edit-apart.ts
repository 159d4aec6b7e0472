/**
 * True when two words differ by one letter added, dropped or changed, the mark of a
 * misspelling: `occurence` and `occurrence`, `meetingTenativelyAccepted` and
 * `meetingTentativelyAccepted`. Case is ignored.
 */
export function oneEditApart(first: string, second: string): boolean {
  const [short, long] = [first.toLowerCase(), second.toLowerCase()].sort(
    (a, b) => a.length - b.length,
  ) as [string, string];
  if (long.length - short.length > 1 || short === long) return false;

  let start = 0;
  while (start < short.length && short[start] === long[start]) start++;
  const rest = short.length === long.length ? start + 1 : start;
  return short.slice(rest) === long.slice(start + 1);
}
