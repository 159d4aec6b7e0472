import { describe, expect, it } from "vitest";
import { emitFiles } from "../../src/emit/emit-files.js";
import { planNames } from "../../src/emit/name-plan.js";
import { extractPage } from "../../src/extract/extract-page.js";
import { buildModel } from "../../src/model/build-model.js";
import { keyOf, rootNamespace, splitQualifiedName } from "../../src/model/api-model.js";
import { collectPages } from "../../src/read/collect-pages.js";
import { corpora, corpusPresent } from "../helpers/corpus.js";
import { typeCheck } from "../helpers/type-check.js";

for (const [name, dir] of Object.entries(corpora)) {
  describe.skipIf(!corpusPresent(dir))(`corpus > ${name}`, () => {
    const { pages } = collectPages([dir]);
    const extracts = pages.map((page) => extractPage(page));
    const { model } = buildModel(extracts);
    const { files } = emitFiles(model, { enumStyle: "const", readonly: true, odataType: true });

    it("reads every page without an exception", () => {
      expect(pages.length).toBeGreaterThan(1200);
      expect(extracts).toHaveLength(pages.length);
    });

    it("emits an interface for every resource block", () => {
      const plan = planNames(model, []);
      const missing: string[] = [];
      for (const extract of extracts) {
        for (const resource of extract.resources) {
          const split = splitQualifiedName(resource.odataType, extract.namespace ?? rootNamespace);
          const key = keyOf(split.namespace, split.name);
          const module = plan.moduleOf.get(key);
          const text = module ? files.get(module.file) : undefined;
          if (!text?.includes(`export interface ${plan.nameOf.get(key)} `))
            missing.push(`${extract.file}: ${resource.odataType}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it("type-checks under tsc --strict", () => {
      expect(typeCheck(files)).toBe("");
    });

    it("type-checks under tsc --strict in the file-per-type layout", () => {
      const options = { enumStyle: "const", readonly: true, odataType: true } as const;
      const perType = emitFiles(model, { ...options, layout: "file-per-type" }).files;

      expect(perType.size).toBeGreaterThan(1000);
      expect(typeCheck(perType)).toBe("");
    });

    it("puts every diagnostic inside its file", () => {
      const lineCounts = new Map(pages.map((page) => [page.file, page.text.split("\n").length]));
      const outside = extracts
        .flatMap((extract) => extract.diagnostics)
        .filter(
          (diagnostic) =>
            (diagnostic.line < 1 && diagnostic.column !== 0) ||
            diagnostic.line > (lineCounts.get(diagnostic.file) ?? 0),
        );
      expect(outside).toEqual([]);
    });
  });
}
