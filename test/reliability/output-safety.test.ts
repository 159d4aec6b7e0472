import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resourcePage } from "../helpers/docs-page.js";
import { generate } from "../../src/generate.js";
import { planWrite } from "../../src/write/plan-write.js";
import { recoverOutput } from "../../src/write/recover-output.js";
import { runStep } from "../../src/write/write-steps.js";
import { beginWrite } from "../../src/write/write-transaction.js";
import { journalName } from "../../src/write/write-journal.js";
import { corpora, corpusPresent } from "../helpers/corpus.js";
import {
  runCli,
  runCliKilledAfter,
  runCliKilledOnceFileAppears,
  snapshot,
} from "../helpers/run-cli.js";
import { tempFolder } from "../helpers/temp-folder.js";

const namespaces = 40;
const typesPerNamespace = 5;

/**
 * A docs folder large enough that writing takes a while: many namespaces, many types. The
 * next version drops the first namespace and adds one, so files change, go and come.
 */
function docsFolder(version: "old" | "new"): Record<string, string> {
  const files: Record<string, string> = {};
  const first = version === "old" ? 0 : 1;
  for (let n = first; n < first + namespaces; n++) {
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
const userFiles = { "notes.md": "my notes\n", "custom.ts": "export const mine = 1;\n" };

/** The files of a snapshot with their bytes, for comparing outputs. */
const texts = (dir: string) =>
  new Map([...snapshot(dir)].map(([name, file]) => [name, file.text] as const));

/** True when two outputs hold the same files with the same bytes. */
function sameOutput(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([name, text]) => b.get(name) === text);
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  cpSync(tempFolder(docsFolder("old")), oldDocs, { recursive: true });
  cpSync(tempFolder(docsFolder("new")), newDocs, { recursive: true });
  mkdirSync(previous);
  for (const [name, text] of Object.entries(userFiles)) writeFileSync(join(previous, name), text);
  expect(runCli(["generate", oldDocs, "-o", previous, "--quiet"]).status).toBe(0);
});

describe("reliability > output safety > a run killed with SIGKILL", () => {
  // The Russian corpus's output replaced by the English one's, a file per type: some 1,400
  // files change, some come and some go. Without the corpus, the docs folders above.
  const corpus = corpusPresent(corpora.en) && corpusPresent(corpora.ru);
  const [from, to] = corpus ? [resolve(corpora.ru), resolve(corpora.en)] : [oldDocs, newDocs];
  const options = ["--layout", "file-per-type", "--cache-dir", join(root, "cache")];
  const before = join(root, "kill-before");
  const after = join(root, "kill-after");
  let run = 0;
  let window = 0;

  beforeAll(async () => {
    cpSync(tempFolder(userFiles), before, { recursive: true });
    expect(runCli(["generate", from, "-o", before, "--quiet", ...options]).status).toBe(0);
    cpSync(before, after, { recursive: true });

    const started = performance.now();
    const full = await runCliKilledOnceFileAppears(
      ["generate", to, "-o", after, "--quiet", ...options],
      join(after, journalName),
      Infinity,
    );
    run = performance.now() - started;
    window = full.fileLasted ?? 0;
  });

  it("leaves a folder the next run returns to exactly the previous or the new output", async () => {
    const old = texts(before);
    const complete = texts(after);
    const moments = [
      ...Array.from({ length: 3 }, () => ({ journal: true, delay: Math.random() * window })),
      { journal: false, delay: Math.random() * run },
    ];
    const outcomes: string[] = [];
    expect(sameOutput(old, complete)).toBe(false);

    for (const [index, moment] of moments.entries()) {
      const out = join(root, `killed-${index}`);
      const shown = `kill ${index} ${moment.journal ? "after the journal" : "after the start"}, ${moment.delay.toFixed(0)} ms`;
      cpSync(before, out, { recursive: true });
      const args = ["generate", to, "-o", out, ...options];
      if (moment.journal)
        await runCliKilledOnceFileAppears(args, join(out, journalName), moment.delay);
      else await runCliKilledAfter(args, moment.delay);
      const interrupted = existsSync(join(out, journalName));

      // 1. --check names the interrupted write and changes nothing (asked once, it is slow).
      if (interrupted && !outcomes.some((outcome) => outcome.startsWith("rolled back"))) {
        const untouched = snapshot(out);
        const check = runCli([...args, "--check", "--quiet"]);
        expect(check.status, shown).toBe(1);
        expect(check.stderr, shown).toContain("GT504");
        expect(snapshot(out), shown).toEqual(untouched);
      }

      // 2. Recovery leaves the previous output or the new one, never a mix.
      const recovered = join(root, `recovered-${index}`);
      cpSync(out, recovered, { recursive: true });
      recoverOutput(recovered);
      const now = texts(recovered);
      const state = sameOutput(now, old) ? "old" : sameOutput(now, complete) ? "new" : "mix";
      expect(state, shown).not.toBe("mix");
      outcomes.push(interrupted ? `rolled back to ${state}` : state);

      // 3. The next run equals a run that was never interrupted.
      const next = runCli(args);
      expect(next.status, shown).toBe(0);
      expect(next.stderr.includes("GT503"), shown).toBe(interrupted);
      expect(sameOutput(texts(out), complete), shown).toBe(true);
      rmSync(out, { recursive: true });
      rmSync(recovered, { recursive: true });
    }

    console.info(
      `${corpus ? "corpus" : "synthetic docs"}: journal held ${window.toFixed(0)} ms of a ${run.toFixed(0)} ms run; killed runs left: ${outcomes.join(", ")}`,
    );
  }, 600_000);
});

describe("reliability > output safety", () => {
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

  it("an interrupted write: --check reports it and writes nothing, generate rolls it back", () => {
    const out = join(root, "interrupted");
    const clean = join(root, "uninterrupted");
    cpSync(previous, out, { recursive: true });
    cpSync(previous, clean, { recursive: true });
    expect(runCli(["generate", newDocs, "-o", clean, "--quiet"]).status).toBe(0);
    const plan = planWrite(out, generate({ inputs: [newDocs] }).files);
    beginWrite(out, plan.staged, plan.steps);
    for (const step of plan.steps.slice(0, plan.steps.length >> 1)) runStep(out, step);
    const stopped = snapshot(out);

    const check = runCli(["generate", newDocs, "-o", out, "--check", "--quiet"]);
    const checked = snapshot(out);
    const next = runCli(["generate", newDocs, "-o", out]);

    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/graph-typegen-journal\.json.*\n?.*error.*GT504/);
    expect(checked).toEqual(stopped);
    expect(next.status).toBe(0);
    expect(next.stderr).toMatch(/graph-typegen-journal\.json.*\n?.*warning.*GT503/);
    expect(texts(out)).toEqual(texts(clean));
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
