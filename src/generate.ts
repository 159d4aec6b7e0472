import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { EnumStyle } from "./emit/emit-enum.js";
import { emitFiles, type EmitOptions, type EmitResult, type Layout } from "./emit/emit-files.js";
import type { PrintCache } from "./emit/printed-text.js";
import { extractPage } from "./extract/extract-page.js";
import type { PageExtract } from "./extract/page-extract.js";
import type { ApiModel } from "./model/api-model.js";
import { buildModel } from "./model/build-model.js";
import { collectPages, type PageFile } from "./read/collect-pages.js";
import { filterPages } from "./read/filter-pages.js";

/** Options of a generation run. */
export interface GenerateOptions {
  /** Files and folders to read; folders are read recursively. */
  inputs: string[];
  /** Working folder the inputs are relative to; defaults to `process.cwd()`. */
  cwd?: string;
  /** Globs a page path (relative to `cwd`) must match; every page by default. */
  include?: readonly string[];
  /** Globs of page paths to leave out. */
  exclude?: readonly string[];
  /** A locale for every page, instead of detecting it per page. */
  locale?: string;
  enumStyle?: EnumStyle;
  /** Emit `readonly` where the docs say read-only (default true). */
  readonly?: boolean;
  /** Emit the `"@odata.type"` literal on every interface (default true). */
  odataType?: boolean;
  /** `namespace` (default): a module per namespace; `file-per-type`: a file per declaration. */
  layout?: Layout;
  /** Called after each page is extracted, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** What a run produced: files by name, diagnostics in file order, and counts. */
export interface GenerateResult {
  files: Map<string, string>;
  diagnostics: Diagnostic[];
  stats: { pages: number; types: number; placeholders: number; enums: number };
}

/**
 * Run the whole pipeline in memory: read → parse and extract → model → emit.
 * Writing is left to the caller (see `writeOutput`).
 */
export function generate(options: GenerateOptions): GenerateResult {
  const { pages, diagnostics } = collectPages(options.inputs, options.cwd);
  return generateFromPages(filterPages(pages, options), options, diagnostics);
}

/** The pipeline from pages already read. */
export function generateFromPages(
  pages: readonly PageFile[],
  options: Omit<GenerateOptions, "inputs" | "cwd">,
  readDiagnostics: Diagnostic[] = [],
): GenerateResult {
  const extracts: PageExtract[] = pages.map((page, index) => {
    const extract = extractPage({
      file: page.file,
      text: page.text,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    options.onProgress?.(index + 1, pages.length);
    return extract;
  });
  return generateFromExtracts(extracts, options, readDiagnostics);
}

/**
 * The pipeline from page extracts, in page order: model → emit. A print cache saves
 * printing declarations an earlier run printed; the files are the same without it.
 */
export function generateFromExtracts(
  extracts: readonly PageExtract[],
  options: Omit<GenerateOptions, "inputs" | "cwd">,
  readDiagnostics: Diagnostic[] = [],
  printCache?: PrintCache,
): GenerateResult {
  const { model, diagnostics } = buildModel(extracts);
  const linked = [
    ...readDiagnostics,
    ...extracts.flatMap((extract) => extract.diagnostics),
    ...diagnostics,
  ];
  const emitted = emitFiles(model, emitOptions(options, printCache));
  return runResult(model, linked, extracts.length, emitted);
}

/** The output options of a run, defaults filled in. */
export function emitOptions(
  options: Omit<GenerateOptions, "inputs" | "cwd">,
  printCache?: PrintCache,
): EmitOptions {
  return {
    enumStyle: options.enumStyle ?? "const",
    readonly: options.readonly ?? true,
    odataType: options.odataType ?? true,
    layout: options.layout ?? "namespace",
    ...(printCache ? { printCache } : {}),
  };
}

/**
 * A run's result from the files emitted for a model of `pages` pages; `diagnostics` are what
 * reading, extraction and linking reported.
 */
export function runResult(
  model: ApiModel,
  diagnostics: readonly Diagnostic[],
  pages: number,
  emitted: EmitResult,
): GenerateResult {
  const types = [...model.types.values()];
  return {
    files: emitted.files,
    diagnostics: [...diagnostics, ...emitted.diagnostics].sort(compareDiagnostics),
    stats: {
      pages,
      types: types.filter((type) => !type.placeholder).length,
      placeholders: types.filter((type) => type.placeholder).length,
      enums: model.enums.size,
    },
  };
}
