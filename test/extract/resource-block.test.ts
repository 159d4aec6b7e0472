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

describe("extract > key property", () => {
  const block = (annotation: string, json: string) =>
    `# x\n\n<!-- { "blockType": "resource", ${annotation} "@odata.type": "microsoft.graph.x" } -->\n\`\`\`json\n${json}\n\`\`\`\n`;
  const keyOf = (text: string) => extractPage({ file: "x.md", text }).resources[0]?.keyProperty;

  it("is the annotation's", () => {
    expect(keyOf(block('"keyProperty": "name",', '{ "id": "String (identifier)" }'))).toBe("name");
  });

  it("is the JSON key marked as the identifier when the annotation names none", () => {
    expect(keyOf(block("", '{ "a": "String", "code": "string (Identifier)" }'))).toBe("code");
  });

  it("is absent when neither says", () => {
    expect(keyOf(block("", '{ "id": "String", "note": "identifier of the thing" }'))).toBe(
      undefined,
    );
  });
});
