import { existsSync } from "node:fs";
import type { Command } from "commander";
import {
  compareDeclarations,
  formatJsonReport,
  formatTextReport,
  type CompareResult,
} from "../compare/index.js";
import { UsageCommand, usageExitCode } from "./usage-command.js";

/** Exit code for inputs that exist but cannot be read. */
const unreadableExitCode = 1;

/** The options `compare` accepts, as commander parses them. */
interface CompareOptions {
  reference: string;
  json?: boolean;
  summaryOnly?: boolean;
}

/**
 * Add `compare <generated-dir> --reference <file> [--json] [--summary-only]` to a program.
 *
 * It holds generated declarations against a reference such as graph-types and prints a
 * per-type report and a summary (or one JSON document). Exit codes: 0 when the comparison
 * ran, 2 for a usage error such as a missing folder or file.
 */
export function registerCompareCommand(program: Command): void {
  const command = new UsageCommand("compare")
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
      command.error(`error: ${role} not found: ${path}`, {
        code: "graph-typegen.missingInput",
        exitCode: usageExitCode,
      });
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
