import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load-config.js";

const config = { targets: [{ inputs: ["docs"], out: "types" }] };

/** A fresh folder holding the given files. */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "graph-typegen-config-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("config > load", () => {
  it.each([
    { file: "graph-typegen.config.json", text: JSON.stringify(config) },
    { file: "graph-typegen.config.mjs", text: `export default ${JSON.stringify(config)};` },
    {
      file: "graph-typegen.config.ts",
      text: `const config: { targets: { inputs: string[]; out: string }[] } = ${JSON.stringify(config)};\nexport default config;`,
    },
    { file: "package.json", text: JSON.stringify({ name: "app", graphTypegen: config }) },
  ])("finds $file", async ({ file, text }) => {
    const dir = folderWith({ [file]: text });

    expect(await loadConfig(dir)).toEqual({ file: join(dir, file), folder: dir, config });
  });

  it("skips a package.json without the graphTypegen key", async () => {
    const dir = folderWith({
      "package.json": JSON.stringify({ name: "app" }),
      "graph-typegen.config.json": JSON.stringify(config),
    });

    expect((await loadConfig(dir))?.file).toBe(join(dir, "graph-typegen.config.json"));
  });

  it("loads the file --config names", async () => {
    const dir = folderWith({ "typegen.json": JSON.stringify(config) });

    expect((await loadConfig(dir, "typegen.json"))?.config).toEqual(config);
  });

  it("names the file it cannot read", async () => {
    const dir = folderWith({ "graph-typegen.config.json": "{ targets: " });

    await expect(loadConfig(dir)).rejects.toThrow(ConfigError);
    await expect(loadConfig(dir)).rejects.toThrow(/graph-typegen\.config\.json/);
    await expect(loadConfig(dir, "missing.json")).rejects.toThrow(/missing\.json/);
  });
});
