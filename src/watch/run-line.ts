import type { IncrementalResult } from "../generate-incremental.js";

/**
 * The one line a watch run prints: what changed, what was extracted again (and whether
 * only descriptions changed, which needs no linking), and how long the run took.
 *
 * ```text
 * graph-typegen: user.md changed; extracted 1 of 1239 pages, 0 errors in 0.21s
 * ```
 */
export function formatRunLine(
  changed: readonly string[],
  result: IncrementalResult,
  elapsedMs: number,
): string {
  const shown =
    changed.length <= 3
      ? changed.join(", ")
      : `${changed.slice(0, 3).join(", ")} and ${changed.length - 3} more`;
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  const extracted = `extracted ${result.extracted.length} of ${result.stats.pages} pages${result.reused === "link" ? " (descriptions only)" : ""}`;

  return `graph-typegen: ${shown} changed; ${extracted}, ${errors} errors in ${(elapsedMs / 1000).toFixed(2)}s`;
}
