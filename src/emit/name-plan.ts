import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ApiModel } from "../model/api-model.js";
import { moduleFileOf, namespaceAliasOf, pascalCase } from "./naming.js";

/** One output module: a namespace's types and enums under unique names. */
export interface ModulePlan {
  namespace: string;
  file: string;
  /** Export name in `index.ts`, and the alias other modules import it under. */
  alias: string;
  typeKeys: string[];
  enumKeys: string[];
}

/** Every module, and the TypeScript name of every type and enum key. */
export interface NamePlan {
  modules: ModulePlan[];
  moduleOf: Map<string, ModulePlan>;
  nameOf: Map<string, string>;
}

/**
 * Decide file and identifier names for the whole output, so that no two declarations in a
 * module, and no two modules, share a name. Renames are reported.
 */
export function planNames(model: ApiModel, diagnostics: Diagnostic[]): NamePlan {
  const byNamespace = new Map<string, ModulePlan>();
  const moduleOf = new Map<string, ModulePlan>();
  const nameOf = new Map<string, string>();
  const files = new Set<string>();
  const aliases = new Set<string>();

  const moduleFor = (namespace: string): ModulePlan => {
    const folded = namespace.toLowerCase();
    let plan = byNamespace.get(folded);
    if (!plan) {
      const file = unique(moduleFileOf(namespace), files, (base, n) =>
        base.replace(/\.ts$/, `-${n}.ts`),
      );
      const alias = unique(namespaceAliasOf(namespace), aliases, (base, n) => `${base}${n}`);
      plan = { namespace, file, alias, typeKeys: [], enumKeys: [] };
      byNamespace.set(folded, plan);
    }
    return plan;
  };

  // 1. Types, then enums, each in key order, so names are stable.
  const types = [...model.types.values()].sort((a, b) => compare(a.key, b.key));
  const enums = [...model.enums.values()].sort((a, b) => compare(a.key, b.key));
  const taken = new Map<ModulePlan, Set<string>>();
  const entries = [
    ...types.map((type) => ({
      ...type,
      list: "typeKeys" as const,
      suffix: "Type",
      file: type.sources[0],
    })),
    ...enums.map((list) => ({
      ...list,
      list: "enumKeys" as const,
      suffix: "Enum",
      file: list.sources[0],
    })),
  ];

  for (const entry of entries) {
    const plan = moduleFor(entry.namespace);
    const names = taken.get(plan) ?? new Set<string>();
    taken.set(plan, names);

    const wanted = pascalCase(entry.name);
    const name = unique(wanted, names, (base, n) =>
      n === 2 ? `${base}${entry.suffix}` : `${base}${entry.suffix}${n - 1}`,
    );
    if (name !== wanted) {
      diagnostics.push(
        createDiagnostic(
          "GT405",
          entry.file ?? "",
          undefined,
          `'${entry.namespace}.${entry.name}' emitted as '${name}': '${wanted}' is taken in its module`,
        ),
      );
    }
    plan[entry.list].push(entry.key);
    moduleOf.set(entry.key, plan);
    nameOf.set(entry.key, name);
  }

  const modules = [...byNamespace.values()].sort((a, b) => compare(a.file, b.file));
  return { modules, moduleOf, nameOf };
}

/** `base`, else the first of `next(base, 2)`, `next(base, 3)`, ... not in `taken`; the result is added. */
function unique(
  base: string,
  taken: Set<string>,
  next: (base: string, n: number) => string,
): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = next(base, n);
  taken.add(name.toLowerCase());
  return name;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
