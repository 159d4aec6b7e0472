import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resourcePage } from "../helpers/docs-page.js";
import { runCli, runCliKilledAfter, snapshot } from "../helpers/run-cli.js";
import { tempFolder } from "../helpers/temp-folder.js";

const namespaces = 40;
const typesPerNamespace = 5;

/** A docs folder large enough that writing takes a while: many namespaces, many types. */
function docsFolder(version: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 0; n < namespaces; n++) {
    for (let t = 0; t < typesPerNamespace; t++) {
      const type = `microsoft.graph.area${n}.item${t}`;
      const keys = Array.from({ length: 30 }, (_, k) => `"${version}Key${k}": "String"`);
      files[`area${n}/item${t}.md`] = resourcePage({ type, json: `{ ${keys.join(", ")} }` });
    }
  }
  return files;
}

const root = tempFolder();
const oldDocs = join(root, "old-docs");
const newDocs = join(root, "new-docs");
const previous = join(root, "previous");
const complete = join(root, "complete");
const userFiles = { "notes.md": "my notes\n", "custom.ts": "export const mine = 1;\n" };

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("reliability > output safety", () => {
  let fullRun = 0;

  beforeAll(() => {
    cpSync(tempFolder(docsFolder("old")), oldDocs, { recursive: true });
    cpSync(tempFolder(docsFolder("new")), newDocs, { recursive: true });
    mkdirSync(previous);
    for (const [name, text] of Object.entries(userFiles)) writeFileSync(join(previous, name), text);
    expect(runCli(["generate", oldDocs, "-o", previous, "--quiet"]).status).toBe(0);

    const started = performance.now();
    cpSync(previous, complete, { recursive: true });
    expect(runCli(["generate", newDocs, "-o", complete, "--quiet"]).status).toBe(0);
    fullRun = performance.now() - started;
  });

  it("a run killed part-way leaves each file whole: the previous output or the new one", async () => {
    const before = snapshot(previous);
    const after = snapshot(complete);
    const outcomes: string[] = [];

    for (const fraction of [0.2, 0.5, 0.7, 0.85, 0.95]) {
      const out = join(root, `killed-${fraction}`);
      cpSync(previous, out, { recursive: true });
      await runCliKilledAfter(["generate", newDocs, "-o", out, "--quiet"], fullRun * fraction);

      const now = snapshot(out);
      const generated = [...now.keys()].filter(
        (name) => !name.startsWith(".graph-typegen-staging/"),
      );
      const state = generated.map((name) =>
        now.get(name)!.text === before.get(name)?.text
          ? "old"
          : now.get(name)!.text === after.get(name)?.text
            ? "new"
            : "torn",
      );
      expect(state).not.toContain("torn");
      for (const [name, text] of Object.entries(userFiles)) expect(now.get(name)?.text).toBe(text);
      outcomes.push(state.includes("new") ? (state.includes("old") ? "mixed" : "new") : "old");

      expect(runCli(["generate", newDocs, "-o", out, "--quiet"]).status).toBe(0);
      const recovered = snapshot(out);
      expect([...recovered.keys()].sort()).toEqual([...after.keys()].sort());
      for (const [name, file] of recovered) expect(file.text).toBe(after.get(name)!.text);
    }

    console.info(`killed runs left: ${outcomes.join(", ")}`);
  });

  it("--check writes nothing, even when the output differs or is absent", () => {
    const out = join(root, "checked");
    cpSync(previous, out, { recursive: true });
    const before = snapshot(out);

    const drift = runCli(["generate", newDocs, "-o", out, "--check", "--quiet"]);
    const absent = runCli(["generate", newDocs, "-o", join(root, "absent"), "--check", "--quiet"]);

    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain("GT500");
    expect(snapshot(out)).toEqual(before);
    expect(absent.status).toBe(1);
    expect(existsSync(join(root, "absent"))).toBe(false);
  });

  describe("files graph-typegen did not generate are never replaced or removed", () => {
    const cases = [
      {
        given: "files of the user's beside the output",
        user: userFiles,
        manifest: undefined,
        status: 0,
      },
      {
        given: "a file of the user's where a module goes",
        user: { "index.ts": "export const mine = 1;\n" },
        manifest: undefined,
        status: 1,
      },
      {
        given: "a manifest edited to list the user's files",
        user: userFiles,
        manifest: ["notes.md", "custom.ts", "../escape.ts"],
        status: 0,
      },
    ];

    it.each(cases)("$given", ({ user, manifest, status }) => {
      const out = tempFolder(user);
      if (manifest)
        writeFileSync(
          join(out, ".graph-typegen.json"),
          JSON.stringify({ generator: "graph-typegen", files: manifest }),
        );

      const run = runCli(["generate", oldDocs, "-o", out, "--quiet"]);
      const now = snapshot(out);
      rmSync(out, { recursive: true, force: true });

      expect(run.status).toBe(status);
      if (status === 1) expect(run.stderr).toContain("GT502");
      for (const [name, text] of Object.entries(user)) expect(now.get(name)?.text).toBe(text);
    });
  });

  describe("an output folder equal to or inside an input folder is refused", () => {
    const cases = [
      { given: "the input folder itself", out: "old-docs" },
      { given: "a folder inside it", out: "old-docs/generated" },
      { given: "the same folder by another spelling", out: "old-docs/area1/.." },
    ];

    it.each(cases)("$given", ({ out }) => {
      const run = runCli(["generate", "old-docs", "-o", out], root);

      expect(run.status).toBe(2);
      expect(run.stderr).toContain("is inside input folder");
      expect(existsSync(join(root, "old-docs/generated"))).toBe(false);
    });
  });
});
