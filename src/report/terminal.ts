import picocolors from "picocolors";

/** Colour functions, real or plain. */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** What decides how a run talks to the terminal. */
export interface TerminalFacts {
  /** Whether the stream written to is a terminal. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Colour when the stream is a terminal, unless `NO_COLOR` is set (https://no-color.org) or
 * the terminal is `dumb`; `FORCE_COLOR` turns it on anywhere.
 */
export function colorEnabled({ isTTY, env }: TerminalFacts): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;

  return isTTY && env.TERM !== "dumb";
}

/**
 * A progress bar only on an interactive terminal: not in CI, not in a pipe, not with
 * `--quiet` and not with the JSON reporter, whose stdout is a document.
 */
export function progressEnabled(
  facts: TerminalFacts,
  options: { quiet?: boolean; reporter: "text" | "json" },
): boolean {
  const inCI = facts.env.CI !== undefined && facts.env.CI !== "" && facts.env.CI !== "false";

  return (
    facts.isTTY &&
    !inCI &&
    facts.env.TERM !== "dumb" &&
    !options.quiet &&
    options.reporter === "text"
  );
}

/** Colour functions for a stream: real where {@link colorEnabled} says so, plain elsewhere. */
export function colorsFor(facts: TerminalFacts): Colors {
  return picocolors.createColors(colorEnabled(facts));
}
