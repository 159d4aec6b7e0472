import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const docs = resolve("docs-input");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** Run a command in `cwd`; its output, and how it ended. */
function run(command: string, args: string[], cwd: string) {
  const child = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, CI: "1" },
  });
  return { stdout: child.stdout, stderr: child.stderr, status: child.status };
}

describe("packaging > the packed tarball, installed into a new project", () => {
  const root = mkdtempSync(join(tmpdir(), "graph-typegen-pack-"));
  const project = join(root, "project");

  beforeAll(() => {
    // 1. Pack (which builds dist/ first), as `npm publish` would.
    const packed = execFileSync(npm, ["pack", "--pack-destination", root, "--silent"], {
      encoding: "utf8",
    });
    const tarball = join(root, packed.trim().split("\n").at(-1)!);

    // 2. Install it into an empty project.
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "new-user", private: true, type: "module" }),
    );
    execFileSync(npm, ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline"], {
      cwd: project,
      stdio: "ignore",
    });
  }, 300_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("ships dist and the README, not the sources or tests", () => {
    const shipped = readdirSync(join(project, "node_modules/graph-typegen")).sort();

    expect(shipped).toEqual(["README.md", "dist", "package.json"]);
  });

  it("runs its CLI through npx on a docs folder", () => {
    const generated = run(
      npx,
      ["--no-install", "graph-typegen", "generate", docs, "-o", "types"],
      project,
    );

    expect(generated.status).toBe(0);
    expect(generated.stderr).toMatch(/^graph-typegen: 3 pages, 2 types/);
    expect(readdirSync(join(project, "types")).sort()).toEqual([
      ".graph-typegen.json",
      "graph.ts",
      "index.ts",
      "odata.ts",
    ]);
    expect(run(npx, ["--no-install", "graph-typegen", "--version"], project).stdout.trim()).toMatch(
      /^\d+\.\d+\.\d+/,
    );
  });

  it("runs the targets of a config file", () => {
    const config = { targets: [{ name: "graph", inputs: [docs], out: "from-config" }] };
    writeFileSync(join(project, "graph-typegen.config.json"), JSON.stringify(config));
    const generated = run(npx, ["--no-install", "graph-typegen", "generate"], project);

    expect(generated.stderr).toMatch(/^graph-typegen \[graph\]: 3 pages/);
    expect(existsSync(join(project, "from-config/graph.ts"))).toBe(true);
    rmSync(join(project, "graph-typegen.config.json"));
  });

  it("names tsx when a .ts config needs it and it is not installed", () => {
    writeFileSync(join(project, "graph-typegen.config.ts"), "export default { targets: [] };\n");
    const generated = run(npx, ["--no-install", "graph-typegen", "generate"], project);

    expect(generated.status).toBe(2);
    expect(generated.stderr).toContain("needs tsx");
    rmSync(join(project, "graph-typegen.config.ts"));
  });

  it("exports the typed API to import", () => {
    const script = `import { generate } from "graph-typegen";
const { files } = generate({ inputs: [${JSON.stringify(docs)}] });
console.log([...files.keys()].join(","));`;
    const imported = run(process.execPath, ["--input-type=module", "--eval", script], project);

    expect(imported.stdout.trim()).toBe("graph.ts,index.ts,odata.ts");
    expect(existsSync(join(project, "node_modules/graph-typegen/dist/index.d.ts"))).toBe(true);
  });
});
