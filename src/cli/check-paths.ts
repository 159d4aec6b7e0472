import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";

/**
 * Check the command line's paths before anything runs: every input exists, and the output
 * folder is neither an input folder nor inside one. Returns the problem, if any.
 */
export function checkPaths(inputs: readonly string[], out: string): string | undefined {
  const output = realOrResolved(out);

  for (const input of inputs) {
    if (!existsSync(input)) return `input '${input}' does not exist`;
    const real = realpathSync(input);
    if (!statSync(real).isDirectory()) continue;
    if (output === real || output.startsWith(real + sep)) {
      return `output folder '${out}' is inside input folder '${input}'; choose a folder outside the inputs`;
    }
  }
  return undefined;
}

/** The real path of a folder that may not exist yet: its nearest existing parent, resolved. */
function realOrResolved(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute
    ? absolute
    : `${realOrResolved(parent)}${sep}${absolute.slice(parent.length + 1)}`;
}
