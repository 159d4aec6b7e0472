import { writeFileSync } from "node:fs";
import { corpora } from "../helpers/corpus.js";
import { identicalDeclarations, measureCorpus, type Figures } from "../fidelity/measure.js";

const figuresFile = "test/fidelity/figures.json";

/**
 * `npm run fidelity`: generate the English corpus and compare it with graph-types 2.3.0.
 * `-- --locale-check` adds the Russian corpus side by side and the identical-declaration
 * count; `-- --record` writes the figures the fidelity test holds the code to.
 */
function main(): void {
  const localeCheck = process.argv.includes("--locale-check");
  const record = process.argv.includes("--record");

  const english = measureCorpus(corpora.en);
  const russian = localeCheck || record ? measureCorpus(corpora.ru) : undefined;
  const rows = Object.keys(english.figures) as (keyof Figures)[];

  const header = russian
    ? `${"metric".padEnd(16)}${"en-2021-07".padStart(12)}${"ru-2021-08".padStart(12)}`
    : `${"metric".padEnd(16)}${"en-2021-07".padStart(12)}`;
  console.log(header);
  for (const row of rows) {
    const en = `${english.figures[row].toFixed(1)}%`.padStart(12);
    const ru = russian ? `${russian.figures[row].toFixed(1)}%`.padStart(12) : "";
    console.log(`${row.padEnd(16)}${en}${ru}`);
  }

  if (russian) {
    const identical = identicalDeclarations(corpora.en, corpora.ru, english.result, russian.result);
    console.log(
      `\nidentical declarations: ${identical.identical} of ${identical.compared} pages whose JSON blocks match`,
    );
    for (const line of identical.differing.slice(0, Number(process.env.FIDELITY_DIFFERS ?? 20)))
      console.log(`  differs: ${line}`);
    if (record) {
      const figures = {
        en: english.figures,
        ru: russian.figures,
        identical: { compared: identical.compared, identical: identical.identical },
      };
      writeFileSync(figuresFile, `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`\nrecorded in ${figuresFile}`);
    }
  }
}

main();
