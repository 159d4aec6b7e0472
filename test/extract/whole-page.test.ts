import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/extract/extract-page.js";
import { collectPages } from "../../src/read/collect-pages.js";
import { corpora, corpusPresent } from "../helpers/corpus.js";

for (const [name, dir] of Object.entries(corpora)) {
  describe.skipIf(!corpusPresent(dir))(`extract > whole page > corpus ${name}`, () => {
    it("gives the same extract, diagnostics included, with unread prose blanked", () => {
      const { pages } = collectPages([dir]);
      const differing = pages
        .filter((page) => {
          const whole = extractPage({ ...page, wholePage: true });
          return JSON.stringify(whole) !== JSON.stringify(extractPage(page));
        })
        .map((page) => page.file);

      expect(pages.length).toBeGreaterThan(1200);
      expect(differing).toEqual([]);
    }, 600_000);
  });
}
