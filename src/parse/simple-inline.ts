import type { Link, PhrasingContent, Text } from "mdast";

/**
 * Read a table cell's text into phrasing nodes, when it uses only the inline Markdown that
 * docs tables are made of: plain text, code spans, inline links `[text](target)`, `*` and
 * `**` emphasis around whole words, and HTML tags (`<br>`, `<a name="x"></a>`). Anything
 * else (character references, HTML comments, images, reference links, autolinks,
 * strikethrough, emphasis whose reading needs the finer CommonMark rules) gives
 * `undefined`, and the block is left to the Markdown parser.
 *
 * The nodes equal what remark + GFM make of the same cell, positions aside.
 */
export function readSimpleInline(cell: string): PhrasingContent[] | undefined {
  const tokens = tokenize(cell);
  if (tokens === undefined) return undefined;
  return nest(tokens);
}

type Token =
  | { kind: "text"; value: string }
  | { kind: "code"; value: string }
  | { kind: "html"; value: string }
  | { kind: "link"; children: PhrasingContent[]; url: string }
  | { kind: "open" | "close"; size: 1 | 2 };

/** Characters that may start a construct outside this subset. */
const unsupported = /[~\]]|www\.|https?:\/\/|mailto:|xmpp:|[\w.+-]@|\r/i;

/** What a backslash escapes, and what the emphasis rules count as punctuation. */
const asciiPunctuation = /[!-/:-@[-`{-~]/;

/** A character reference, which the parser decodes. */
const reference = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/** An HTML open or closing tag, as CommonMark reads raw inline HTML. */
const htmlTag =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)/;
// A destination holds no space, no ASCII control character and nothing that needs the parser.
const inlineLink = /^\[([^\][]*)\]\(([^()\s<>`\\\x00-\x1f\x7f]*)\)/;

function tokenize(cell: string): Token[] | undefined {
  const tokens: Token[] = [];
  let text = "";
  let index = 0;
  const flush = () => {
    if (text !== "") tokens.push({ kind: "text", value: text });
    text = "";
  };

  while (index < cell.length) {
    const rest = cell.slice(index);
    const char = cell[index]!;

    if (char === "`") {
      const code = codeSpan(cell, index);
      if (code === undefined) return undefined;
      flush();
      tokens.push({ kind: "code", value: code.value });
      index = code.end;
    } else if (char === "<") {
      const html = htmlTag.exec(rest);
      if (html === null) return undefined;
      flush();
      tokens.push({ kind: "html", value: html[0] });
      index += html[0].length;
    } else if (char === "[") {
      const link = inlineLink.exec(rest);
      if (link === null || text.endsWith("!")) return undefined;
      const children = linkText(link[1]!);
      if (children === undefined) return undefined;
      flush();
      tokens.push({ kind: "link", children, url: link[2]! });
      index += link[0].length;
    } else if (char === "*") {
      const run = /^\*+/.exec(rest)![0].length;
      const delimiter = classify(cell[index - 1], cell[index + run]);
      if (delimiter === undefined || run > 2) return undefined;
      if (delimiter === "literal") text += "*".repeat(run);
      else {
        flush();
        tokens.push({ kind: delimiter, size: run as 1 | 2 });
      }
      index += run;
    } else if (char === "\\") {
      // An escaped ASCII punctuation character stands for itself; any other backslash is text.
      const next = cell[index + 1];
      if (next === "\n") return undefined;
      const escaped = next !== undefined && asciiPunctuation.test(next);
      text += escaped ? next : char;
      index += escaped ? 2 : 1;
    } else if (char === "&") {
      if (reference.test(rest)) return undefined;
      text += char;
      index++;
    } else if (char === "_") {
      if (!isWordChar(cell[index - 1]) || !isWordChar(cell[index + 1])) return undefined;
      text += char;
      index++;
    } else {
      const plain = /^[^`<[*_\\&]+/.exec(rest)![0];
      if (unsupported.test(plain) || (plain[0] === "@" && /[\w.+-]/.test(cell[index - 1] ?? "")))
        return undefined;
      text += plain;
      index += plain.length;
    }
  }
  flush();
  return tokens;
}

/** A code span on one line opened at `start`: its content and where it ends, if it is closed. */
function codeSpan(cell: string, start: number): { value: string; end: number } | undefined {
  const fence = /^`+/.exec(cell.slice(start))![0];
  const search = new RegExp(`(?<!\`)${fence}(?!\`)`, "g");
  search.lastIndex = start + fence.length;
  const close = search.exec(cell);
  if (close === null) return undefined;
  let value = cell.slice(start + fence.length, close.index);
  if (value.includes("\n")) return undefined;
  if (value.length > 2 && value.startsWith(" ") && value.endsWith(" ") && value.trim() !== "")
    value = value.slice(1, -1);
  return { value, end: close.index + fence.length };
}

/** A link's text: plain words and code spans only. */
function linkText(text: string): PhrasingContent[] | undefined {
  if (/[*_<]/.test(text)) return undefined;
  const tokens = tokenize(text);
  if (tokens === undefined) return undefined;
  return tokens.map((token) =>
    token.kind === "code"
      ? { type: "inlineCode", value: token.value }
      : { type: "text", value: (token as { value: string }).value },
  );
}

/**
 * What a run of `*` is, by the CommonMark flanking rules: an opener, a closer, or a literal
 * `*`; `undefined` when it could be both, or when a neighbour is a character whose class
 * this reader does not decide.
 */
function classify(
  before: string | undefined,
  after: string | undefined,
): "open" | "close" | "literal" | undefined {
  const previous = characterClass(before);
  const next = characterClass(after);
  if (previous === undefined || next === undefined) return undefined;
  const leftFlanking = next !== "space" && (next !== "punctuation" || previous !== "word");
  const rightFlanking = previous !== "space" && (previous !== "punctuation" || next !== "word");
  if (leftFlanking && rightFlanking) return undefined;
  return leftFlanking ? "open" : rightFlanking ? "close" : "literal";
}

function characterClass(char: string | undefined): "space" | "punctuation" | "word" | undefined {
  if (char === undefined || char === " " || char === "\t" || char === "\n") return "space";
  if (asciiPunctuation.test(char)) return "punctuation";
  if (isWordChar(char)) return "word";
  return undefined;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /^[\p{L}\p{N}]$/u.test(char);
}

/** Pair emphasis delimiters into nodes; `undefined` unless they pair one after another. */
function nest(tokens: readonly Token[]): PhrasingContent[] | undefined {
  const root: PhrasingContent[] = [];
  let open: { size: 1 | 2; children: PhrasingContent[] } | undefined;

  for (const token of tokens) {
    const into = open?.children ?? root;
    switch (token.kind) {
      case "open":
        if (open !== undefined) return undefined;
        open = { size: token.size, children: [] };
        break;
      case "close":
        if (open === undefined || open.size !== token.size || open.children.length === 0)
          return undefined;
        root.push({
          type: token.size === 2 ? "strong" : "emphasis",
          children: open.children,
        });
        open = undefined;
        break;
      case "text":
        into.push({ type: "text", value: token.value } satisfies Text);
        break;
      case "code":
        into.push({ type: "inlineCode", value: token.value });
        break;
      case "html":
        into.push({ type: "html", value: token.value });
        break;
      case "link":
        into.push({
          type: "link",
          url: token.url,
          title: null,
          children: token.children,
        } satisfies Link);
        break;
    }
  }
  return open === undefined ? root : undefined;
}
