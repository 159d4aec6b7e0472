import fc from "fast-check";
import type { EnumStyle } from "../../src/emit/emit-enum.js";
import type { PageFile } from "../../src/read/collect-pages.js";
import { typeCheckBatch } from "../helpers/type-check-batch.js";
import { checkCase } from "./check-case.js";
import { applyMutations, mutationArbitrary, type Mutation } from "./mutations.js";

/** How a fuzz run is set up. */
export interface FuzzOptions {
  /** Real pages the cases start from. */
  corpus: readonly PageFile[];
  runs: number;
  seed: number;
  /** Every how many cases an output is kept for type-checking. */
  sampleEvery: number;
  /** How many kept outputs one `tsc` run checks. */
  batchSize: number;
}

/** What a fuzz run found. */
export interface FuzzSummary {
  cases: number;
  seed: number;
  seconds: number;
  /** The first failing case, shrunk, with the path that replays it; undefined when none. */
  failure?: { problems: string[]; counterexample: string; path: string };
  typeChecked: number;
  /** Kept outputs that did not compile, with the case that made them. */
  compileFailures: { input: string; errors: string }[];
}

/** One case: some corpus pages, each with a few mutations, and an enum style. */
interface FuzzCase {
  pages: { index: number; mutations: Mutation[] }[];
  enumStyle: EnumStyle;
}

/**
 * Run mutated corpus pages through the pipeline and check the properties of
 * {@link checkCase}; then type-check a sample of the outputs, several per `tsc` run.
 */
export function runFuzz(options: FuzzOptions): FuzzSummary {
  const started = performance.now();
  const kept: { input: FuzzCase; files: ReadonlyMap<string, string> }[] = [];
  let cases = 0;

  // 1. The properties, on every case.
  const arbitrary = fc.record({
    pages: fc.array(
      fc.record({
        index: fc.nat({ max: options.corpus.length - 1 }),
        mutations: fc.array(mutationArbitrary, { minLength: 0, maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    enumStyle: fc.constantFrom<EnumStyle>("const", "enum", "union"),
  });
  const property = fc.property(arbitrary, (input: FuzzCase) => {
    cases++;
    const report = checkCase(pagesOf(input, options.corpus), input.enumStyle);
    if (report.problems.length > 0) throw new Error(report.problems.join("\n"));
    if (cases % options.sampleEvery === 0 && report.result)
      kept.push({ input, files: report.result.files });
  });
  const details = fc.check(property, { numRuns: options.runs, seed: options.seed });

  // 2. A sample of outputs through tsc.
  const compileFailures: FuzzSummary["compileFailures"] = [];
  for (let start = 0; start < kept.length; start += options.batchSize) {
    const batch = kept.slice(start, start + options.batchSize);
    typeCheckBatch(batch.map((item) => item.files)).forEach((errors, index) => {
      if (errors !== "")
        compileFailures.push({ input: JSON.stringify(batch[index]!.input), errors });
    });
  }

  const summary: FuzzSummary = {
    cases,
    seed: options.seed,
    seconds: (performance.now() - started) / 1000,
    typeChecked: kept.length,
    compileFailures,
  };
  if (details.failed) {
    summary.failure = {
      problems: [String(details.errorInstance ?? "")],
      counterexample: JSON.stringify(details.counterexample),
      path: details.counterexamplePath ?? "",
    };
  }
  return summary;
}

/** The mutated pages of a case, each under a folder of its own so two copies do not clash. */
export function pagesOf(input: FuzzCase, corpus: readonly PageFile[]): PageFile[] {
  return input.pages.map(({ index, mutations }, slot) => {
    const page = corpus[index]!;
    return { file: `${slot}/${page.file}`, text: applyMutations(page.text, mutations) };
  });
}
