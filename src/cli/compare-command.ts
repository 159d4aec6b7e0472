import { existsSync } from "node:fs";
import { Command, type ErrorOptions } from "commander";
import {
  compareDeclarations,
  formatJsonReport,
  formatTextReport,
  type CompareResult,
} from "../compare/index.js";

/** Exit code for a command line that cannot run: a missing argument, option or path. */
const usageExitCode = 2;

/** Commander's error codes that mean the command line itself is wrong. */
const usageErrorCodes = new Set([
  "commander.missingArgument",
  "commander.missingMandatoryOptionValue",
  "commander.optionMissingArgument",
  "commander.unknownOption",
  "commander.excessArguments",
  "commander.invalidArgument",
  "graph-typegen.missingInput",
]);

/** Exit code for inputs that exist but cannot be read. */
const unreadableExitCode = 1;

/** The options `compare` accepts, as commander parses them. */
interface CompareOptions {
  reference: string;
  json?: boolean;
  summaryOnly?: boolean;
}

/** `compare`, whose usage errors exit with 2 where commander would exit with 1. */
class CompareCommand extends Command {
  override error(message: string, errorOptions: ErrorOptions = {}): never {
    const usage =
      errorOptions.exitCode === undefined && usageErrorCodes.has(errorOptions.code ?? "");

    return super.error(
      message,
      usage ? { ...errorOptions, exitCode: usageExitCode } : errorOptions,
    );
  }
}

/**
 * Add `compare <generated-dir> --reference <file> [--json] [--summary-only]` to a program.
 *
 * It holds generated declarations against a reference such as graph-types and prints a
 * per-type report and a summary (or one JSON document). Exit codes: 0 when the comparison
 * ran, 2 for a usage error such as a missing folder or file.
 */
export function registerCompareCommand(program: Command): void {
  const command = new CompareCommand("compare")
    .copyInheritedSettings(program)
    .description("compare generated declarations with a reference declaration file")
    .argument("<generated-dir>", "folder (or file) of generated declarations")
    .requiredOption("--reference <file>", "reference declarations, e.g. microsoft-graph.d.ts")
    .option("--json", "print one JSON document instead of text")
    .option("--summary-only", "print the summary without per-type details")
    .action(runCompare);

  program.addCommand(command);
}

function runCompare(generatedDir: string, options: CompareOptions, command: Command): void {
  const inputs: Array<[string, string]> = [
    ["generated folder", generatedDir],
    ["reference file", options.reference],
  ];
  for (const [role, path] of inputs) {
    if (!existsSync(path)) {
      command.error(`error: ${role} not found: ${path}`, { code: "graph-typegen.missingInput" });
    }
  }

  const summaryOnly = options.summaryOnly === true;
  const result = compareOrReport(generatedDir, options.reference, command);
  const report =
    options.json === true
      ? formatJsonReport(result, { summaryOnly })
      : formatTextReport(result, { summaryOnly });

  const writeOut = command.configureOutput().writeOut ?? ((text) => process.stdout.write(text));
  writeOut(report);
}

/** Run the comparison; an input that exists but cannot be read ends the command with 1. */
function compareOrReport(generatedDir: string, reference: string, command: Command): CompareResult {
  try {
    return compareDeclarations(generatedDir, reference);
  } catch (error) {
    // Only file-system failures (which carry a `code` such as EACCES) are the input's fault.
    if (!(error instanceof Error && "code" in error)) throw error;
    return command.error(`error: cannot read the declarations: ${error.message}`, {
      exitCode: unreadableExitCode,
      code: "graph-typegen.unreadableInput",
    });
  }
}
