import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ApiModel } from "../model/api-model.js";
import type { DeclarationKeys } from "../model/describe.js";
import { replaceDeclarations, spanKey, type FileLayout } from "./declaration-spans.js";
import { emitEnum } from "./emit-enum.js";
import type { EmitOptions, EmitResult } from "./emit-files.js";
import { emitInterface } from "./emit-interface.js";
import { buildHierarchy } from "./hierarchy.js";
import { planNames, type ModulePlan } from "./name-plan.js";
import { printStatements } from "./printed-text.js";
import type { ModuleScope } from "./type-text.js";

/** The files of an earlier emit and where their declarations lie. */
export interface EarlierEmit {
  files: ReadonlyMap<string, string>;
  layouts: ReadonlyMap<string, FileLayout>;
}

/**
 * Emit a model by printing only some declarations again into the files of an earlier emit,
 * when the model differs from the one emitted then in those declarations' descriptions only:
 * names, modules, imports and every other declaration are then as they were.
 *
 * Undefined when a declaration to print has no place in the earlier files (a layout without
 * declaration spans): the whole model must be emitted.
 */
export function reprintDeclarations(
  model: ApiModel,
  earlier: EarlierEmit,
  changed: DeclarationKeys,
  options: EmitOptions,
): EmitResult | undefined {
  const diagnostics: Diagnostic[] = [];
  const plan = planNames(model, diagnostics);
  const hierarchy = buildHierarchy(model);
  const modulesByFile = new Map(plan.modules.map((module) => [module.file, module]));
  const files = new Map(earlier.files);
  const layouts = new Map(earlier.layouts);
  let placed = 0;

  for (const [file, layout] of earlier.layouts) {
    const due = layout.spans.filter((span) =>
      (span.kind === "type" ? changed.types : changed.enums).has(span.key),
    );
    if (due.length === 0) continue;
    const module = modulesByFile.get(file);
    const text = earlier.files.get(file);
    if (module === undefined || text === undefined) return undefined;

    const imports = new Map<ModulePlan, string>();
    for (const [target, alias] of layout.aliases) {
      const imported = modulesByFile.get(target);
      if (imported === undefined) return undefined;
      imports.set(imported, alias);
    }
    const scope: ModuleScope = { module, plan, imports, localNames: new Set() };
    const replacements = new Map<string, string>();
    for (const span of due) {
      const type = span.kind === "type" ? model.types.get(span.key) : undefined;
      const list = span.kind === "enum" ? model.enums.get(span.key) : undefined;
      if (type === undefined && list === undefined) return undefined;
      const statements = type
        ? [emitInterface(type, model, hierarchy, scope, options)]
        : emitEnum(list!, plan.nameOf.get(span.key)!, options.enumStyle);
      replacements.set(spanKey(span), printStatements(statements));
    }
    // A reference the earlier module did not import would change its imports too.
    if (imports.size !== layout.aliases.length) return undefined;
    const replaced = replaceDeclarations(text, layout.spans, replacements);
    files.set(file, replaced.text);
    layouts.set(file, { spans: replaced.spans, aliases: layout.aliases });
    placed += due.length;
  }

  if (placed !== changed.types.size + changed.enums.size) return undefined;
  return { files, diagnostics, layouts };
}
