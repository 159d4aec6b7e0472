import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const bin = resolve("src/cli/bin.ts");
/** tsx's loader by path, so the CLI runs from any working folder. */
const loader = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;

/** Run the CLI in one Node process (so a signal reaches the process that writes). */
export function runCli(args: readonly string[], cwd = process.cwd()) {
  const run = spawnSync(process.execPath, ["--import", loader, bin, ...args], {
    cwd,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Start the CLI and kill it with SIGKILL after `delay` milliseconds; resolves when it is gone. */
export function runCliKilledAfter(args: readonly string[], delay: number): Promise<void> {
  const child = spawn(process.execPath, ["--import", loader, bin, ...args], { stdio: "ignore" });
  const timer = setTimeout(() => child.kill("SIGKILL"), delay);

  return new Promise((done) => {
    child.on("exit", () => {
      clearTimeout(timer);
      done();
    });
  });
}

/** How a run started by {@link runCliKilledOnceFileAppears} ended. */
export interface KilledRun {
  /** Milliseconds the file was seen to exist; undefined if it never appeared. */
  fileLasted: number | undefined;
  killed: boolean;
}

/**
 * Start the CLI and, once `file` appears, kill it with SIGKILL `delay` milliseconds later (or
 * let it finish, for `Infinity`). The file is polled every millisecond.
 */
export function runCliKilledOnceFileAppears(
  args: readonly string[],
  file: string,
  delay: number,
): Promise<KilledRun> {
  const child = spawn(process.execPath, ["--import", loader, bin, ...args], { stdio: "ignore" });
  let appeared: number | undefined;
  let lasted: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const poll = setInterval(() => {
    const exists = existsSync(file);
    if (appeared === undefined && exists) {
      appeared = performance.now();
      if (delay !== Infinity) timer = setTimeout(() => child.kill("SIGKILL"), delay);
    } else if (appeared !== undefined && lasted === undefined && !exists) {
      lasted = performance.now() - appeared;
    }
  }, 1);

  return new Promise((done) => {
    child.on("exit", (_code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const fileLasted =
        appeared === undefined ? undefined : (lasted ?? performance.now() - appeared);
      done({ fileLasted, killed: signal === "SIGKILL" });
    });
  });
}

/** Every file under `dir` (recursively) with its bytes and modification time. */
export function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();

  const visit = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path, `${prefix}${entry.name}/`);
      else
        files.set(`${prefix}${entry.name}`, {
          text: readFileSync(path, "utf8"),
          mtime: statSync(path).mtimeMs,
        });
    }
  };
  visit(dir, "");
  return files;
}
