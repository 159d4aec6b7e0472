import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ApiModel } from "../model/api-model.js";
import type { FileLayout } from "./declaration-spans.js";
import { emitIndex } from "./emit-index.js";
import { emitModule, type ModuleOptions } from "./emit-module.js";
import { emitOData, odataFile } from "./emit-odata.js";
import { planFolders } from "./folder-plan.js";
import { emitFolderIndex } from "./emit-folder-index.js";
import { emitTypeFile } from "./emit-type-file.js";
import { buildHierarchy } from "./hierarchy.js";
import { planNames, type ModulePlan } from "./name-plan.js";

/**
 * How the output is laid out: `namespace`, one module per namespace; `file-per-type`, a
 * folder per namespace with a file per type or enum and an `index.ts`.
 */
export type Layout = "namespace" | "file-per-type";

/** Options that shape the whole output. */
export interface EmitOptions extends ModuleOptions {
  /** Defaults to `namespace`. */
  layout?: Layout;
}

/**
 * Generated files by path (`/`-separated), in path order, and what naming had to change;
 * with a print cache, also where the declarations of each namespace module lie.
 */
export interface EmitResult {
  files: Map<string, string>;
  diagnostics: Diagnostic[];
  layouts: Map<string, FileLayout>;
}

/**
 * Emit the whole model: the namespaces in the chosen layout, `odata.ts`, and an `index.ts`
 * re-exporting them.
 */
export function emitFiles(model: ApiModel, options: EmitOptions): EmitResult {
  const diagnostics: Diagnostic[] = [];
  const plan = planNames(model, diagnostics);
  const hierarchy = buildHierarchy(model);
  const files = new Map<string, string>();
  const layouts = new Map<string, FileLayout>();
  const folders = options.layout === "file-per-type" ? planFolders(plan) : undefined;
  const specifierOf = (module: ModulePlan) =>
    folders
      ? `./${folders.get(module)!.folder}/index.js`
      : `./${module.file.replace(/\.ts$/, ".js")}`;

  if (folders) {
    for (const folder of folders.values()) {
      for (const [key, file] of folder.fileOf) {
        const text = emitTypeFile(key, folders, model, plan, hierarchy, options);
        files.set(`${folder.folder}/${file}`, text);
      }
      files.set(`${folder.folder}/index.ts`, emitFolderIndex(folder));
    }
  } else {
    for (const module of plan.modules) {
      const { text, layout } = emitModule(module, model, plan, hierarchy, options);
      files.set(module.file, text);
      if (layout) layouts.set(module.file, layout);
    }
  }
  files.set(odataFile, emitOData(model, plan, specifierOf, options.odataType, options.printCache));
  files.set("index.ts", emitIndex(plan, specifierOf, `./${odataFile.replace(/\.ts$/, ".js")}`));

  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    diagnostics,
    layouts,
  };
}
