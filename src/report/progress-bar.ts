import type { Colors } from "./terminal.js";

/** A bar drawn on one terminal line and redrawn in place. */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Erase the bar, so the summary line takes its place. */
  done(): void;
}

const width = 30;

/**
 * Draw `label ██████░░░░ 412/1239 pages` on stderr, redrawn at most once per percent.
 * Only used where {@link progressEnabled} allows it.
 */
export function createProgressBar(
  write: (text: string) => void,
  label: string,
  colors: Colors,
): ProgressBar {
  let drawn = -1;

  return {
    update(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === drawn) return;
      drawn = percent;
      const filled = Math.round((percent / 100) * width);
      const bar = colors.cyan("█".repeat(filled)) + colors.dim("░".repeat(width - filled));
      write(`\r${label} ${bar} ${done}/${total} pages`);
    },
    done() {
      if (drawn >= 0) write("\r\u001B[K");
    },
  };
}
