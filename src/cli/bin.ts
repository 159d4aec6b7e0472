#!/usr/bin/env node
import { CommanderError } from "commander";
import { createProgram } from "./program.js";

/** Commander errors that mean the command line is wrong, which exit with 2. */
const usageErrors = new Set([
  "commander.missingArgument",
  "commander.missingMandatoryOptionValue",
  "commander.optionMissingArgument",
  "commander.unknownOption",
  "commander.unknownCommand",
  "commander.excessArguments",
  "commander.invalidArgument",
  "commander.conflictingOption",
]);

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = usageErrors.has(error.code) ? 2 : error.exitCode;
}
