import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { formatDiagnostic } from "../../src/report/format-diagnostics.js";
import { typeCheck } from "../helpers/type-check.js";

/** `UPDATE=1 npx vitest run test/golden` rewrites the expected outputs from the inputs. */
const update = process.env.UPDATE === "1";
const root = "test/golden";

for (const name of readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)) {
  describe(`golden > ${name}`, () => {
    const folder = join(root, name);
    const result = generate({ inputs: [join(folder, "input")] });
    const outputFolder = join(folder, "output");
    const diagnostics = `${result.diagnostics.map(formatDiagnostic).join("\n")}\n`;

    if (update) {
      rmSync(outputFolder, { recursive: true, force: true });
      mkdirSync(outputFolder, { recursive: true });
      for (const [file, text] of result.files) writeFileSync(join(outputFolder, file), text);
      writeFileSync(join(folder, "diagnostics.txt"), diagnostics);
    }

    it("emits the expected files", () => {
      const expected = readdirSync(outputFolder).sort();
      expect([...result.files.keys()]).toEqual(expected);
      for (const file of expected)
        expect(result.files.get(file)).toBe(readFileSync(join(outputFolder, file), "utf8"));
    });

    it("reports the expected diagnostics", () => {
      expect(diagnostics).toBe(readFileSync(join(folder, "diagnostics.txt"), "utf8"));
    });

    it("type-checks the expected output", () => {
      const files = new Map(
        readdirSync(outputFolder).map((file) => [
          file,
          readFileSync(join(outputFolder, file), "utf8"),
        ]),
      );
      expect(typeCheck(files)).toBe("");
    });
  });
}
