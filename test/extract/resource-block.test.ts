import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/extract/extract-page.js";

describe("extract > resource block", () => {
  const cases: { given: string; annotation: string; want: string | undefined }[] = [
    {
      given: "plain",
      annotation: '{ "blockType": "resource", "@odata.type": "microsoft.graph.x" }',
      want: "microsoft.graph.x",
    },
    {
      given: "@type spelling",
      annotation: '{ "blockType": "resource", "@type": "#microsoft.graph.x" }',
      want: "microsoft.graph.x",
    },
    {
      given: "HTML entities left by translation",
      annotation: '{ "blockType": "resource", "@type&quot;: &quot;microsoft.graph.x" }',
      want: "microsoft.graph.x",
    },
    {
      given: "no blockType resource",
      annotation: '{ "blockType": "ignored", "@odata.type": "microsoft.graph.x" }',
      want: undefined,
    },
  ];

  for (const { given, annotation, want } of cases) {
    it(given, () => {
      const text = `# x\n\n<!-- ${annotation} -->\n\`\`\`json\n{ "id": "String" }\n\`\`\`\n`;
      expect(extractPage({ file: "x.md", text }).resources[0]?.odataType).toBe(want);
    });
  }
});
