import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const tsc = resolve("node_modules/.bin/tsc");

/**
 * Type-check generated files (paths may hold folders) under `tsc --strict` in a temporary
 * folder; returns tsc's output, empty when the files compile.
 */
export function typeCheck(files: ReadonlyMap<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "graph-typegen-check-"));
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        types: [],
      },
      include: ["**/*.ts"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
    const run = spawnSync(tsc, ["-p", dir], { encoding: "utf8" });
    return `${run.stdout}${run.stderr}`.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Declarations without comments or blank lines, for comparing output across languages. */
export function declarationsOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "")
    .join("\n");
}
