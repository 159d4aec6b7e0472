import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkOutput, writeOutput } from "../../src/write/write-output.js";
import { generatedMarker } from "../../src/write/manifest.js";
import { planWrite } from "../../src/write/plan-write.js";
import { recoverOutput } from "../../src/write/recover-output.js";
import { journalName, stagingName, type WriteStep } from "../../src/write/write-journal.js";
import { runStep, undoStep } from "../../src/write/write-steps.js";
import { beginWrite, finishWrite } from "../../src/write/write-transaction.js";
import { tempFolder } from "../helpers/temp-folder.js";

/** A generated module's text, as the generator would open it. */
const module = (body: string) => `/**\n * ${generatedMarker} from test pages.\n */\n${body}\n`;

const oldFiles = new Map([
  ["index.ts", module('export * from "./a.js";')],
  ["a.ts", module("export interface A { old: string }")],
  ["b.ts", module("export interface B { same: string }")],
  ["graph/user.ts", module("export interface User { old: string }")],
  ["graph/stale.ts", module("export interface Stale { gone: string }")],
  ["gone/deep/old.ts", module("export interface Old { gone: string }")],
]);
const newFiles = new Map([
  ["index.ts", module('export * from "./a.js";\nexport * from "./added/deep/new.js";')],
  ["a.ts", module("export interface A { new: string }")],
  ["b.ts", module("export interface B { same: string }")],
  ["graph/user.ts", module("export interface User { new: string }")],
  ["added/deep/new.ts", module("export interface New { added: string }")],
]);
const userFiles = { "notes.md": "my notes\n", "graph/custom.ts": "export const mine = 1;\n" };

const root = tempFolder();
const previous = join(root, "previous");
const complete = join(root, "complete");
let copies = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every folder (ending in `/`) and file under `dir` with its bytes, in order. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const name = join(entry.parentPath, entry.name).slice(dir.length + 1);
      return entry.isDirectory() ? `${name}/` : `${name}: ${readFileSync(join(dir, name), "utf8")}`;
    })
    .sort();
}

/** A fresh copy of the previous output. */
function copyOfPrevious(): string {
  const dir = join(root, `copy-${copies++}`);
  cpSync(previous, dir, { recursive: true });
  return dir;
}

/** Plan and stage the new output in `dir` and return the steps its journal records. */
function begin(dir: string): WriteStep[] {
  const plan = planWrite(dir, newFiles);
  beginWrite(dir, plan.staged, plan.steps);
  return plan.steps;
}

describe("write > a write stopped after any step", () => {
  cpSync(tempFolder(userFiles), previous, { recursive: true });
  writeOutput(previous, oldFiles);
  cpSync(previous, complete, { recursive: true });
  writeOutput(complete, newFiles);
  const steps = planWrite(previous, newFiles).steps;

  it("plans every kind of step for a change with changed, added and removed files", () => {
    expect(new Set(steps.map((step) => step.kind))).toEqual(
      new Set(["backup", "create-folder", "move-in", "remove-folder"]),
    );
    expect(tree(complete)).not.toEqual(tree(previous));
    expect(tree(complete)).not.toContain("gone/");
    expect(tree(complete)).toContain("added/deep/");
    expect(tree(complete)).toContain("graph/custom.ts: export const mine = 1;\n");
  });

  it.each(Array.from({ length: steps.length + 1 }, (_, taken) => taken))(
    "rolls back to the previous output, byte for byte, after %i step(s)",
    (taken) => {
      const dir = copyOfPrevious();
      const journalSteps = begin(dir);
      for (const step of journalSteps.slice(0, taken)) runStep(dir, step);

      expect(checkOutput(dir, newFiles)).toEqual([{ file: journalName, reason: "interrupted" }]);
      expect(recoverOutput(dir)).toBe("rolled-back");
      expect(tree(dir)).toEqual(tree(previous));
    },
  );

  it("rolls back when the roll-back itself was stopped after any of its steps", () => {
    for (let taken = 0; taken <= steps.length; taken++) {
      for (let undone = 0; undone <= taken; undone++) {
        const dir = copyOfPrevious();
        const journalSteps = begin(dir);
        for (const step of journalSteps.slice(0, taken)) runStep(dir, step);
        for (const step of journalSteps.slice(0, taken).reverse().slice(0, undone))
          undoStep(dir, step);

        expect(recoverOutput(dir)).toBe("rolled-back");
        expect(tree(dir), `after ${taken} steps, ${undone} undone`).toEqual(tree(previous));
        rmSync(dir, { recursive: true });
      }
    }
  });

  it("keeps the previous output when stopped while staging, the new one once committed", () => {
    const staging = copyOfPrevious();
    begin(staging);
    rmSync(join(staging, journalName));

    const committed = copyOfPrevious();
    for (const step of begin(committed)) runStep(committed, step);
    rmSync(join(committed, journalName));

    expect(recoverOutput(staging)).toBe("none");
    expect(tree(staging)).toEqual(tree(previous));
    expect(recoverOutput(committed)).toBe("none");
    expect(tree(committed)).toEqual(tree(complete));
  });

  it("a finished write leaves no journal and no staging folder", () => {
    const dir = copyOfPrevious();
    for (const step of begin(dir)) runStep(dir, step);
    finishWrite(dir);

    expect(existsSync(join(dir, journalName))).toBe(false);
    expect(existsSync(join(dir, stagingName))).toBe(false);
    expect(tree(dir)).toEqual(tree(complete));
  });
});

describe("write > recovery", () => {
  it("rolls back a step that fails and passes the error on", () => {
    const dir = copyOfPrevious();
    writeFileSync(join(dir, "blocked"), "a file of the user's where a folder goes\n");
    const before = tree(dir);

    expect(() => writeOutput(dir, new Map([...newFiles, ["blocked/x.ts", module("")]]))).toThrow(
      /ENOTDIR|EEXIST/,
    );
    expect(tree(dir)).toEqual(before);
  });

  it("the next write rolls back first, then writes the new output", () => {
    const dir = copyOfPrevious();
    const journalSteps = begin(dir);
    for (const step of journalSteps.slice(0, journalSteps.length >> 1)) runStep(dir, step);

    const result = writeOutput(dir, newFiles);

    expect(result.recovery).toBe("rolled-back");
    expect(result.written.sort()).toEqual([
      "a.ts",
      "added/deep/new.ts",
      "graph/user.ts",
      "index.ts",
    ]);
    expect(result.removed).toEqual(["gone/deep/old.ts", "graph/stale.ts"]);
    expect(tree(dir)).toEqual(tree(complete));
  });

  const unreadable = [
    { given: "a journal that is not JSON", journal: "{ broken" },
    {
      given: "a journal naming a file outside the folder",
      journal: JSON.stringify({ steps: [{ kind: "backup", file: "../outside.ts" }] }),
    },
    {
      given: "a journal with a step of no known kind",
      journal: JSON.stringify({ steps: [{ kind: "delete", file: "a.ts" }] }),
    },
  ];

  it.each(unreadable)("$given: the folder is left alone and nothing written", ({ journal }) => {
    const dir = copyOfPrevious();
    writeFileSync(join(dir, journalName), journal);
    const before = tree(dir);

    expect(recoverOutput(dir)).toBe("unreadable");
    expect(writeOutput(dir, newFiles)).toMatchObject({ recovery: "unreadable", written: [] });
    expect(tree(dir)).toEqual(before);
  });

  it("a write with nothing changed touches nothing", () => {
    const dir = copyOfPrevious();
    const times = () =>
      tree(dir).map((name) => [name, statSync(join(dir, name.split(":")[0]!)).mtimeMs]);
    const before = times();

    const result = writeOutput(dir, oldFiles);

    expect(result).toMatchObject({ written: [], removed: [], recovery: "none" });
    expect(times()).toEqual(before);
  });
});
