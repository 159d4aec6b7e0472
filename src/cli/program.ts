import { Command } from "commander";
import { registerCompareCommand } from "./compare-command.js";
import { registerGenerateCommand } from "./generate-command.js";
import { version } from "../version.js";

/**
 * The `graph-typegen` command line: `generate` and `compare`.
 */
export function createProgram(): Command {
  const program = new Command("graph-typegen")
    .description(
      "Generate TypeScript types from Microsoft Graph documentation pages, in any locale.",
    )
    .version(version)
    .showSuggestionAfterError(true)
    .exitOverride();

  registerGenerateCommand(program);
  registerCompareCommand(program);
  return program;
}
