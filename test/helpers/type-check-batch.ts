import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const tsc = resolve("node_modules/.bin/tsc");

/**
 * Type-check several generated outputs (paths may hold folders) under `tsc --strict` in one
 * run, each in a folder of its own; returns tsc's messages per output, empty for the outputs
 * that compile.
 */
export function typeCheckBatch(outputs: readonly ReadonlyMap<string, string>[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "graph-typegen-batch-"));

  try {
    outputs.forEach((files, index) => {
      const folder = join(dir, `output-${index}`);
      mkdirSync(folder);
      for (const [name, text] of files) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), text);
      }
    });
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
    const run = spawnSync(tsc, ["-p", dir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const lines = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.trim() !== "");

    const owned = (line: string) => /output-\d+\//.test(line);
    const general = lines.filter((line) => !owned(line));

    return outputs.map((_, index) =>
      [...general, ...lines.filter((line) => line.includes(`output-${index}/`))].join("\n"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
