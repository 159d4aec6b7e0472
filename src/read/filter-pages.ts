import { globPattern } from "./glob-pattern.js";

/** Globs that pick pages: a page is kept when it matches an include (if any) and no exclude. */
export interface PageFilter {
  include?: readonly string[];
  exclude?: readonly string[];
}

/**
 * Keep the pages the globs select, matched against each page's path as shown (relative to
 * the working folder, `/`-separated).
 */
export function filterPages<Page extends { file: string }>(
  pages: readonly Page[],
  filter: PageFilter,
): Page[] {
  const includes = (filter.include ?? []).map(globPattern);
  const excludes = (filter.exclude ?? []).map(globPattern);

  return pages.filter(
    (page) =>
      (includes.length === 0 || includes.some((matches) => matches(page.file))) &&
      !excludes.some((matches) => matches(page.file)),
  );
}
