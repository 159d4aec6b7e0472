import { describe, expect, it } from "vitest";
import { oneEditApart } from "../../src/text/edit-distance.js";

describe("one edit apart", () => {
  const cases: { given: [string, string]; want: boolean }[] = [
    { given: ["occurence", "occurrence"], want: true },
    { given: ["occurrence", "occurence"], want: true },
    { given: ["meetingTenativelyAccepted", "meetingTentativelyAccepted"], want: true },
    { given: ["running", "Running"], want: false },
    { given: ["sha256", "sha257"], want: true },
    { given: ["abc", "xabc"], want: true },
    { given: ["abc", "acb"], want: false },
    { given: ["abc", "abxd"], want: false },
    { given: ["read", "wrote"], want: false },
  ];

  for (const { given, want } of cases) {
    it(`${given[0]} / ${given[1]}`, () => {
      expect(oneEditApart(...given)).toBe(want);
    });
  }
});
