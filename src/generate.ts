import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { EnumStyle } from "./emit/emit-enum.js";
import { emitFiles, type Layout } from "./emit/emit-files.js";
import type { PrintCache } from "./emit/printed-text.js";
import { extractPage } from "./extract/extract-page.js";
import type { PageExtract } from "./extract/page-extract.js";
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
  const { model, diagnostics: modelDiagnostics } = buildModel(extracts);
  const emitted = emitFiles(model, {
    enumStyle: options.enumStyle ?? "const",
    readonly: options.readonly ?? true,
    odataType: options.odataType ?? true,
    layout: options.layout ?? "namespace",
    ...(printCache ? { printCache } : {}),
  });

  const types = [...model.types.values()];
  const diagnostics = [
    ...readDiagnostics,
    ...extracts.flatMap((extract) => extract.diagnostics),
    ...modelDiagnostics,
    ...emitted.diagnostics,
  ].sort(compareDiagnostics);

  return {
    files: emitted.files,
    diagnostics,
    stats: {
      pages: extracts.length,
      types: types.filter((type) => !type.placeholder).length,
      placeholders: types.filter((type) => type.placeholder).length,
      enums: model.enums.size,
    },
  };
}
