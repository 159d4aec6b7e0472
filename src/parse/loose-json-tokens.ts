import type { Position } from "../diagnostics/diagnostic.js";
import type { LooseProblem } from "./loose-json.js";

/** One token of a loose JSON block. */
export type JsonToken =
  | { kind: "{" | "}" | "[" | "]" | ":" | ","; text: string; position: Position }
  | { kind: "string"; text: string; value: string; position: Position }
  | { kind: "number" | "literal" | "bare"; text: string; position: Position };

const punctuation = new Set(["{", "}", "[", "]", ":", ","]);
const literals = new Set(["true", "false", "null"]);
const numberPattern = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Split a loose JSON block into tokens, dropping comments and `...` placeholders.
 *
 * ```json
 * { "id": "String", /* note *\/
 *   ...
 * ```
 */
export function tokenizeLooseJson(
  text: string,
  origin: Position,
  problems: LooseProblem[],
): JsonToken[] {
  const tokens: JsonToken[] = [];
  let line = origin.line;
  let lineStart = 0;
  let index = 0;
  const columnBase = origin.column - 1;

  const here = (at: number): Position => ({
    line,
    column: (line === origin.line ? columnBase : 0) + at - lineStart + 1,
  });

  while (index < text.length) {
    const char = text[index]!;

    // 1. White space and line ends (LF, CR LF, or a lone CR), which move the position.
    if (isLineEnd(text, index)) {
      line++;
      index++;
      lineStart = index;
      continue;
    }
    if (char === " " || char === "\t" || char === "\r" || char === "\uFEFF") {
      index++;
      continue;
    }

    // 2. Comments, which docs authors leave inside JSON.
    if (char === "/" && text[index + 1] === "/") {
      while (index < text.length && text[index] !== "\n" && text[index] !== "\r") index++;
      continue;
    }
    if (char === "/" && text[index + 1] === "*") {
      const start = here(index);
      const end = text.indexOf("*/", index + 2);
      const stop = end === -1 ? text.length : end + 2;
      for (let at = index; at < stop; at++) {
        if (isLineEnd(text, at)) {
          line++;
          lineStart = at + 1;
        }
      }
      if (end === -1) problems.push({ position: start, message: "unclosed comment", fatal: true });
      index = stop;
      continue;
    }

    // 3. Punctuation and strings.
    if (punctuation.has(char)) {
      tokens.push({ kind: char as "{", text: char, position: here(index) });
      index++;
      continue;
    }
    if (char === '"' || char === "“" || char === "”") {
      const start = here(index);
      const { value, end, closed } = readString(text, index);
      if (!closed) problems.push({ position: start, message: "unclosed string", fatal: false });
      tokens.push({ kind: "string", text: text.slice(index, end), value, position: start });
      index = end;
      continue;
    }

    // 4. Anything else runs to the next delimiter: numbers, literals, bare words, ellipses.
    const start = index;
    while (index < text.length && !isDelimiter(text[index]!)) index++;
    const word = text.slice(start, index);
    if (/^(\.\.\.|…)+$/.test(word)) continue;
    const kind = numberPattern.test(word) ? "number" : literals.has(word) ? "literal" : "bare";
    tokens.push({ kind, text: word, position: here(start) });
  }

  return tokens;
}

/** A line ends at LF, and at a CR that no LF follows, as it does for the Markdown parser. */
function isLineEnd(text: string, index: number): boolean {
  return text[index] === "\n" || (text[index] === "\r" && text[index + 1] !== "\n");
}

function isDelimiter(char: string): boolean {
  return (
    punctuation.has(char) ||
    char === '"' ||
    char === " " ||
    char === "\n" ||
    char === "\t" ||
    char === "\r"
  );
}

/** Read a double-quoted string from `start`; a line end closes an unterminated string. */
function readString(text: string, start: number): { value: string; end: number; closed: boolean } {
  let value = "";
  let index = start + 1;

  while (index < text.length) {
    const char = text[index]!;
    if (char === '"' || char === "”" || char === "“")
      return { value, end: index + 1, closed: true };
    if (char === "\n" || char === "\r") return { value, end: index, closed: false };
    // A backslash never escapes a line end, so the line count stays true.
    if (char === "\\" && index + 1 < text.length && !isLineEnd(text, index + 1)) {
      value += unescape(text, index);
      index += isUnicodeEscape(text, index) ? 6 : 2;
      continue;
    }
    value += char;
    index++;
  }

  return { value, end: index, closed: false };
}

/** `\u` and four hex digits at `index`. */
function isUnicodeEscape(text: string, index: number): boolean {
  return text[index + 1] === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6));
}

function unescape(text: string, index: number): string {
  const next = text[index + 1]!;
  const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f" };

  if (isUnicodeEscape(text, index)) {
    return String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16));
  }
  return simple[next] ?? next;
}
