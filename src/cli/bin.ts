#!/usr/bin/env node
import { CommanderError } from "commander";
import { createProgram } from "./program.js";

// A reader that stops early (`| head`) closes the pipe: that ends the output, not the run.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode;
}
