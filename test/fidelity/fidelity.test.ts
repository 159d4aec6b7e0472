import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpora, corpusPresent } from "../helpers/corpus.js";
import { identicalDeclarations, measureCorpus, type Figures } from "./measure.js";

/** The figures last recorded with `npm run fidelity -- --record`. */
const recorded = JSON.parse(readFileSync("test/fidelity/figures.json", "utf8")) as {
  en: Figures;
  ru: Figures;
  identical: { compared: number; identical: number };
};

/** How far a figure may fall below its record before the test fails, in points. */
const tolerance = 1;

const present = corpusPresent(corpora.en) && corpusPresent(corpora.ru);

describe.skipIf(!present)("fidelity against graph-types 2.3.0", () => {
  const english = present ? measureCorpus(corpora.en) : undefined;
  const russian = present ? measureCorpus(corpora.ru) : undefined;

  for (const metric of Object.keys(recorded.en) as (keyof Figures)[]) {
    it(`en > ${metric} stays within a point of ${recorded.en[metric]}%`, () => {
      expect(english!.figures[metric]).toBeGreaterThanOrEqual(recorded.en[metric] - tolerance);
    });
    it(`ru > ${metric} stays within a point of ${recorded.ru[metric]}%`, () => {
      expect(russian!.figures[metric]).toBeGreaterThanOrEqual(recorded.ru[metric] - tolerance);
    });
  }

  it("ru > every figure within a point of English, as the summary prints them", () => {
    for (const metric of Object.keys(english!.figures) as (keyof Figures)[]) {
      expect(russian!.figures[metric], metric).toBeGreaterThanOrEqual(
        english!.figures[metric] - tolerance,
      );
    }
  });

  it(`ru > pages with the English JSON block give the English declarations (${recorded.identical.identical} of ${recorded.identical.compared})`, () => {
    const identical = identicalDeclarations(
      corpora.en,
      corpora.ru,
      english!.result,
      russian!.result,
    );
    expect(identical.compared).toBe(recorded.identical.compared);
    expect(identical.identical).toBeGreaterThanOrEqual(recorded.identical.identical);
  });
});
