import type { Definition, Link, Nodes, Root } from "mdast";

/**
 * Turn reference links into plain links to the target their definition gives, so that a
 * link reads the same in any style; references without a definition are left as they are.
 *
 * ```markdown
 * | **list** | [**список**][list] | ... |
 *
 * [list]: list.md
 * ```
 */
export function resolveLinkReferences(root: Root): void {
  const targets = new Map<string, Definition>();
  collectDefinitions(root, targets);
  if (targets.size > 0) replaceReferences(root, targets);
}

function collectDefinitions(node: Nodes, targets: Map<string, Definition>): void {
  if (node.type === "definition") {
    const identifier = node.identifier.toLowerCase();
    if (!targets.has(identifier)) targets.set(identifier, node);
    return;
  }
  if ("children" in node) for (const child of node.children) collectDefinitions(child, targets);
}

function replaceReferences(node: Nodes, targets: ReadonlyMap<string, Definition>): void {
  if (!("children" in node)) return;

  node.children.forEach((child, index) => {
    const definition =
      child.type === "linkReference" ? targets.get(child.identifier.toLowerCase()) : undefined;
    if (child.type === "linkReference" && definition) {
      const link: Link = { type: "link", url: definition.url, children: child.children };
      if (child.position) link.position = child.position;
      node.children[index] = link;
    }
    replaceReferences(node.children[index] as Nodes, targets);
  });
}
