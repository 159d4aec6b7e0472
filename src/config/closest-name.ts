import { editDistance } from "../text/edit-distance.js";

/**
 * The candidate closest to a mistyped name by edit distance, when it is close enough to be
 * what was meant: at most half the name's length in edits, and at least two allowed.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 2)) + 1;

  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }

  return best;
}
