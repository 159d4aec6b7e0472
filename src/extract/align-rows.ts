import { editDistance } from "../text/edit-distance.js";
import type { PropertyRow } from "./property-table.js";

/** A row name translation left alone: an identifier, as every JSON key is. */
const identifier = /^[A-Za-z_@$][\w@.$-]*$/;

/** Whether translation may have changed a row's name: by default, when it is no identifier. */
export type MayBeTranslated = (row: PropertyRow) => boolean;

const notAnIdentifier: MayBeTranslated = (row) => !identifier.test(row.name);

/**
 * Pair table rows with property names: by exact name, by name in any case, then, for rows
 * whose names translation changed, by sort order (most tables list names alphabetically)
 * and by position between rows already paired.
 *
 * ```markdown
 * | all        → | все           |   (between the start and `clientContext`)
 * ```
 *
 * Between two paired rows, translated rows take the unpaired names between the two names,
 * in order, when the counts agree; otherwise they are paired outward from each side while
 * `agree` allows. Last, a row left alone between two pairs takes the one name left there
 * when it is a misspelling of it (`organisAvailability`), and the one translated row left in
 * the table takes the one name left, wherever the JSON block lists it. Returns row index →
 * name index. Which rows count as translated is `mayBeTranslated`'s to say: in languages
 * written in Latin letters a translated name may look like an identifier (`dispositivo`).
 */
export function alignRows(
  rows: readonly PropertyRow[],
  names: readonly string[],
  agree: (row: number, name: number) => boolean,
  mayBeTranslated: MayBeTranslated = notAnIdentifier,
): Map<number, number> {
  const nameOfRow = new Map<number, number>();
  const rowOfName = new Map<number, number>();
  const pair = (row: number, name: number) => {
    nameOfRow.set(row, name);
    rowOfName.set(name, row);
  };

  // 1. Exact names, then names in any case.
  for (const fold of [(text: string) => text, (text: string) => text.toLowerCase()]) {
    const index = new Map<string, number>();
    names.forEach((name, at) => {
      if (!rowOfName.has(at) && !index.has(fold(name))) index.set(fold(name), at);
    });
    rows.forEach((row, at) => {
      const name = nameOfRow.has(at) ? undefined : index.get(fold(row.name));
      if (name !== undefined && !rowOfName.has(name)) pair(at, name);
    });
  }

  // 2. In a table sorted by name, a translated row's name sorts between its neighbours'.
  if (
    isSorted([...nameOfRow.entries()].sort(([a], [b]) => a - b).map(([, name]) => names[name]!))
  ) {
    pairBySortOrder(rows, names, nameOfRow, rowOfName, agree, mayBeTranslated).forEach(
      ([row, name]) => pair(row, name),
    );
  }

  // 3. Translated rows, gap by gap between paired rows that keep their order.
  const anchors = [...nameOfRow.entries()].sort(([a], [b]) => a - b);
  const ordered: [number, number][] = [[-1, -1]];
  for (const anchor of anchors)
    if (anchor[1] > ordered[ordered.length - 1]![1]) ordered.push(anchor);
  ordered.push([rows.length, names.length]);

  for (let gap = 0; gap + 1 < ordered.length; gap++) {
    const [rowStart, nameStart] = ordered[gap]!;
    const [rowEnd, nameEnd] = ordered[gap + 1]!;
    const gapRows = range(rowStart + 1, rowEnd).filter(
      (at) => !nameOfRow.has(at) && mayBeTranslated(rows[at]!),
    );
    const gapNames = range(nameStart + 1, nameEnd).filter((at) => !rowOfName.has(at));
    for (const [row, name] of pairGap(gapRows, gapNames, agree)) pair(row, name);
  }

  // 4. A name misspelled in the table, alone in its gap with the one name left there.
  for (let gap = 0; gap + 1 < ordered.length; gap++) {
    const [rowStart, nameStart] = ordered[gap]!;
    const [rowEnd, nameEnd] = ordered[gap + 1]!;
    const gapRows = range(rowStart + 1, rowEnd).filter((at) => !nameOfRow.has(at));
    const gapNames = range(nameStart + 1, nameEnd).filter((at) => !rowOfName.has(at));
    if (gapRows.length !== 1 || gapNames.length !== 1) continue;
    const [row, name] = [gapRows[0]!, gapNames[0]!];
    if (agree(row, name) && misspelling(rows[row]!.name, names[name]!)) pair(row, name);
  }

  // 5. The one translated row and the one name left in the whole table, listed elsewhere.
  const leftRows = range(0, rows.length).filter((at) => !nameOfRow.has(at));
  const leftNames = range(0, names.length).filter((at) => !rowOfName.has(at));
  if (leftRows.length === 1 && leftNames.length === 1) {
    const [row, name] = [leftRows[0]!, leftNames[0]!];
    if (mayBeTranslated(rows[row]!) && agree(row, name)) pair(row, name);
  }

  return nameOfRow;
}

/** Two spellings of one name: at most three edits, and no more than one in five letters. */
function misspelling(written: string, name: string): boolean {
  const distance = editDistance(fold(written), fold(name));
  return distance <= 3 && distance * 5 <= name.length;
}

function isSorted(names: readonly string[]): boolean {
  return names.every((name, at) => at === 0 || fold(names[at - 1]!) <= fold(name));
}

function fold(name: string): string {
  return name.toLowerCase();
}

/** Translated rows whose neighbours bound exactly one unpaired name, until none is left. */
function pairBySortOrder(
  rows: readonly PropertyRow[],
  names: readonly string[],
  nameOfRow: ReadonlyMap<number, number>,
  rowOfName: ReadonlyMap<number, number>,
  agree: (row: number, name: number) => boolean,
  mayBeTranslated: MayBeTranslated,
): [number, number][] {
  const paired = new Map(nameOfRow);
  const used = new Set(rowOfName.keys());
  const pairs: [number, number][] = [];

  for (let changed = true; changed;) {
    changed = false;
    rows.forEach((row, at) => {
      if (paired.has(at) || !mayBeTranslated(row)) return;
      const above = range(0, at)
        .reverse()
        .find((other) => paired.has(other));
      const below = range(at + 1, rows.length).find((other) => paired.has(other));
      const lower = above === undefined ? "" : fold(names[paired.get(above)!]!);
      const upper = below === undefined ? "\uffff" : fold(names[paired.get(below)!]!);
      const candidates = names
        .map((name, index) => ({ name: fold(name), index }))
        .filter(({ name, index }) => !used.has(index) && name > lower && name < upper);
      if (candidates.length !== 1 || !agree(at, candidates[0]!.index)) return;
      paired.set(at, candidates[0]!.index);
      used.add(candidates[0]!.index);
      pairs.push([at, candidates[0]!.index]);
      changed = true;
    });
  }
  return pairs;
}

/** Pair a gap in order when the counts agree, else from both ends while the types agree. */
function pairGap(
  rows: number[],
  names: number[],
  agree: (row: number, name: number) => boolean,
): [number, number][] {
  if (rows.length === 0 || names.length === 0) return [];
  if (rows.length === names.length && rows.every((row, at) => agree(row, names[at]!))) {
    return rows.map((row, at) => [row, names[at]!]);
  }

  const pairs: [number, number][] = [];
  let front = 0;
  while (front < rows.length && front < names.length && agree(rows[front]!, names[front]!)) {
    pairs.push([rows[front]!, names[front]!]);
    front++;
  }
  for (let back = 1; rows.length - back >= front && names.length - back >= front; back++) {
    const row = rows[rows.length - back]!;
    const name = names[names.length - back]!;
    if (!agree(row, name)) break;
    pairs.push([row, name]);
  }
  return pairs;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, at) => start + at);
}
