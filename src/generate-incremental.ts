import { resolve } from "node:path";
import { targetCacheDir } from "./cache/cache-dir.js";
import { openExtractCache, extractKey, type ExtractCache } from "./cache/extract-cache.js";
import { linkId, modelKey, readModel, writeModel, type LinkedModel } from "./cache/model-cache.js";
import { readPrintCache, writePrintCache } from "./cache/print-cache.js";
import { readLastRun, runKey, writeRun, type KeptRun } from "./cache/run-cache.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { emitFiles, type EmitResult } from "./emit/emit-files.js";
import { reprintDeclarations } from "./emit/reprint-declarations.js";
import { extractPage, type PageSource } from "./extract/extract-page.js";
import type { PageExtract } from "./extract/page-extract.js";
import { emitOptions, runResult, type GenerateOptions, type GenerateResult } from "./generate.js";
import { buildModel } from "./model/build-model.js";
import {
  applyDescriptions,
  declarationsDescribedBy,
  differInDescriptionsOnly,
} from "./model/describe.js";
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

/** A run's result, which pages it had to extract rather than reuse, and what it reused. */
export interface IncrementalResult extends GenerateResult {
  extracted: string[];
  /**
   * `run`: nothing changed and the last run's result stood; `link`: pages changed in
   * description text only and the last link stood with their new text; `extracts`: the pages
   * were linked again, from cached extracts where there were some.
   */
  reused: "run" | "link" | "extracts";
}

/** What a run keeps in a cache folder: its target's folder, and the extracts. */
interface Kept {
  dir: string;
  cache: ExtractCache;
}

/** One run's pages, keyed. */
interface Run {
  sources: PageSource[];
  keys: string[];
  key: string;
  linkKey: string;
  emitKey: string;
  readDiagnostics: Diagnostic[];
  /** Pages extracted so far, rather than read from the cache. */
  extracted: string[];
  /** The run kept in the cache folder before this one. */
  last?: KeptRun;
}

/** Above this many changed pages, extracting them on the pool and linking beats one by one. */
const maxRedescribed = 48;

/**
 * Run the pipeline, extracting only pages whose extract is not cached and spreading those
 * over worker threads; with nothing changed, the last run's result is reused whole, and when
 * pages changed in description text only, the last link is reused with their new text and
 * only the declarations that show it are printed again.
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
  const pageSet = {
    inputs,
    include: options.include,
    exclude: options.exclude,
    locale: options.locale,
  };
  const cache =
    options.cache ?? (cacheDir === undefined ? undefined : openExtractCache(cacheDir, pageSet));
  const emitKey = JSON.stringify(emitOptions(options));
  const kept =
    cacheDir !== undefined && cache !== undefined
      ? { dir: targetCacheDir(cacheDir, { ...pageSet, emitKey }), cache }
      : undefined;

  // 1. Key every page; with the same keys as the last run, its result stands.
  const sources: PageSource[] = pages.map((page) => ({
    file: page.file,
    text: page.text,
    ...(options.locale ? { locale: options.locale } : {}),
  }));
  const keys = cache ? sources.map(extractKey) : [];
  const run: Run = {
    sources,
    keys,
    key: runKey(keys, { locale: options.locale, emitKey }, readDiagnostics),
    linkKey: modelKey(
      sources.map((source) => source.file),
      readDiagnostics,
    ),
    emitKey,
    readDiagnostics,
    extracted: [],
    ...(kept ? { last: readLastRun(kept.dir) } : {}),
  };
  const same = run.last?.key === run.key ? run.last.load() : undefined;
  if (same) return { ...same.result, extracted: [], reused: "run" };

  // 2. Pages changed in description text only: the last link stands with their new text.
  const redescribed = kept && redescribe(kept, run, options);
  if (redescribed) return redescribed;

  // 3. Reuse cached extracts, extract the rest on the pool, cache what was extracted.
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
  run.extracted.push(...missing.map((source) => source.file));

  // 4. Link, keep the link, and emit; declarations an earlier run printed are not printed
  // again.
  const built = buildModel(extracts as PageExtract[]);
  const linked: LinkedModel = {
    id: linkId(run.linkKey, keys),
    extractKeys: keys,
    model: built.model,
    diagnostics: [...extracts.flatMap((extract) => extract!.diagnostics), ...built.diagnostics],
  };
  if (kept) writeModel(kept.dir, run.linkKey, linked);
  const result = emitAndKeep(kept, run, linked, options, false);

  return { ...result, extracted: run.extracted, reused: "extracts" };
}

/**
 * The run from the last link, when every page changed since it differs from the extract
 * linked in description text only: the pages changed are extracted here (a few, or this
 * is not worth it), the others' cached extracts are kept without being decoded.
 */
function redescribe(
  kept: Kept,
  run: Run,
  options: IncrementalOptions,
): IncrementalResult | undefined {
  const { cache } = kept;
  const link = readModel(kept.dir, run.linkKey);
  if (!link || link.extractKeys.length !== run.keys.length) return undefined;
  const changed = run.keys.flatMap((key, index) =>
    key === link.extractKeys[index] ? [] : [index],
  );
  if (changed.length > maxRedescribed) return undefined;

  const pages = new Map<string, PageExtract>();
  for (const index of changed) {
    const before = cache.read(link.extractKeys[index]!);
    let now = cache.read(run.keys[index]!);
    if (now === undefined) {
      now = extractPage(run.sources[index]!);
      cache.write(run.keys[index]!, now);
      run.extracted.push(now.file);
    }
    if (before === undefined || !differInDescriptionsOnly(before, now)) return undefined;
    pages.set(now.file, now);
  }
  if (!run.keys.every((key) => cache.keep(key))) return undefined;
  const linked = link.load();
  if (!linked) return undefined;
  cache.save();

  applyDescriptions(linked.model, pages);
  const result = emitAndKeep(kept, run, linked, options, true);
  return { ...result, extracted: run.extracted, reused: "link" };
}

/**
 * Emit a link and keep the result as the last run. When the link is an earlier one and the
 * last run emitted it with the same options, only declarations whose descriptions come from
 * pages changed since are printed again, into its files.
 */
function emitAndKeep(
  kept: Kept | undefined,
  run: Run,
  linked: LinkedModel,
  options: IncrementalOptions,
  earlierLink: boolean,
): GenerateResult {
  let emitted: EmitResult | undefined;
  const last = earlierLink ? run.last?.load() : undefined;
  const basis = last?.basis;
  if (last && basis?.linkId === linked.id && basis.emitKey === run.emitKey) {
    const since = new Set(
      run.sources.flatMap((source, index) =>
        run.keys[index] === basis.extractKeys[index] ? [] : [source.file],
      ),
    );
    emitted = reprintDeclarations(
      linked.model,
      { files: last.result.files, layouts: basis.layouts },
      declarationsDescribedBy(linked.model, since),
      emitOptions(options),
    );
  }
  if (emitted === undefined) {
    const printCache = kept && readPrintCache(kept.dir);
    emitted = emitFiles(linked.model, emitOptions(options, printCache));
    if (kept && printCache) writePrintCache(kept.dir, printCache);
  }

  const diagnostics = [...run.readDiagnostics, ...linked.diagnostics];
  const result = runResult(linked.model, diagnostics, run.sources.length, emitted);
  if (kept) {
    writeRun(kept.dir, run.key, {
      result,
      basis: {
        linkId: linked.id,
        emitKey: run.emitKey,
        extractKeys: run.keys,
        layouts: emitted.layouts,
      },
    });
  }
  return result;
}
