import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateIncremental } from "../../src/generate-incremental.js";
import { tempFolder } from "../helpers/temp-folder.js";
import { resourcePage } from "../helpers/docs-page.js";

describe("cache > extracts", () => {
  const root = tempFolder({
    "a/x.md": resourcePage({
      type: "microsoft.graph.x",
      rows: [["id", "String", "x"]],
      json: '{ "id": "String" }',
    }),
    "b/y.md": resourcePage({
      type: "microsoft.graph.y",
      rows: [["id", "String", "y"]],
      json: '{ "id": "String" }',
    }),
  });
  const cacheDir = join(root, "cache");
  const run = (folder: string) =>
    generateIncremental({ inputs: [join(root, folder)], cacheDir, threads: 1 });

  it("are kept for each set of inputs, so targets sharing a folder reuse their own", async () => {
    expect((await run("a")).extracted).toHaveLength(1);
    expect((await run("b")).extracted).toHaveLength(1);
    const again = await generateIncremental({
      inputs: [join(root, "a")],
      cacheDir,
      threads: 1,
      enumStyle: "union",
    });
    expect(again.extracted).toEqual([]);
  });
});
