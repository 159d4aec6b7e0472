import type { Code, Html, RootContent } from "mdast";
import { createDiagnostic, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { codeOrigin } from "./code-origin.js";
import { parseLooseJson, type LooseEntry, type LooseValue } from "../parse/loose-json.js";

/** A resource annotation and the JSON block after it, read but not yet typed. */
export interface ResourceBlock {
  odataType: string;
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  keyProperty?: string;
  /** The annotation's `optionalProperties`: names of properties the JSON may leave out. */
  optionalProperties: string[];
  position: Position;
  /** Top-level keys of the JSON block in order; empty when there is no readable block. */
  keys: LooseEntry[];
}

/**
 * Find the resource blocks among a page's top-level nodes: an annotation comment whose
 * `blockType` is `resource`, and the JSON code block right after it.
 *
 * ```markdown
 * <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.x", "baseType": "..." } -->
 * ```json
 * { "id": "String" }
 * ```
 * ```
 */
export function findResourceBlocks(
  nodes: readonly RootContent[],
  file: string,
  diagnostics: Diagnostic[],
): ResourceBlock[] {
  const blocks: ResourceBlock[] = [];

  nodes.forEach((node, index) => {
    if (node.type !== "html") return;
    const annotation = readAnnotation(node, file, diagnostics);
    if (!annotation) return;

    const odataType = stringField(annotation, "@odata.type") ?? stringField(annotation, "@type");
    const position = positionOf(node);
    if (!odataType) {
      diagnostics.push(
        createDiagnostic(
          "GT201",
          file,
          position,
          "resource annotation names no type",
          '"@odata.type": "microsoft.graph.x"',
        ),
      );
      return;
    }

    const block: ResourceBlock = {
      odataType: odataType.replace(/^#/, ""),
      abstract: flagField(annotation, "abstract"),
      openType: flagField(annotation, "openType"),
      optionalProperties: stringList(annotation, "optionalProperties"),
      position,
      keys: [],
    };
    const baseType = stringField(annotation, "baseType");
    if (baseType) block.baseType = baseType.replace(/^#/, "");
    const keyProperty = stringField(annotation, "keyProperty");
    if (keyProperty) block.keyProperty = keyProperty;

    const next = nodes[index + 1];
    if (next?.type === "code") {
      block.keys = readJsonKeys(next, file, diagnostics);
      const marked = block.keyProperty ?? identifierKey(block.keys);
      if (marked) block.keyProperty = marked;
    } else
      diagnostics.push(
        createDiagnostic(
          "GT204",
          file,
          position,
          "no JSON block follows the resource annotation",
          "```json",
        ),
      );
    blocks.push(block);
  });

  return blocks;
}

/** Parse an HTML comment as an annotation; undefined unless it is a resource annotation. */
function readAnnotation(node: Html, file: string, diagnostics: Diagnostic[]) {
  const match = /^<!--\s*([\s\S]*?)\s*-->\s*$/.exec(node.value);
  if (!match || !match[1]!.startsWith("{") || !/"blockType"/.test(match[1]!)) return undefined;

  const start = positionOf(node);
  const offset = node.value.indexOf("{");
  const origin = { line: start.line, column: start.column + offset };
  const { value, problems } = parseLooseJson(decodeEntities(match[1]!), origin);
  if (value?.kind !== "object") {
    diagnostics.push(
      createDiagnostic(
        "GT201",
        file,
        start,
        "annotation comment is not a JSON object",
        "<!-- { ... } -->",
      ),
    );
    return undefined;
  }
  if (problems.some((problem) => problem.fatal)) {
    diagnostics.push(
      createDiagnostic("GT201", file, problems[0]!.position, `annotation: ${problems[0]!.message}`),
    );
  }
  const blockType = stringField(value, "blockType");
  return blockType === "resource" ? value : undefined;
}

/** The top-level keys of a JSON code block, reporting repairs and breaks. */
function readJsonKeys(code: Code, file: string, diagnostics: Diagnostic[]): LooseEntry[] {
  const origin = codeOrigin(code);
  const { value, problems } = parseLooseJson(code.value, origin);

  const fatal = problems.find((problem) => problem.fatal);
  if (fatal) diagnostics.push(createDiagnostic("GT203", file, fatal.position, fatal.message));
  else if (problems.length > 0)
    diagnostics.push(createDiagnostic("GT202", file, problems[0]!.position, problems[0]!.message));

  const object = value?.kind === "array" ? value.items[0] : value;
  if (object?.kind !== "object") {
    diagnostics.push(
      createDiagnostic("GT205", file, origin, "JSON block is not an object", "{ ... }"),
    );
    return [];
  }
  return object.entries.filter((entry) => !entry.key.startsWith("@odata."));
}

/**
 * The key the JSON block marks as the identifier, when the annotation names none: the
 * placeholder pages write for an entity's key in every language.
 *
 * ```json
 * { "id": "String (identifier)" }
 * ```
 */
function identifierKey(keys: readonly LooseEntry[]): string | undefined {
  return keys.find(
    (entry) => entry.value.kind === "string" && /\(identifier\)\s*$/i.test(entry.value.value),
  )?.key;
}

function stringField(
  value: Extract<LooseValue, { kind: "object" }>,
  key: string,
): string | undefined {
  const entry = value.entries.find((candidate) => candidate.key === key);
  return entry?.value.kind === "string" ? entry.value.value.trim() : undefined;
}

function stringList(value: Extract<LooseValue, { kind: "object" }>, key: string): string[] {
  const entry = value.entries.find((candidate) => candidate.key === key);
  if (entry?.value.kind !== "array") return [];
  return entry.value.items.flatMap((item) => (item.kind === "string" ? [item.value.trim()] : []));
}

const entities: Record<string, string> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  apos: "'",
  "#39": "'",
};

/**
 * Undo the HTML entities translation tools leave in comments: `"@type&quot;: &quot;x"`.
 * Lines stay as they were; a column after an entity on its line comes out a little short.
 */
function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|apos|#39);/g, (_, name: string) => entities[name]!);
}

/** `"abstract": true`, or `"abstract": "true"` as some pages write it. */
function flagField(value: Extract<LooseValue, { kind: "object" }>, key: string): boolean {
  const entry = value.entries.find((candidate) => candidate.key === key);
  if (entry?.value.kind === "boolean") return entry.value.value;
  return entry?.value.kind === "string" && entry.value.value.trim().toLowerCase() === "true";
}

function positionOf(node: RootContent): Position {
  return { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
}
