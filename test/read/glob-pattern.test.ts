import { describe, expect, it } from "vitest";
import { filterPages } from "../../src/read/filter-pages.js";
import { globPattern } from "../../src/read/glob-pattern.js";

describe("read > glob pattern", () => {
  it.each([
    { glob: "**/*.md", path: "docs/resources/user.md", want: true },
    { glob: "docs/**", path: "docs/resources/user.md", want: true },
    { glob: "docs/*.md", path: "docs/resources/user.md", want: false },
    { glob: "*beta*", path: "docs/resources/userbeta.md", want: true },
    { glob: "user.md", path: "docs/resources/user.md", want: true },
    { glob: "docs/resources/{user,group}.md", path: "docs/resources/group.md", want: true },
    { glob: "docs/resources/{user,group}.md", path: "docs/resources/site.md", want: false },
    { glob: "./docs/resources/us?r.md", path: "docs/resources/user.md", want: true },
    { glob: "**/call-records/**", path: "../corpus/call-records/a.md", want: true },
  ])("$glob on $path → $want", ({ glob, path, want }) => {
    expect(globPattern(glob)(path)).toBe(want);
  });
});

describe("read > filter pages", () => {
  const pages = ["docs/user.md", "docs/group.md", "docs/beta/site.md"].map((file) => ({ file }));

  it("keeps included pages that no exclude matches", () => {
    const kept = filterPages(pages, { include: ["docs/**"], exclude: ["beta/**", "**/beta/**"] });

    expect(kept.map((page) => page.file)).toEqual(["docs/user.md", "docs/group.md"]);
  });

  it("keeps every page without globs", () => {
    expect(filterPages(pages, {})).toEqual(pages);
  });
});
