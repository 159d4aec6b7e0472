import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CommanderError } from "commander";
import type { CliIo } from "../../src/cli/cli-io.js";
import { createProgram } from "../../src/cli/program.js";

/** What a run printed and how it ended. */
export interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Run the command line in this process, in `cwd`, with a plain (non-terminal) stderr. */
export async function runCli(
  args: string[],
  cwd = process.cwd(),
  env: Record<string, string> = {},
): Promise<Run> {
  const run: Run = { stdout: "", stderr: "", exitCode: 0 };
  const io: CliIo = {
    stdout: (text) => (run.stdout += text),
    stderr: (text) => (run.stderr += text),
    stderrIsTTY: false,
    env,
    cwd,
    setExitCode: (code) => (run.exitCode = code),
  };

  try {
    await createProgram(io).parseAsync(args, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    run.exitCode = error.exitCode;
  }
  return run;
}

/** Run `src/cli/bin.ts` as its own process, for what only a real process shows (exit codes). */
export function spawnCli(args: string[], cwd = process.cwd()): Run {
  const tsx = resolve("node_modules/.bin/tsx");
  const bin = resolve("src/cli/bin.ts");
  const child = spawnSync(tsx, [bin, ...args], { cwd, encoding: "utf8" });
  return { stdout: child.stdout, stderr: child.stderr, exitCode: child.status ?? -1 };
}

/** A fresh folder holding the given files. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "graph-typegen-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
