import { describe, expect, it } from "vitest";
import { blankUnreadProse } from "../../src/parse/blank-unread-prose.js";

const cases: { name: string; given: string; want: string }[] = [
  {
    name: "keeps a lone CR of a blanked line apart from the next line feed",
    given: "# T\n\n## P\n\nprose\rmore\nend\n",
    want: "# T\n\n## P\n\n\r \n\n",
  },
  {
    name: "keeps the intro and blanks prose after the first heading",
    given: "Intro.\n\n## Properties\n\nSome prose.\n\n| a | b |\n|---|---|\n",
    want: "Intro.\n\n## Properties\n\n\n\n| a | b |\n|---|---|\n",
  },
  {
    name: "keeps the block right under a heading when it links to a page, and no other prose",
    given: "# T\n\n## P\n\nx derives from [y](y.md)\n\nSee [y](y.md).\n\n## Q\n\nNo link.\n",
    want: "# T\n\n## P\n\nx derives from [y](y.md)\n\n\n\n## Q\n\n\n",
  },
  {
    name: "keeps fenced code with blank lines whole",
    given: "# T\n\n```json\n{\n\n  prose\n}\n```\n",
    want: "# T\n\n```json\n{\n\n  prose\n}\n```\n",
  },
  {
    name: "keeps a comment that spans blank lines",
    given: "# T\n\n<!--\n\nprose\n-->\n",
    want: "# T\n\n<!--\n\nprose\n-->\n",
  },
  {
    name: "keeps the block after HTML, which an annotation pairs with",
    given: "# T\n\n<!-- { } -->\n\nprose\n",
    want: "# T\n\n<!-- { } -->\n\nprose\n",
  },
  {
    name: "keeps link definitions and continuations of kept blocks",
    given: "# T\n\n- a | b\n\n  more\n\n[x]: y.md\n",
    want: "# T\n\n- a | b\n\n  more\n\n[x]: y.md\n",
  },
  {
    name: "keeps front matter whose lines look like headings",
    given: "---\ntitle: t\n\n# comment\n\nkey: v\n---\nIntro.\n",
    want: "---\ntitle: t\n\n# comment\n\nkey: v\n---\nIntro.\n",
  },
];

describe("parse > blank unread prose", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(blankUnreadProse(given)).toBe(want);
  });

  it("keeps the line count", () => {
    const given = "# T\n\nprose\r\nmore\r\n\r\n|a|b|\r\n";
    expect(blankUnreadProse(given).split("\n")).toHaveLength(given.split("\n").length);
  });
});
