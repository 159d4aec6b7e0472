import { describe, expect, it } from "vitest";
import { blankUnreadProse } from "../../src/parse/blank-unread-prose.js";
import { parseMarkdown } from "../../src/parse/parse-markdown.js";
import { parsePage } from "../../src/parse/parse-page.js";
import { sameReading } from "../helpers/page-reading.js";

/** Pages whose blocks the line reader must read as the Markdown parser does. */
const pages: { name: string; text: string }[] = [
  {
    name: "a fence, a table and a comment",
    text: '# T\n\n## Properties\n\n| a | b |\n|---|---|\n| x | y |\n\n<!-- { "blockType": "resource" } -->\n```json\n{ "x": 1 }\n```\n',
  },
  {
    name: "backticks with a backtick in the info string, which open no fence",
    text: "# T\n\n```j```son\n{\n```\n\n## Properties\n\n<!-- c -->\n",
  },
  {
    name: "such a line after a paragraph, which it does not interrupt",
    text: "# T\n\nprose\n```a`b\nmore\n\n## H\n",
  },
  {
    name: "a comment whose end shares its opening dashes",
    text: "# T\n\n<!--> {\nline\n-->\n\n<!---> x\n\n## H\n",
  },
  {
    name: "a link whose destination holds a control character, which is no link",
    text: "# T\n\n## Properties\n\n| a | b |\n|---|---|\n| x | [y](\u0001y.md) |\n| z | [y](y.md\u007f) |\n",
  },
];

describe("parse > page read line by line", () => {
  for (const { name, text } of pages) {
    it(name, () => {
      expect(sameReading(parsePage(text), parseMarkdown(blankUnreadProse(text)))).toBe(true);
    });
  }
});
