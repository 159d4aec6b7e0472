import { createDiagnostic } from "../diagnostics/diagnostic.js";
import type { Position } from "../diagnostics/diagnostic.js";
import type { TypeLink } from "../extract/page-extract.js";
import { keyOf, splitQualifiedName } from "./api-model.js";
import type { Registry } from "./registry.js";

const identifier = /^[A-Za-z_]\w*$/;

/**
 * Make (or reuse) a placeholder type for a name the inputs use but never define, so the
 * output still compiles; report it once per page.
 *
 * The name is the link text's, unless the page it links to is named for something else
 * (`[Cronograma](schedule.md)`, a translated text): then the page's. Returns undefined when
 * neither is a usable name.
 */
export function placeholderFor(
  registry: Registry,
  link: TypeLink,
  namespace: string,
  where: { file: string; position: Position },
  code: "GT400" | "GT403" = "GT400",
): string | undefined {
  const qualified = link.text.replace(/^#/, "");
  const split = splitQualifiedName(qualified, namespace);
  const page = link.page && identifier.test(link.page) ? link.page : undefined;
  const name =
    identifier.test(split.name) && (!page || namesAlike(split.name, page)) ? split.name : page;
  if (!name) return undefined;

  const key = keyOf(split.namespace, name);
  let type = registry.model.types.get(key);
  if (!type) {
    type = {
      key,
      namespace: split.namespace,
      name,
      abstract: false,
      properties: [],
      sources: [],
      placeholder: true,
    };
    registry.model.types.set(key, type);
    const list = registry.typesByName.get(name.toLowerCase()) ?? [];
    registry.typesByName.set(name.toLowerCase(), [...list, key]);
  }

  if (type.placeholder && !type.sources.includes(where.file)) {
    type.sources.push(where.file);
    const what = code === "GT403" ? "base type" : "type";
    registry.diagnostics.push(
      createDiagnostic(
        code,
        where.file,
        where.position,
        `${what} '${qualified}' is not defined by any input page; emitted as a placeholder`,
        `a page with "@odata.type": "${split.namespace}.${name}"`,
      ),
    );
  }
  return key;
}

/** A link text and the page it links to name one type: one ends with the other. */
function namesAlike(text: string, page: string): boolean {
  const [a, b] = [text.toLowerCase(), page.toLowerCase()];
  return a.endsWith(b) || b.endsWith(a);
}
