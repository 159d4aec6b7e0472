import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ApiModel } from "../model/api-model.js";
import { emitIndex } from "./emit-index.js";
import { emitModule, type ModuleOptions } from "./emit-module.js";
import { buildHierarchy } from "./hierarchy.js";
import { planNames } from "./name-plan.js";

/** Generated files by name, in name order, and what naming had to change. */
export interface EmitResult {
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Emit the whole model: one module per namespace and an `index.ts` re-exporting them.
 */
export function emitFiles(model: ApiModel, options: ModuleOptions): EmitResult {
  const diagnostics: Diagnostic[] = [];
  const plan = planNames(model, diagnostics);
  const hierarchy = buildHierarchy(model);
  const files = new Map<string, string>();

  for (const module of plan.modules)
    files.set(module.file, emitModule(module, model, plan, hierarchy, options));
  files.set("index.ts", emitIndex(plan));

  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    diagnostics,
  };
}
