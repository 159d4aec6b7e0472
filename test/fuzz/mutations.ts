import fc from "fast-check";

/** Names that generated code must survive as property names, type names and members. */
export const hostileNames = [
  "odata-etag",
  "2ndValue",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "class",
  "default",
  "Date",
  "Error",
  "Promise",
  "Object",
  "not-started",
  "2fa",
  "-1",
  "*/",
  "`x`",
  "<b>x</b>",
  'a"b',
  "a\\b",
  "",
  " ",
  "ё",
];

/** One change to a page's text. Places are numbers taken modulo the page's size. */
export type Mutation =
  | { kind: "delete-line"; at: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "swap-lines"; at: number; with: number }
  | { kind: "truncate"; at: number }
  | { kind: "flip-cells"; at: number; cell: number; with: number }
  | { kind: "inject"; at: number; text: string }
  | { kind: "hostile-name"; at: number; name: string };

const place = fc.nat();
const noise = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'{}[]":,|`*<>/\\\n\r\uFEFF\u0000'), maxLength: 12 }),
  fc.constantFrom("\r\n", "\r", "\uFEFF", "```", "<!--", "-->", "---\n", "| a | b |\n"),
  // Side-by-side translation spans, balanced or not.
  fc.constantFrom(
    '<span data-ttu-id="f-1">',
    '<span class="sxs-lookup"><span data-stu-id="f-1">',
    "</span>",
    "</span></span>",
  ),
);

/** Any one mutation, with its places and texts. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete-line" as const), at: place }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: place }),
  fc.record({ kind: fc.constant("swap-lines" as const), at: place, with: place }),
  fc.record({ kind: fc.constant("truncate" as const), at: place }),
  fc.record({ kind: fc.constant("flip-cells" as const), at: place, cell: place, with: place }),
  fc.record({ kind: fc.constant("inject" as const), at: place, text: noise }),
  fc.record({
    kind: fc.constant("hostile-name" as const),
    at: place,
    name: fc.constantFrom(...hostileNames),
  }),
);

/** Apply mutations in order. */
export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

function applyMutation(text: string, mutation: Mutation): string {
  const lines = text.split("\n");
  const line = mutation.at % lines.length;

  switch (mutation.kind) {
    case "delete-line":
      lines.splice(line, 1);
      return lines.join("\n");
    case "duplicate-line":
      lines.splice(line, 0, lines[line]!);
      return lines.join("\n");
    case "swap-lines": {
      const other = mutation.with % lines.length;
      [lines[line], lines[other]] = [lines[other]!, lines[line]!];
      return lines.join("\n");
    }
    case "truncate":
      return text.slice(0, mutation.at % (text.length + 1));
    case "flip-cells":
      return flipCells(lines, mutation).join("\n");
    case "inject": {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case "hostile-name":
      return renameSomething(lines, mutation.at, mutation.name).join("\n");
  }
}

/** Swap two cells of a table row (the row is picked among the lines that start with `|`). */
function flipCells(lines: string[], mutation: { at: number; cell: number; with: number }) {
  const rows = lines.flatMap((line, index) => (line.trimStart().startsWith("|") ? [index] : []));
  if (rows.length === 0) return lines;

  const row = rows[mutation.at % rows.length]!;
  const cells = lines[row]!.split("|");
  const a = mutation.cell % cells.length;
  const b = mutation.with % cells.length;
  [cells[a], cells[b]] = [cells[b]!, cells[a]!];
  lines[row] = cells.join("|");
  return lines;
}

/** Put a name where the page names something: a JSON key, a type, a table's first cell. */
function renameSomething(lines: string[], at: number, name: string): string[] {
  const targets = lines.flatMap((line, index) =>
    /^\s*"[^"]*"\s*:|^\|[^|]*\|/.test(line) ? [index] : [],
  );
  if (targets.length === 0) return lines;

  const index = targets[at % targets.length]!;
  const line = lines[index]!;
  lines[index] = line.startsWith("|")
    ? line.replace(/^\|[^|]*\|/, `| ${name} |`)
    : line.replace(/"[^"]*"/, JSON.stringify(name));
  return lines;
}
