import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

/** A page read from disk, decoded. */
export interface PageFile {
  /** Path as shown to the user: relative to the working folder, with `/`. */
  file: string;
  text: string;
}

/** What reading the inputs gave. */
export interface CollectResult {
  pages: PageFile[];
  diagnostics: Diagnostic[];
}

const pageExtensions = /\.(md|markdown)$/i;
const skippedFolders = new Set(["node_modules", ".git"]);
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Read every page of the inputs: files as given, folders recursively (`.md` files only).
 *
 * Links that lead outside the input folders are not followed, and a folder reached twice
 * through links is read once, so link loops end.
 */
export function collectPages(inputs: readonly string[], cwd = process.cwd()): CollectResult {
  const diagnostics: Diagnostic[] = [];
  const pages = new Map<string, PageFile>();
  const roots: string[] = [];
  const display = (path: string) => relative(cwd, path).split(sep).join("/") || path;

  for (const input of inputs) {
    try {
      roots.push(realpathSync.native(resolve(cwd, input)));
    } catch {
      diagnostics.push(
        createDiagnostic(
          "GT100",
          input,
          undefined,
          `input '${input}' does not exist or cannot be read`,
        ),
      );
    }
  }

  const inside = (real: string) =>
    roots.some((root) => real === root || real.startsWith(root + sep));
  const visited = new Set<string>();

  // A folder entry that is not a link is where its folder's real path says; only links and
  // the inputs themselves need resolving.
  const visit = (path: string, explicit: boolean, plain?: { entry: Dirent; folder: string }) => {
    let real: string;
    try {
      real = plain ? join(plain.folder, plain.entry.name) : realpathSync.native(path);
    } catch {
      diagnostics.push(
        createDiagnostic(
          "GT100",
          display(path),
          undefined,
          "file cannot be resolved (a broken link?)",
        ),
      );
      return;
    }
    if (!inside(real)) {
      diagnostics.push(
        createDiagnostic(
          "GT102",
          display(path),
          undefined,
          "link leads outside the input folders; not followed",
        ),
      );
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);

    const kind = plain?.entry ?? statSync(real);
    if (kind.isDirectory()) {
      const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      for (const entry of entries) {
        if (skippedFolders.has(entry.name)) continue;
        const direct = !entry.isSymbolicLink() ? { entry, folder: real } : undefined;
        visit(join(path, entry.name), false, direct);
      }
      return;
    }
    if (!kind.isFile() || (!explicit && !pageExtensions.test(path))) return;
    const page = readPage(path, display(path), diagnostics);
    if (page) pages.set(page.file, page);
  };

  for (const input of inputs) visit(resolve(cwd, input), true);

  const sorted = [...pages.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  return { pages: sorted, diagnostics };
}

/** Read and decode one page; binary or non-UTF-8 content is reported and skipped. */
function readPage(path: string, file: string, diagnostics: Diagnostic[]): PageFile | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    diagnostics.push(
      createDiagnostic("GT100", file, undefined, `cannot read: ${(error as Error).message}`),
    );
    return undefined;
  }

  if (bytes.includes(0)) {
    diagnostics.push(
      createDiagnostic("GT101", file, undefined, "file holds NUL bytes: binary, not a page"),
    );
    return undefined;
  }
  try {
    const text = decoder.decode(bytes).replace(/^\uFEFF/, "");
    return { file, text };
  } catch {
    diagnostics.push(
      createDiagnostic("GT101", file, undefined, "file is not valid UTF-8", "UTF-8 text"),
    );
    return undefined;
  }
}
