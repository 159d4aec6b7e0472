import type { Root } from "mdast";
import { parse } from "yaml";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

/** The YAML key of each front matter field the generator uses; their values are strings. */
const yamlKeys: Record<keyof FrontMatter, string> = {
  title: "title",
  docType: "doc_type",
  contentLocale: "ms.contentlocale",
  product: "ms.prod",
};

/** The front matter fields the generator uses. */
export interface FrontMatter {
  title?: string;
  docType?: string;
  contentLocale?: string;
  /** The docs set the page belongs to (`microsoft-teams`, `cloud-printing`). */
  product?: string;
}

/**
 * Read the YAML front matter of a page; bad YAML is reported and treated as absent.
 *
 * ```yaml
 * title: cancelMediaProcessingOperation type
 * doc_type: resourcePageType
 * ms.contentlocale: ru-RU
 * ```
 */
export function readFrontMatter(root: Root, file: string, diagnostics: Diagnostic[]): FrontMatter {
  const node = root.children[0];
  if (node?.type !== "yaml") return {};

  let data: unknown = readPlainFields(node.value);
  if (data === undefined) {
    try {
      // Warnings (such as an unknown `!INCLUDE` tag) would go to stderr; only errors matter.
      data = parse(node.value, { uniqueKeys: false, logLevel: "error" });
    } catch (error) {
      const line = (node.position?.start.line ?? 1) + 1;
      const reason = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
      diagnostics.push(
        createDiagnostic("GT200", file, { line, column: 1 }, `front matter: ${reason}`),
      );
      return {};
    }
  }
  if (typeof data !== "object" || data === null) return {};

  const fields = data as Record<string, unknown>;
  const text = (key: string) =>
    typeof fields[key] === "string" ? (fields[key] as string).trim() : undefined;
  const frontMatter: FrontMatter = {};
  for (const [field, key] of Object.entries(yamlKeys) as [keyof FrontMatter, string][]) {
    const value = text(key);
    if (value) frontMatter[field] = value;
  }
  return frontMatter;
}

/**
 * Front matter whose every line is `key: value`, each value a plain word run or a quoted
 * string without escapes, read without the YAML parser, which gives the same; `undefined`
 * for anything else (comments, nesting, lists, block scalars, escapes, and read fields whose
 * value YAML may take for a number, a boolean or null).
 *
 * ```yaml
 * title: "user resource type"
 * ms.lasthandoff: 06/04/2021
 * ```
 */
export function readPlainFields(yaml: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  for (const line of yaml.split("\n")) {
    if (line.trim() === "") continue;
    const field = /^([A-Za-z_][\w.-]*):(?: +(.*?))? *$/.exec(line);
    if (field === null || Object.hasOwn(fields, field[1]!)) return undefined;
    const value = plainValue(field[2] ?? "", Object.values(yamlKeys).includes(field[1]!));
    if (value === undefined) return undefined;
    fields[field[1]!] = value;
  }
  return fields;
}

function plainValue(text: string, mustBeString: boolean): string | undefined {
  const quoted = /^"([^"\\]*)"$|^'([^']*)'$/.exec(text);
  if (quoted) return quoted[1] ?? quoted[2];
  if (text === "" || /^[-?:,[\]{}#&*!|>'"%@`]|: | #|:$|\t/.test(text)) return undefined;
  if (mustBeString && /^(?:[-+.\d~]|(?:null|true|false|yes|no|on|off)$)/i.test(text))
    return undefined;
  return text;
}
