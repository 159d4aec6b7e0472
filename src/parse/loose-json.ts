import type { Position } from "../diagnostics/diagnostic.js";
import { tokenizeLooseJson, type JsonToken } from "./loose-json-tokens.js";

/** A value read from a docs JSON block, with where it starts. */
export type LooseValue =
  | { kind: "object"; entries: LooseEntry[]; position: Position }
  | { kind: "array"; items: LooseValue[]; position: Position }
  | { kind: "string"; value: string; position: Position }
  | { kind: "number"; value: number; position: Position }
  | { kind: "boolean"; value: boolean; position: Position }
  | { kind: "null"; position: Position }
  | { kind: "bare"; value: string; position: Position };

/** One `"key": value` pair of an object. */
export interface LooseEntry {
  key: string;
  position: Position;
  value: LooseValue;
}

/** A repair made while reading, or the place where reading had to stop. */
export interface LooseProblem {
  position: Position;
  message: string;
  fatal: boolean;
}

/** What {@link parseLooseJson} returns: the value (possibly partial) and what was wrong. */
export interface LooseParseResult {
  value: LooseValue | undefined;
  problems: LooseProblem[];
}

/** Containers deeper than this are skipped, not kept, so hostile nesting costs no memory. */
const maxDepth = 64;

type Frame =
  | { kind: "object"; value: Extract<LooseValue, { kind: "object" }>; pendingKey?: LooseEntry }
  | { kind: "array"; value: Extract<LooseValue, { kind: "array" }> };

/**
 * Read the loose JSON that docs pages write: comments, `...` lines, trailing commas, missing
 * commas, bare words and unclosed brackets are tolerated and reported.
 *
 * ```json
 * { "id": "String (identifier)", // comment
 *   "items": [{"@odata.type": "microsoft.graph.item"}], ... }
 * ```
 *
 * The parser keeps an explicit stack instead of recursing, so nesting depth cannot overflow.
 */
export function parseLooseJson(
  text: string,
  origin: Position = { line: 1, column: 1 },
): LooseParseResult {
  const problems: LooseProblem[] = [];
  const tokens = tokenizeLooseJson(text, origin, problems);
  const stack: Frame[] = [];
  let root: LooseValue | undefined;
  let skippedDepth = 0;

  // 1. Walk the tokens, attaching each value to the container on top of the stack.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;

    if (skippedDepth > 0) {
      if (token.kind === "{" || token.kind === "[") skippedDepth++;
      if (token.kind === "}" || token.kind === "]") skippedDepth--;
      continue;
    }

    const frame = stack[stack.length - 1];
    if (token.kind === "," || token.kind === ":") continue;

    if (token.kind === "}" || token.kind === "]") {
      if (!frame) {
        problems.push({
          position: token.position,
          message: `unmatched '${token.kind}'`,
          fatal: false,
        });
        continue;
      }
      if (frame.kind === "object" && frame.pendingKey) {
        problems.push({
          position: frame.pendingKey.position,
          message: `key "${frame.pendingKey.key}" has no value`,
          fatal: false,
        });
      }
      stack.pop();
      continue;
    }

    if (frame?.kind === "object" && !frame.pendingKey) {
      const previous = tokens[index - 1]?.kind;
      if (previous !== "{" && previous !== ",") {
        problems.push({
          position: token.position,
          message: "missing ',' before a key",
          fatal: false,
        });
      }
      const key = readKey(token, tokens[index + 1], problems);
      if (key === undefined) continue;
      frame.pendingKey = {
        key,
        position: token.position,
        value: { kind: "null", position: token.position },
      };
      continue;
    }

    if (stack.length >= maxDepth && (token.kind === "{" || token.kind === "[")) {
      skippedDepth = 1;
      attach(stack, emptyContainer(token), () => (root ??= emptyContainer(token)));
      continue;
    }

    const value = tokenValue(token);
    if (frame === undefined && root !== undefined) {
      problems.push({
        position: token.position,
        message: "text after the end of the JSON value",
        fatal: false,
      });
      break;
    }
    attach(stack, value, () => (root = value));
    if (value.kind === "object") stack.push({ kind: "object", value });
    if (value.kind === "array") stack.push({ kind: "array", value });
  }

  // 2. Whatever is still open was cut off: keep what was read and say where it stopped.
  if (stack.length > 0 || skippedDepth > 0) {
    const last = tokens[tokens.length - 1];
    problems.push({
      position: last?.position ?? origin,
      message: `JSON block ends with ${stack.length + skippedDepth} unclosed bracket(s)`,
      fatal: true,
    });
  }

  return { value: root, problems };
}

/** Read an object key: a string, or a bare word (reported). */
function readKey(
  token: JsonToken,
  next: JsonToken | undefined,
  problems: LooseProblem[],
): string | undefined {
  if (token.kind === "string") return token.value;
  if (token.kind === "bare" || token.kind === "number" || token.kind === "literal") {
    if (next?.kind !== ":") {
      problems.push({
        position: token.position,
        message: `unexpected '${token.text}' where a key belongs`,
        fatal: false,
      });
      return undefined;
    }
    problems.push({
      position: token.position,
      message: `unquoted key '${token.text}'`,
      fatal: false,
    });
    return token.text;
  }
  problems.push({
    position: token.position,
    message: `unexpected '${token.kind}' where a key belongs`,
    fatal: false,
  });
  return undefined;
}

/** Put a value into the open container, or make it the root. */
function attach(stack: Frame[], value: LooseValue, setRoot: () => void): void {
  const frame = stack[stack.length - 1];

  if (!frame) return setRoot();
  if (frame.kind === "array") {
    frame.value.items.push(value);
    return;
  }
  if (frame.pendingKey) {
    frame.pendingKey.value = value;
    frame.value.entries.push(frame.pendingKey);
    delete frame.pendingKey;
  }
}

function tokenValue(token: JsonToken): LooseValue {
  const position = token.position;

  switch (token.kind) {
    case "{":
      return { kind: "object", entries: [], position };
    case "[":
      return { kind: "array", items: [], position };
    case "string":
      return { kind: "string", value: token.value, position };
    case "number":
      return { kind: "number", value: Number(token.text), position };
    case "literal":
      if (token.text === "null") return { kind: "null", position };
      return { kind: "boolean", value: token.text === "true", position };
    default:
      return { kind: "bare", value: token.text, position };
  }
}

function emptyContainer(token: JsonToken): LooseValue {
  if (token.kind === "[") return { kind: "array", items: [], position: token.position };
  return { kind: "object", entries: [], position: token.position };
}
