/** Where the command line writes, what it knows of its terminal, and how it ends. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal, which allows colour and a progress bar. */
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  setExitCode: (code: number) => void;
}

/** The real process's streams, environment and exit code. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}
