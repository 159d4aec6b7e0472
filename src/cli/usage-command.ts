import { Command, type ErrorOptions } from "commander";

/** Exit code for a command line that cannot run: a bad option, argument or path. */
export const usageExitCode = 2;

/** Commander's error codes that mean the command line itself is wrong. */
const usageErrorCodes = new Set([
  "commander.missingArgument",
  "commander.missingMandatoryOptionValue",
  "commander.optionMissingArgument",
  "commander.unknownOption",
  "commander.unknownCommand",
  "commander.excessArguments",
  "commander.invalidArgument",
  "commander.conflictingOption",
]);

/**
 * A command whose usage errors exit with 2 where commander would exit with 1; the commands
 * it creates are of the same kind, so one class serves the program and every subcommand.
 */
export class UsageCommand extends Command {
  override createCommand(name?: string): UsageCommand {
    return new UsageCommand(name);
  }

  override error(message: string, errorOptions: ErrorOptions = {}): never {
    const usage =
      errorOptions.exitCode === undefined && usageErrorCodes.has(errorOptions.code ?? "");

    return super.error(
      message,
      usage ? { ...errorOptions, exitCode: usageExitCode } : errorOptions,
    );
  }
}
