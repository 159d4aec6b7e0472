import type { Command } from "commander";
import { registerCompareCommand } from "./compare-command.js";
import { registerGenerateCommand } from "./generate-command.js";
import { version } from "../version.js";
import { processIo, type CliIo } from "./cli-io.js";
import { UsageCommand } from "./usage-command.js";

/**
 * The `graph-typegen` command line: `generate` and `compare`, writing through `io` (the
 * process's streams unless a test gives others).
 */
export function createProgram(io: CliIo = processIo()): Command {
  const program = new UsageCommand("graph-typegen")
    .description(
      "Generate TypeScript types from Microsoft Graph documentation pages, in any locale.",
    )
    .version(version)
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  registerGenerateCommand(program, io);
  registerCompareCommand(program);
  return program;
}
