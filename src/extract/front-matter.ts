import type { Root } from "mdast";
import { parse } from "yaml";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";

/** The front matter fields the generator uses. */
export interface FrontMatter {
  title?: string;
  docType?: string;
  contentLocale?: string;
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

  let data: unknown;
  try {
    // Warnings (such as an unknown `!INCLUDE` tag) would go to stderr; only errors matter here.
    data = parse(node.value, { uniqueKeys: false, logLevel: "error" });
  } catch (error) {
    const line = (node.position?.start.line ?? 1) + 1;
    const reason = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
    diagnostics.push(
      createDiagnostic("GT200", file, { line, column: 1 }, `front matter: ${reason}`),
    );
    return {};
  }
  if (typeof data !== "object" || data === null) return {};

  const fields = data as Record<string, unknown>;
  const text = (key: string) =>
    typeof fields[key] === "string" ? (fields[key] as string).trim() : undefined;
  const frontMatter: FrontMatter = {};
  const title = text("title");
  const docType = text("doc_type");
  const contentLocale = text("ms.contentlocale");
  if (title) frontMatter.title = title;
  if (docType) frontMatter.docType = docType;
  if (contentLocale) frontMatter.contentLocale = contentLocale;
  return frontMatter;
}
