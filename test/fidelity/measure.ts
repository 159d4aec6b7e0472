import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareDeclarations, type CompareSummary } from "../../src/compare/index.js";
import { pascalCase } from "../../src/emit/naming.js";
import { generate, type GenerateResult } from "../../src/generate.js";
import { writeOutput } from "../../src/write/write-output.js";
import { declarationsOnly } from "../helpers/type-check.js";

/** The reference typings the figures are measured against (a devDependency). */
export const referenceFile = "node_modules/@microsoft/microsoft-graph-types/microsoft-graph.d.ts";

/** The six figures, as percentages with one decimal. */
export type Figures = Record<keyof CompareSummary, number>;

/** Generate a docs folder and compare the output with the reference. */
export function measureCorpus(dir: string): { figures: Figures; result: GenerateResult } {
  const result = generate({ inputs: [dir] });
  const out = mkdtempSync(join(tmpdir(), "graph-typegen-fidelity-"));

  try {
    writeOutput(out, result.files);
    const { summary } = compareDeclarations(out, referenceFile);
    const figures = Object.fromEntries(
      Object.entries(summary).map(([name, metric]) => [
        name,
        Math.round((metric.ratio ?? 0) * 1000) / 10,
      ]),
    ) as Figures;
    return { figures, result };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** How many translated pages give the declarations their English page gives. */
export interface IdenticalDeclarations {
  /** Pages whose resource JSON block is the same in both languages. */
  compared: number;
  identical: number;
  /** Types whose declarations differ, by page. */
  differing: string[];
}

const resourceBlock =
  /<!--[\s\S]*?"blockType"\s*:\s*"resource"[\s\S]*?-->\s*```\s*json[^\n]*\n([\s\S]*?)```/g;
const odataType = /"@odata\.type"\s*:\s*"#?(?:[\w.]+\.)?(\w+)"/;

/**
 * For every page whose JSON blocks are identical in both folders, compare the interfaces the
 * two runs emit for the page's types, comments aside.
 */
export function identicalDeclarations(
  englishDir: string,
  translatedDir: string,
  english: GenerateResult,
  translated: GenerateResult,
): IdenticalDeclarations {
  const report: IdenticalDeclarations = { compared: 0, identical: 0, differing: [] };

  for (const file of readdirSync(translatedDir).sort()) {
    const englishPath = join(englishDir, file);
    if (!existsSync(englishPath)) continue;
    const englishText = readFileSync(englishPath, "utf8");
    const translatedText = readFileSync(join(translatedDir, file), "utf8");
    const blocks = jsonBlocks(englishText);
    if (blocks.length === 0 || blocks.join("\n") !== jsonBlocks(translatedText).join("\n"))
      continue;

    report.compared++;
    const names = annotatedTypes(englishText);
    const differing = names.filter(
      (name) => interfaceOf(english, name) !== interfaceOf(translated, name),
    );
    if (differing.length === 0) report.identical++;
    else report.differing.push(`${file}: ${differing.join(", ")}`);
  }

  return report;
}

function jsonBlocks(text: string): string[] {
  return [...text.replace(/\r\n/g, "\n").matchAll(resourceBlock)].map((match) =>
    match[1]!.replace(/\s+/g, " ").trim(),
  );
}

function annotatedTypes(text: string): string[] {
  return [...text.matchAll(/<!--[\s\S]*?-->/g)]
    .filter((comment) => /"blockType"\s*:\s*"resource"/.test(comment[0]))
    .flatMap((comment) => odataType.exec(comment[0])?.[1] ?? [])
    .map(pascalCase);
}

/**
 * The declaration of interface `name` in any generated module, without comments and without
 * its `"@odata.type"` literal, which lists the descendants other pages declare.
 */
export function interfaceOf(result: GenerateResult, name: string): string {
  const pattern = new RegExp(`export interface ${name}\\b[^{]*\\{[\\s\\S]*?\\n\\}`);
  for (const text of result.files.values()) {
    const match = pattern.exec(text);
    if (match) return declarationsOnly(match[0]).replace(/"@odata\.type"\?:[^;]*;\n?/, "");
  }
  return "";
}
