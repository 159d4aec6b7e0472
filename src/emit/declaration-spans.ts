/** Where the text of one declaration lies in a generated file. */
export interface DeclarationSpan {
  kind: "type" | "enum";
  /** Model key of the type or enum. */
  key: string;
  start: number;
  end: number;
}

/**
 * How a generated module was put together: where each declaration's text lies, and the
 * alias it imports each other module under, so that declarations can be printed into it
 * again (see `reprintDeclarations`).
 */
export interface FileLayout {
  spans: DeclarationSpan[];
  /** Import alias by the imported module's file. */
  aliases: [file: string, alias: string][];
}

/** One piece of a file: a declaration's text or other text, and what comes before it. */
export interface FilePart {
  declaration?: { kind: DeclarationSpan["kind"]; key: string };
  text: string;
  /** Put between this part and the one before; the first part has none. */
  separator: string;
}

/** Join parts after `head`, noting where each declaration's text lands. */
export function joinParts(
  head: string,
  parts: readonly FilePart[],
): { text: string; spans: DeclarationSpan[] } {
  const pieces = [head];
  const spans: DeclarationSpan[] = [];
  let length = head.length;

  for (const [index, part] of parts.entries()) {
    if (index > 0) {
      pieces.push(part.separator);
      length += part.separator.length;
    }
    if (part.declaration) {
      spans.push({ ...part.declaration, start: length, end: length + part.text.length });
    }
    pieces.push(part.text);
    length += part.text.length;
  }
  return { text: pieces.join(""), spans };
}

/**
 * A file with the text of some of its declarations replaced, by span key (`type:x`,
 * `enum:y`), and its spans moved to match.
 */
export function replaceDeclarations(
  text: string,
  spans: readonly DeclarationSpan[],
  replacements: ReadonlyMap<string, string>,
): { text: string; spans: DeclarationSpan[] } {
  const pieces: string[] = [];
  const moved: DeclarationSpan[] = [];
  let from = 0;
  let shift = 0;

  for (const span of spans) {
    const replacement = replacements.get(spanKey(span));
    if (replacement === undefined) {
      moved.push({ ...span, start: span.start + shift, end: span.end + shift });
      continue;
    }
    pieces.push(text.slice(from, span.start), replacement);
    from = span.end;
    moved.push({
      ...span,
      start: span.start + shift,
      end: span.start + shift + replacement.length,
    });
    shift += replacement.length - (span.end - span.start);
  }
  pieces.push(text.slice(from));
  return { text: pieces.join(""), spans: moved };
}

/** The key a span is replaced by. */
export function spanKey(span: Pick<DeclarationSpan, "kind" | "key">): string {
  return `${span.kind}:${span.key}`;
}
