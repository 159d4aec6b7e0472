import type { PrimitiveName } from "../lexicon/lexicon.js";
import type { ResolvedTerm, ResolvedType } from "../model/api-model.js";
import type { NamePlan, ModulePlan } from "./name-plan.js";

const primitiveText: Record<PrimitiveName, string> = {
  String: "string",
  Boolean: "boolean",
  Byte: "number",
  SByte: "number",
  Int16: "number",
  Int32: "number",
  Int64: "number",
  Single: "number",
  Double: "number",
  Decimal: "number",
  DateTimeOffset: "string",
  DateTime: "string",
  Date: "string",
  TimeOfDay: "string",
  Duration: "string",
  Guid: "string",
  Binary: "string",
  Stream: "unknown",
  Json: "unknown",
};

/** How one module refers to the declarations of others: through namespace imports. */
export interface ModuleScope {
  module: ModulePlan;
  plan: NamePlan;
  /** Alias of every other module this one refers to, filled as references are written. */
  imports: Map<ModulePlan, string>;
  /** Identifiers declared in this module, which an import alias must not shadow. */
  localNames: Set<string>;
}

/**
 * Write a resolved type as TypeScript: `string`, `ResultInfo[]`, `(A | B)[]`,
 * `Graph.Entity` when the target lives in another module.
 */
export function typeText(type: ResolvedType, scope: ModuleScope): string {
  const terms = [...new Set(type.alternatives.map((term) => termText(term, scope)))];
  const union = terms.join(" | ");

  if (!type.collection) return union;
  return terms.length > 1 ? `(${union})[]` : `${union}[]`;
}

function termText(term: ResolvedTerm, scope: ModuleScope): string {
  if (term.kind === "primitive") return primitiveText[term.name];
  if (term.kind === "json") return "unknown";
  return referenceText(term.key, scope);
}

/** The name of a declaration as seen from the module in `scope`. */
export function referenceText(key: string, scope: ModuleScope): string {
  const name = scope.plan.nameOf.get(key);
  const target = scope.plan.moduleOf.get(key);
  if (name === undefined || target === undefined) {
    throw new Error(`no name planned for '${key}' (expected every model key to be planned)`);
  }
  if (target === scope.module) return name;
  return `${aliasFor(target, scope)}.${name}`;
}

function aliasFor(target: ModulePlan, scope: ModuleScope): string {
  const existing = scope.imports.get(target);
  if (existing) return existing;

  const used = new Set(scope.imports.values());
  let alias = target.alias;
  while (scope.localNames.has(alias) || used.has(alias)) alias = `${alias}Module`;
  scope.imports.set(target, alias);
  return alias;
}
