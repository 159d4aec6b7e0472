import type { Nodes, Root, RootContent } from "mdast";

const openSpan = /^<span\b[^>]*>$/i;
const closeSpan = /^<\/span\s*>$/i;
const original = /^<span\b[^>]*\bclass\s*=\s*["']sxs-lookup["']/i;
const translation = /^<span\b[^>]*\bdata-ttu-id\s*=/i;

/**
 * Keep one language of a side-by-side translation, in place. Localized pages of 2018 and
 * 2019 follow every translated span with the English it was made from:
 *
 * ```markdown
 * |<span data-ttu-id="x-1">首选项</span><span class="sxs-lookup"><span data-stu-id="x-1">preference</span></span>|
 * ```
 *
 * The translation stays, as on pages without originals, except in the cells of a table body
 * row before its last: they name a property, an enum member or a type, and there the
 * original is the name (a type cell may read `containerparentjob` for `guid`).
 */
export function keepOneLanguage(root: Root): void {
  visit(root, false);
}

function visit(node: Nodes, nameCell: boolean): void {
  if (!("children" in node)) return;
  if (node.type === "table") {
    node.children.forEach((row, index) =>
      row.children.forEach((cell, column) =>
        visit(cell, index > 0 && column < row.children.length - 1),
      ),
    );
    return;
  }

  const children = node.children as RootContent[];
  if (children.some((child) => isOpening(child, original))) {
    const drop = nameCell ? translation : original;
    node.children = withoutSpans(children, drop) as typeof node.children;
  }
  for (const child of node.children) visit(child as Nodes, nameCell);
}

/** The children without each span the pattern opens, up to its matching close. */
function withoutSpans(children: readonly RootContent[], opening: RegExp): RootContent[] {
  const kept: RootContent[] = [];
  for (let index = 0; index < children.length; index++) {
    if (!isOpening(children[index]!, opening)) {
      kept.push(children[index]!);
      continue;
    }
    let depth = 0;
    for (; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === "html" && openSpan.test(child.value)) depth++;
      else if (child.type === "html" && closeSpan.test(child.value)) depth--;
      if (depth === 0) break;
    }
  }
  return kept;
}

function isOpening(node: RootContent, pattern: RegExp): boolean {
  return node.type === "html" && pattern.test(node.value);
}
