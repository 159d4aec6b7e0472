import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  joinParts,
  replaceDeclarations,
  spanKey,
  type FilePart,
} from "../../src/emit/declaration-spans.js";

const part: fc.Arbitrary<FilePart> = fc.record(
  {
    declaration: fc.record({
      kind: fc.constantFrom("type" as const, "enum" as const),
      key: fc.stringMatching(/^[a-z]{1,3}$/),
    }),
    text: fc.string({ minLength: 1 }),
    separator: fc.constantFrom("\n", "\n\n"),
  },
  { requiredKeys: ["text", "separator"] },
);

/** Parts whose declarations have distinct keys, as a module's have. */
const parts = fc
  .array(part, { maxLength: 12 })
  .map((list) =>
    list.filter(
      (each, index) =>
        !each.declaration ||
        list.findIndex(
          (other) => other.declaration && spanKey(other.declaration) === spanKey(each.declaration!),
        ) === index,
    ),
  );

describe("emit > declaration spans", () => {
  it("notes where each declaration's text lands", () => {
    fc.assert(
      fc.property(fc.string(), parts, (head, list) => {
        const { text, spans } = joinParts(head, list);
        const declared = list.filter((each) => each.declaration);

        expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(
          declared.map((each) => each.text),
        );
        expect(text.startsWith(head)).toBe(true);
      }),
    );
  });

  it("replaces declarations as joining the replaced parts would", () => {
    fc.assert(
      fc.property(fc.string(), parts, fc.array(fc.string()), (head, list, texts) => {
        const replacements = new Map<string, string>();
        list.forEach((each, index) => {
          const replacement = texts[index];
          if (each.declaration && replacement !== undefined)
            replacements.set(spanKey(each.declaration), replacement);
        });
        const replaced = list.map((each) => ({
          ...each,
          text: (each.declaration && replacements.get(spanKey(each.declaration))) ?? each.text,
        }));
        const { text, spans } = joinParts(head, list);

        expect(replaceDeclarations(text, spans, replacements)).toEqual(joinParts(head, replaced));
      }),
    );
  });
});
