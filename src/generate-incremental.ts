import { resolve } from "node:path";
import { openExtractCache, extractKey, type ExtractCache } from "./cache/extract-cache.js";
import { readPrintCache, writePrintCache } from "./cache/print-cache.js";
import { readRun, runKey, writeRun } from "./cache/run-cache.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { PageSource } from "./extract/extract-page.js";
import type { PageExtract } from "./extract/page-extract.js";
import { generateFromExtracts, type GenerateOptions, type GenerateResult } from "./generate.js";
import { extractInPool } from "./pool/extract-pool.js";
import { collectPages, type PageFile } from "./read/collect-pages.js";
import { filterPages } from "./read/filter-pages.js";

/** Options of a run that reuses earlier work. */
export interface IncrementalOptions extends GenerateOptions {
  /** Cache folder; without it nothing is kept between processes. */
  cacheDir?: string;
  /** An extract cache to use instead of the folder's (watch mode keeps one in memory). */
  cache?: ExtractCache;
  /** Worker threads for extraction; defaults to the cores available. */
  threads?: number;
}

/** A run's result, and which pages it had to extract rather than reuse. */
export interface IncrementalResult extends GenerateResult {
  extracted: string[];
}

/**
 * Run the pipeline, extracting only pages whose extract is not cached and spreading those
 * over worker threads; with nothing changed, the last run's result is reused whole.
 *
 * The result is the same, byte for byte, as `generate` gives for the same options.
 */
export async function generateIncremental(options: IncrementalOptions): Promise<IncrementalResult> {
  const { pages, diagnostics } = collectPages(options.inputs, options.cwd);

  return generateIncrementalFromPages(filterPages(pages, options), options, diagnostics);
}

/** {@link generateIncremental} from pages already read. */
export async function generateIncrementalFromPages(
  pages: readonly PageFile[],
  options: IncrementalOptions,
  readDiagnostics: Diagnostic[] = [],
): Promise<IncrementalResult> {
  const { cacheDir } = options;
  const inputs = options.inputs.map((input) => resolve(options.cwd ?? process.cwd(), input));
  const cache =
    options.cache ?? (cacheDir === undefined ? undefined : openExtractCache(cacheDir, inputs));
  const emitOptions = {
    locale: options.locale,
    enumStyle: options.enumStyle,
    readonly: options.readonly,
    odataType: options.odataType,
    layout: options.layout,
  };

  // 1. Key every page; with the same keys as the last run, its result stands.
  const sources: PageSource[] = pages.map((page) => ({
    file: page.file,
    text: page.text,
    ...(options.locale ? { locale: options.locale } : {}),
  }));
  const keys = cache ? sources.map(extractKey) : [];
  const key = runKey(keys, emitOptions, readDiagnostics);
  const last = cacheDir === undefined ? undefined : readRun(cacheDir, key);
  if (last) return { ...last, extracted: [] };

  // 2. Reuse cached extracts, extract the rest on the pool, cache what was extracted.
  const extracts: (PageExtract | undefined)[] = keys.map((pageKey) => cache?.read(pageKey));
  const missing = sources.filter((_, index) => extracts[index] === undefined);
  const reused = sources.length - missing.length;
  const fresh = await extractInPool(missing, {
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    ...(options.onProgress
      ? { onProgress: (done: number) => options.onProgress!(reused + done, sources.length) }
      : {}),
  });
  let next = 0;
  sources.forEach((_, index) => {
    if (extracts[index] !== undefined) return;
    extracts[index] = fresh[next++];
    cache?.write(keys[index]!, extracts[index]!);
  });
  cache?.save();

  // 3. Link and emit; declarations an earlier run printed are not printed again.
  const printCache = cacheDir === undefined ? undefined : readPrintCache(cacheDir);
  const result = generateFromExtracts(
    extracts as PageExtract[],
    options,
    readDiagnostics,
    printCache,
  );
  if (cacheDir !== undefined && printCache !== undefined) {
    writeRun(cacheDir, key, result);
    writePrintCache(cacheDir, printCache);
  }

  return { ...result, extracted: missing.map((source) => source.file) };
}
