import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { folderWith, runCli, spawnCli } from "./run-cli.js";

const docs = resolve("docs-input");
const seed = resolve("docs-input/cancelmediaprocessingoperation.md");
const summary =
  /^graph-typegen: 3 pages, 2 types \(0 placeholders\), 1 enums, 0 warnings, 0 errors in \d+\.\ds; wrote 3, unchanged 0, removed 0$/m;

/** A config with two targets over the founding pages. */
const twoTargets = {
  options: { enumStyle: "union" },
  targets: [
    { name: "flat", inputs: [docs], out: "types/flat" },
    {
      name: "folders",
      inputs: [docs],
      exclude: ["resultinfo.md"],
      out: "types/folders",
      options: { layout: "file-per-type" },
    },
  ],
};

describe("cli > generate", () => {
  it("writes the output and one summary line on stderr, nothing on stdout", async () => {
    const dir = folderWith({});
    const run = await runCli(["generate", docs, "-o", "out"], dir);

    expect(run).toMatchObject({ exitCode: 0, stdout: "" });
    expect(run.stderr).toMatch(summary);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      ".graph-typegen.json",
      "graph.ts",
      "index.ts",
      "odata.ts",
    ]);
  });

  it("--reporter json writes one JSON document to stdout and nothing else", async () => {
    const run = await runCli(["generate", docs, "-o", "out", "--reporter", "json"], folderWith({}));

    expect(run.stderr).toBe("");
    const document = JSON.parse(run.stdout);
    expect(document.stats).toEqual({ pages: 3, types: 2, placeholders: 0, enums: 1 });
    expect(document.counts).toEqual({ GT303: 1 });
    expect(document.targets).toMatchObject([
      { out: "out", action: "wrote 3, unchanged 0, removed 0" },
    ]);
  });

  it("shows diagnostics with the line they point at", async () => {
    const out = join(folderWith({}), "out");
    const run = await runCli(["generate", "docs-input", "-o", out, "--verbose"], resolve("."));

    expect(run.stderr).toContain("docs-input/cancelmediaprocessingoperation.md:25:1 info GT303 ");
    expect(run.stderr).toMatch(/\n {2}25 \| \| все +\|.*\n {5}\| \^\n/);
  });

  it("runs every target of a config, CLI options over config options", async () => {
    const dir = folderWith({ "graph-typegen.config.json": JSON.stringify(twoTargets) });
    const run = await runCli(["generate", "--no-readonly"], dir);

    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/^graph-typegen \[flat\]: 3 pages/m);
    expect(run.stderr).toMatch(/^graph-typegen \[folders\]: 2 pages/m);
    const flat = readFileSync(join(dir, "types/flat/graph.ts"), "utf8");
    expect(flat).toContain('export type OperationStatus = "notStarted" | "running"');
    expect(flat).not.toContain("readonly");
    expect(existsSync(join(dir, "types/folders/graph/operation-status.ts"))).toBe(true);
  });

  it("--target runs one target; -o applies to it", async () => {
    const dir = folderWith({ "graph-typegen.config.json": JSON.stringify(twoTargets) });
    const run = await runCli(["generate", "--target", "flat", "-o", "elsewhere"], dir);

    expect(run.stderr).not.toContain("[folders]");
    expect(existsSync(join(dir, "elsewhere/graph.ts"))).toBe(true);
    expect(existsSync(join(dir, "types"))).toBe(false);
  });

  it.each([
    {
      config: { targets: [{ inputs: [docs], out: "types", options: { enumStlye: "union" } }] },
      args: [],
      want: "targets[0].options: unknown key 'enumStlye'; did you mean 'enumStyle'?",
    },
    {
      config: twoTargets,
      args: ["--target", "flt"],
      want: "no target named 'flt'; did you mean 'flat'?",
    },
    { config: twoTargets, args: ["-o", "out"], want: "-o, --out applies to one target" },
  ])("a config problem exits with 2: $want", async ({ config, args, want }) => {
    const dir = folderWith({ "graph-typegen.config.json": JSON.stringify(config) });
    const run = await runCli(["generate", ...args], dir);

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(want);
  });

  it("without inputs or a config, says what it looked for", async () => {
    const run = await runCli(["generate"], folderWith({}));

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("no inputs given and no config found");
  });

  it("--max-warnings fails a run with more warnings", async () => {
    const dir = folderWith({});
    const run = await runCli(["generate", seed, "-o", "out", "--max-warnings", "0"], dir);

    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/1 warnings, more than --max-warnings 0/);
  });

  it("--clean removes what graph-typegen generated, never the user's files", async () => {
    const dir = folderWith({});
    await runCli(["generate", docs, "-o", "out", "--layout", "file-per-type"], dir);
    writeFileSync(join(dir, "out/mine.ts"), "export const mine = 1;\n");
    mkdirSync(join(dir, "out/graph/notes"));
    const run = await runCli(["generate", docs, "-o", "out", "--clean"], dir);

    expect(run.stderr).toMatch(/cleaned 6, wrote 3, unchanged 0, removed 4/);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      ".graph-typegen.json",
      "graph",
      "graph.ts",
      "index.ts",
      "mine.ts",
      "odata.ts",
    ]);
    expect(readdirSync(join(dir, "out/graph"))).toEqual(["notes"]);
  });

  it("a mistyped option exits with 2 and names the right one", () => {
    const run = spawnCli(["generate", docs, "-o", "out", "--enum-stlye", "union"], folderWith({}));

    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(
      "error: unknown option '--enum-stlye'\n(Did you mean --enum-style?)",
    );
  });
});
