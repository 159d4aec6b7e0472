import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryExtractCache } from "../../src/cache/extract-cache.js";
import { generateIncremental, type IncrementalOptions } from "../../src/generate-incremental.js";
import { formatRunLine } from "../../src/watch/run-line.js";
import { watchInputs, type WatchSession } from "../../src/watch/watch-inputs.js";
import { writeOutput } from "../../src/write/write-output.js";

const root = mkdtempSync(join(tmpdir(), "graph-typegen-watch-"));
const page = join(root, "pages", "cancelmediaprocessingoperation.md");
const out = join(root, "out");

/** Wait until `check` holds, polling, or fail after `timeoutMs`. */
async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Copy docs-input to `pages` under `options.cwd`, generate it into `out` once, then watch it,
 * each run writing `out` and adding its line to `lines`.
 */
async function watchCopy(
  options: IncrementalOptions & { cwd: string },
  out: string,
  lines: string[],
): Promise<WatchSession> {
  cpSync("docs-input", join(options.cwd, "pages"), { recursive: true });
  const regenerate = async (changed: readonly string[]) => {
    const result = await generateIncremental(options);
    writeOutput(out, result.files);
    return formatRunLine(changed, result, 0);
  };
  await regenerate([]);
  return watchInputs({
    inputs: options.inputs,
    cwd: options.cwd,
    debounceMs: 50,
    regenerate,
    report: (line) => lines.push(line),
  });
}

describe("watch > regenerate on change", () => {
  const lines: string[] = [];
  let session: WatchSession | undefined;

  afterAll(async () => {
    await session?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("regenerates once per burst of edits, re-extracting only the edited page", async () => {
    const options = { inputs: ["pages"], cwd: root, cache: memoryExtractCache() };
    session = await watchCopy(options, out, lines);

    const text = readFileSync(page, "utf8");
    writeFileSync(page, text.replace("| clientContext | String ", "| clientContext | Double "));
    writeFileSync(page, text.replace("| clientContext | String ", "| clientContext | Int32  "));
    await until(() => lines.length === 1);

    expect(lines[0]).toMatch(
      /^graph-typegen: pages\/cancelmediaprocessingoperation\.md changed; extracted 1 of \d+ pages/,
    );
    expect(readFileSync(join(out, "graph.ts"), "utf8")).toContain("clientContext?: number;");
  });

  it("survives a page broken mid-edit and recovers when it is fixed", async () => {
    const text = readFileSync(page, "utf8");
    writeFileSync(page, text.slice(0, text.indexOf("```json") + 20));
    await until(() => lines.length === 2);
    writeFileSync(page, text.replace("| clientContext | Int32  ", "| clientContext | Boolean"));
    await until(() => lines.length === 3);

    expect(lines[1]).toMatch(/changed; extracted 1 of \d+ pages, \d+ errors/);
    expect(lines[2]).toMatch(/changed; extracted 1 of \d+ pages, 0 errors/);
    expect(readFileSync(join(out, "graph.ts"), "utf8")).toContain("clientContext?: boolean;");
  });
});

describe("watch > regenerate with a cache folder", () => {
  const folder = mkdtempSync(join(tmpdir(), "graph-typegen-watch-cached-"));
  const lines: string[] = [];
  let session: WatchSession | undefined;

  afterAll(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("says when an edit changed descriptions only, which needs no linking", async () => {
    const edited = join(folder, "pages", "cancelmediaprocessingoperation.md");
    const options = { inputs: ["pages"], cwd: folder, cacheDir: join(folder, "cache") };
    session = await watchCopy(options, join(folder, "out"), lines);

    const text = readFileSync(edited, "utf8");
    writeFileSync(edited, text.replace("Клиентский контекст.", "Клиентский контекст запроса."));
    await until(() => lines.length === 1);
    writeFileSync(edited, text.replace("| clientContext | String ", "| clientContext | Int32  "));
    await until(() => lines.length === 2);

    expect(lines[0]).toMatch(/changed; extracted 1 of \d+ pages \(descriptions only\), 0 errors/);
    expect(lines[1]).toMatch(/changed; extracted 1 of \d+ pages, 0 errors/);
    expect(readFileSync(join(folder, "out", "graph.ts"), "utf8")).toContain(
      "clientContext?: number;",
    );
  });
});
