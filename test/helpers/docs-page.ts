/** What a made-up resource page holds. */
export interface PageSpec {
  /** The `@odata.type` of the resource block, such as `microsoft.graph.widget`. */
  type: string;
  /** The block's `baseType`, if any. */
  base?: string;
  /** Sentences before the tables. */
  intro?: string;
  /** Rows of the Properties table: name, type, description. */
  rows?: string[][];
  /** The JSON block, as written. */
  json: string;
  /** Markdown after the JSON block. */
  after?: string;
}

/**
 * Write a resource page in the docs' shape: title, namespace line, Properties table,
 * annotation and JSON block.
 */
export function resourcePage(spec: PageSpec): string {
  const name = spec.type.split(".").pop() ?? spec.type;
  const annotation: Record<string, string> = {
    blockType: "resource",
    "@odata.type": spec.type,
  };
  if (spec.base) annotation.baseType = spec.base;
  const rows = (spec.rows ?? []).map((cells) => `| ${cells.join(" | ")} |`);

  return [
    `# ${name} resource type`,
    "",
    "Namespace: microsoft.graph",
    "",
    spec.intro ?? `Represents a ${name}.`,
    "",
    "## Properties",
    "",
    "| Property | Type | Description |",
    "|:--|:--|:--|",
    ...rows,
    "",
    "## JSON representation",
    "",
    `<!-- ${JSON.stringify(annotation)} -->`,
    "```json",
    spec.json,
    "```",
    "",
    spec.after ?? "",
  ].join("\n");
}
