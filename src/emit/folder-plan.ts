import type { FolderPlan } from "./emit-type-file.js";
import type { ModulePlan, NamePlan } from "./name-plan.js";

/**
 * Lay out the file-per-type output: a folder per namespace, named like its module file
 * (`graph`, `call-records`), and a kebab-case file per type or enum (`result-info.ts`).
 *
 * File names are unique per folder without regard to case, so the output can be checked out
 * on case-insensitive file systems; `index.ts` is kept for the folder's index.
 */
export function planFolders(plan: NamePlan): Map<ModulePlan, FolderPlan> {
  const folders = new Map<ModulePlan, FolderPlan>();

  for (const module of plan.modules) {
    const taken = new Set(["index"]);
    const fileOf = new Map<string, string>();
    const keys = [...module.typeKeys, ...module.enumKeys].sort((a, b) => (a < b ? -1 : 1));
    for (const key of keys) {
      const base = kebabCase(plan.nameOf.get(key)!);
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
      taken.add(name);
      fileOf.set(key, `${name}.ts`);
    }
    folders.set(module, { module, folder: module.file.replace(/\.ts$/, ""), fileOf });
  }

  return folders;
}

/** `CancelMediaProcessingOperation` → `cancel-media-processing-operation`. */
function kebabCase(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return words === "" ? "type" : words;
}
