import { closestName } from "./closest-name.js";
import type { GraphTypegenConfig } from "./config-types.js";

/** What a config value must be. */
type Rule =
  | { kind: "string" | "boolean" | "count" | "strings" }
  | { kind: "choice"; choices: readonly string[] }
  | { kind: "object" | "objects"; keys: Record<string, Rule>; required: readonly string[] };

const optionKeys: Record<string, Rule> = {
  locale: { kind: "string" },
  enumStyle: { kind: "choice", choices: ["const", "enum", "union"] },
  readonly: { kind: "boolean" },
  odataType: { kind: "boolean" },
  layout: { kind: "choice", choices: ["namespace", "file-per-type"] },
  clean: { kind: "boolean" },
};

const options: Rule = { kind: "object", keys: optionKeys, required: [] };

const target: Rule = {
  kind: "objects",
  keys: {
    name: { kind: "string" },
    inputs: { kind: "strings" },
    include: { kind: "strings" },
    exclude: { kind: "strings" },
    out: { kind: "string" },
    options,
  },
  required: ["inputs", "out"],
};

const root: Rule = {
  kind: "object",
  keys: { options, maxWarnings: { kind: "count" }, targets: target },
  required: ["targets"],
};

/** A config problem: where (`targets[0].options`) and what. */
export interface ConfigProblem {
  path: string;
  message: string;
}

/**
 * Check a loaded config against what graph-typegen reads, and name every problem: an unknown
 * key with the valid key closest to it, a missing key, a value of the wrong kind.
 *
 * ```json
 * { "targets": [{ "inputs": ["docs"], "out": "src/graph", "options": { "enumStlye": "union" } }] }
 * ```
 * gives `targets[0].options: unknown key 'enumStlye'; did you mean 'enumStyle'?`.
 */
export function validateConfig(
  config: unknown,
): { config: GraphTypegenConfig; problems: [] } | { problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];

  check(config, root, "", problems);

  return problems.length === 0
    ? { config: config as GraphTypegenConfig, problems: [] }
    : { problems };
}

function check(value: unknown, rule: Rule, path: string, problems: ConfigProblem[]): void {
  const problem = (message: string) => problems.push({ path: path || "config", message });

  switch (rule.kind) {
    case "string":
      if (typeof value !== "string" || value === "") problem("must be a non-empty string");
      return;
    case "boolean":
      if (typeof value !== "boolean") problem("must be true or false");
      return;
    case "count":
      if (!Number.isInteger(value) || (value as number) < 0)
        problem("must be a whole number, 0 or more");
      return;
    case "strings":
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        value.some((item) => typeof item !== "string")
      )
        problem("must be a non-empty list of strings");
      return;
    case "choice":
      if (typeof value !== "string" || !rule.choices.includes(value))
        problem(`must be one of ${rule.choices.map((choice) => `'${choice}'`).join(", ")}`);
      return;
    case "objects":
      if (!Array.isArray(value) || value.length === 0) {
        problem("must be a non-empty list of objects");
        return;
      }
      value.forEach((item, index) =>
        check(item, { ...rule, kind: "object" }, `${path}[${index}]`, problems),
      );
      return;
    case "object":
      checkObject(value, rule, path, problems);
  }
}

function checkObject(
  value: unknown,
  rule: Extract<Rule, { kind: "object" | "objects" }>,
  path: string,
  problems: ConfigProblem[],
): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push({ path: path || "config", message: "must be an object" });
    return;
  }

  const known = Object.keys(rule.keys);
  const suggested = new Set<string>();
  for (const [key, item] of Object.entries(value)) {
    const keyRule = rule.keys[key];
    if (keyRule) {
      check(item, keyRule, path ? `${path}.${key}` : key, problems);
      continue;
    }
    const suggestion = closestName(key, known);
    if (suggestion) suggested.add(suggestion);
    problems.push({
      path: path || "config",
      message: `unknown key '${key}'; ${suggestion ? `did you mean '${suggestion}'?` : `expected one of ${known.join(", ")}`}`,
    });
  }
  for (const key of rule.required) {
    if (!(key in value) && !suggested.has(key))
      problems.push({ path: path || "config", message: `missing key '${key}'` });
  }
}
