import { describe, expect, it } from "vitest";
import { generateFromPages } from "../../src/generate.js";

/** A translated span followed by its original, as side-by-side localized pages write them. */
function sideBySide(translated: string, original: string, id: string): string {
  return `<span data-ttu-id="7f-${id}">${translated}</span><span class="sxs-lookup"><span data-stu-id="7f-${id}">${original}</span></span>`;
}

/** A Chinese page of `printJob`, with or without the originals after each span. */
function page(originals: boolean): string {
  const text = (translated: string, original: string, id: string) =>
    originals ? sideBySide(translated, original, id) : translated;
  const name = (translated: string, original: string, id: string) =>
    originals ? sideBySide(translated, original, id) : original;
  return [
    "---",
    "ms.contentlocale: zh-CN",
    "---",
    `# <a name="printjob-resource-type"></a>${text("printJob 资源类型", "printJob resource type", "1")}`,
    "",
    text(
      "打印作业。继承自 [entity](entity.md)。",
      "A print job. Inherits from [entity](entity.md).",
      "2",
    ),
    "",
    `## <a name="properties"></a>${text("属性", "Properties", "3")}`,
    `|${text("属性", "Property", "4")}|${text("类型", "Type", "5")}|${text("说明", "Description", "6")}|`,
    "|:---|:---|:---|",
    `|${name("id", "id", "7")}|${text("字符串", "String", "8")}|${text("标识符。只读。", "Identifier. Read-only.", "9")}|`,
    `|${name("副本", "copies", "10")}|${name("容器", "Int32", "11")}|${text("份数。", "Number of copies.", "12")}|`,
    `|${name("状态", "state", "13")}|[printState](#printstate-values)|${text("状态。", "State.", "14")}|`,
    "",
    `### <a name="printstate-values"></a>${text("printState 值", "printState values", "15")}`,
    `|${text("成员", "Member", "16")}|${text("说明", "Description", "17")}|`,
    "|:---|:---|",
    `|${name("无", "none", "18")}|${text("无状态。", "No state.", "19")}|`,
    `|${name("已完成", "completed", "20")}|${text("已完成。", "Completed.", "21")}|`,
    "",
    '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.printJob" } -->',
    "```json",
    '{ "id": "String (identifier)", "copies": 1024, "state": "String" }',
    "```",
  ].join("\n");
}

describe("parse > side-by-side translations", () => {
  const generated = (originals: boolean) =>
    generateFromPages([{ file: "printjob.md", text: page(originals) }], {});

  it("give the declarations and comments of the translation, names and types from the originals", () => {
    const withOriginals = generated(true);
    expect(withOriginals.files).toEqual(generated(false).files);
    const module = withOriginals.files.get("graph.ts")!;
    expect(module).toContain("interface PrintJob extends Entity");
    expect(module).toContain("/** 份数。 */");
    expect(module).toContain('Completed: "completed"');
    expect(module).not.toContain("Number of copies");
  });

  it("report nothing a page without originals does not", () => {
    const codes = (originals: boolean) =>
      generated(originals).diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes(true)).toEqual(codes(false));
  });
});
