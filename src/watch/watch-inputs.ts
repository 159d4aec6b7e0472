import { watch } from "chokidar";
import { relative, resolve, sep } from "node:path";

/** How a watch session runs and reports. */
export interface WatchOptions {
  inputs: readonly string[];
  /** Working folder the inputs are relative to; defaults to `process.cwd()`. */
  cwd?: string;
  /** Quiet time after the last change before a run starts, in milliseconds. */
  debounceMs?: number;
  /** Regenerate after changes to these paths; returns the line that reports the run. */
  regenerate: (changed: readonly string[]) => Promise<string>;
  /** Where report lines go (stderr in the CLI). */
  report: (line: string) => void;
}

/** A running watch session. */
export interface WatchSession {
  /** Settles when the session has finished the run in progress, if any. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const pagePattern = /\.(md|markdown)$/i;

/**
 * Watch the inputs and regenerate after every burst of changes to pages: one run per burst,
 * never two at once, changes made during a run handled by the next. A run that throws is
 * reported as one line and watching goes on.
 */
export async function watchInputs(options: WatchOptions): Promise<WatchSession> {
  const cwd = options.cwd ?? process.cwd();
  const debounceMs = options.debounceMs ?? 100;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = () => {
    timer = undefined;
    running = running.then(async () => {
      const changed = [...pending].sort();
      pending.clear();
      if (changed.length === 0) return;
      try {
        options.report(await options.regenerate(changed));
      } catch (error) {
        options.report(`graph-typegen: run failed: ${(error as Error).message}`);
      }
    });
  };
  const onChange = (path: string) => {
    if (!pagePattern.test(path)) return;
    pending.add(relative(cwd, resolve(cwd, path)).split(sep).join("/"));
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  const watcher = watch([...options.inputs], { cwd, ignoreInitial: true });
  watcher.on("add", onChange).on("change", onChange).on("unlink", onChange);
  await new Promise<void>((resolve) => watcher.once("ready", resolve));

  return {
    idle: () => running,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
