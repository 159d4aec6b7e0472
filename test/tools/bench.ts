/**
 * `npm run bench`: time generation against a plain remark parse of the same pages and print
 * a Markdown table of medians, each as a ratio to that parse (the floor).
 *
 * Every measurement runs in a child process of its own, so its peak RSS is its own; module
 * loading is left out of the times, the same for every row. Generation runs the compiled
 * package (`dist/`, built first), as users run it: worker threads then start from
 * JavaScript, not from TypeScript compiled on the fly.
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { collectPages } from "../../src/read/collect-pages.js";

const corpora = {
  en: "../shared/corpus/en-2021-07/v1.0/resources",
  ru: "../shared/corpus/ru-2021-08/v1.0/resources",
};

/** What one child process reports. */
interface Sample {
  ms: number;
  rssMb: number;
}

const runs = Number(process.env.BENCH_RUNS ?? 5);

if (process.argv[2] === "measure") await measure(process.argv.slice(3));
else main();

/** Run every measurement and print the table. */
function main(): void {
  execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
  const work = mkdtempSync(join(tmpdir(), "graph-typegen-bench-"));
  const editable = join(work, "edited");
  const retypable = join(work, "retyped");
  const renamed = join(work, "renamed");
  cpSync(corpora.en, editable, { recursive: true });
  cpSync(corpora.en, retypable, { recursive: true });
  cpSync(corpora.en, renamed, { recursive: true });
  for (const file of readdirSync(renamed))
    renameSync(join(renamed, file), join(renamed, `copy-${file}`));

  try {
    // 1. The floor and a cold run, each from nothing.
    const floor = repeat(runs, () => child("floor", corpora.en));
    let coldRun = 0;
    const cold = repeat(runs, () => child("run", join(work, `cold-${++coldRun}`), corpora.en));

    // 2. Warm: the cache filled once, then nothing changed.
    child("run", join(work, "warm"), corpora.en);
    const warm = repeat(runs, () => child("run", join(work, "warm"), corpora.en));

    // 3. One page edited: one table row's description changed before every run; then its
    // type, which links every page again.
    child("run", join(work, "edit"), editable);
    let edit = 0;
    const edited = repeat(runs, () => {
      setRow(join(editable, "user.md"), `|aboutMe|String|Edited description, edit ${++edit}.|`);
      return child("run", join(work, "edit"), editable);
    });
    child("run", join(work, "retype"), retypable);
    let retype = 0;
    const retyped = repeat(runs, () => {
      const type = ++retype % 2 === 1 ? "Int32" : "String";
      setRow(join(retypable, "user.md"), `|aboutMe|${type}|Retyped, edit ${retype}.|`);
      return child("run", join(work, "retype"), retypable);
    });

    // 4. Three corpora at once, from nothing.
    let scaleRun = 0;
    const scale = repeat(Math.max(1, Math.ceil(runs / 2)), () =>
      child("run", join(work, `scale-${++scaleRun}`), corpora.en, corpora.ru, renamed),
    );

    printTable(floor, [
      ["floor: remark + GFM parse, one thread", floor],
      ["cold: generate, empty cache", cold],
      ["warm: generate, nothing changed", warm],
      ["one page edited", edited],
      ["one page edited, a row's type", retyped],
      ["scale: en + ru + renamed en, empty cache", scale],
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** In the child: time one measurement and print it as JSON. */
async function measure([kind, dir, ...inputs]: string[]): Promise<void> {
  let ms: number;

  if (kind === "floor") {
    const { pages } = collectPages([dir!]);
    const processor = unified().use(remarkParse).use(remarkGfm);
    const started = performance.now();
    for (const page of pages) processor.parse(page.text);
    ms = performance.now() - started;
  } else {
    const { generateIncremental } = (await built(
      "generate-incremental.js",
    )) as typeof import("../../src/generate-incremental.js");
    const { writeOutput } = (await built(
      "write/write-output.js",
    )) as typeof import("../../src/write/write-output.js");
    const started = performance.now();
    const result = await generateIncremental({ inputs, cacheDir: join(dir!, "cache") });
    writeOutput(join(dir!, "out"), result.files);
    ms = performance.now() - started;
  }

  const sample: Sample = { ms, rssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(sample));
}

/** A module of the compiled package. */
function built(path: string): Promise<unknown> {
  return import(new URL(`../../dist/${path}`, import.meta.url).href);
}

/** Run one measurement in a fresh process. */
function child(...args: string[]): Sample {
  const script = new URL(import.meta.url).pathname;
  const output = execFileSync(process.execPath, [...process.execArgv, script, "measure", ...args], {
    encoding: "utf8",
  });

  return JSON.parse(output) as Sample;
}

function repeat(times: number, sample: () => Sample): Sample[] {
  return Array.from({ length: times }, sample);
}

/** Replace the `aboutMe` row of a page. */
function setRow(path: string, text: string): void {
  const lines = readFileSync(path, "utf8").split("\n");
  const row = lines.findIndex((line) => line.startsWith("|aboutMe|"));
  lines[row] = text;

  writeFileSync(path, lines.join("\n"));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Print the medians as a Markdown table, times also as a ratio to the floor. */
function printTable(floor: readonly Sample[], rows: [string, Sample[]][]): void {
  const floorMs = median(floor.map((sample) => sample.ms));
  const lines = [
    `${availableParallelism()} cores, Node ${process.versions.node}, medians of ${runs} runs (scale: ${Math.max(1, Math.ceil(runs / 2))})`,
    "",
    "| measurement | time | × floor | peak RSS |",
    "| --- | ---: | ---: | ---: |",
  ];
  for (const [name, samples] of rows) {
    const ms = median(samples.map((sample) => sample.ms));
    const rss = Math.max(...samples.map((sample) => sample.rssMb));
    lines.push(
      `| ${name} | ${(ms / 1000).toFixed(3)} s | ${(ms / floorMs).toFixed(3)} | ${rss.toFixed(0)} MB |`,
    );
  }

  const cold = median(rows[1]![1].map((sample) => sample.ms));
  const scale = median(rows[5]![1].map((sample) => sample.ms));
  lines.push("", `scale time is ${(scale / cold).toFixed(2)} × cold`);

  process.stdout.write(`${lines.join("\n")}\n`);
}
