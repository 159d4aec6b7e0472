import { createDiagnostic } from "../diagnostics/diagnostic.js";
import type { PageExtract } from "../extract/page-extract.js";
import type { EnumModel } from "./api-model.js";
import type { Registry } from "./registry.js";
import { resolveReference } from "./resolve-reference.js";
import { sentinel } from "./resolve-values.js";

const englishLocale = /^en\b/i;

/** Members so common across enums that sharing them says nothing about identity. */
const generic = new Set([sentinel, "unknown", "none", "other", "default", "notset"]);

/**
 * Restore enum members that machine translation changed, from the value lists that survive
 * translation: backticked "possible values" and `a | b` JSON placeholders.
 *
 * ```markdown
 * ### <a name="lifecycleeventtype-values"></a>значения lifecycleEventType
 * |пропущено|            ← `missed`, as a property elsewhere lists it: `missed`, `subscriptionRemoved`
 * ```
 *
 * A list from a translated page is repaired from the value list of a property that links to
 * it, else from a value list of the same length that holds every member the translation left
 * alone. Members no list can restore are left out and reported.
 */
export function repairTranslatedMembers(registry: Registry, pages: readonly PageExtract[]): void {
  const translated = [...registry.model.enums.values()].filter((list) =>
    list.sources.some((file) => isTranslatedSource(pages, file)),
  );
  if (translated.length === 0) return;

  // 1. Value lists, with the enum their property links to when it does.
  const lists: { values: string[]; linked?: string }[] = [];
  for (const page of pages) {
    for (const resource of page.resources) {
      for (const property of resource.properties) {
        const values = property.values ?? property.codeWords;
        if (!values) continue;
        const term = property.type.alternatives.find((alternative) => alternative.kind === "named");
        const target =
          term?.kind === "named"
            ? resolveReference(registry, term.link, {
                pageKey: page.pageKey,
                namespace: page.namespace ?? "microsoft.graph",
              })
            : undefined;
        lists.push({
          values,
          ...(target?.kind === "enum" ? { linked: target.key } : {}),
        });
      }
    }
  }

  // 2. Repair each translated list from the best value list.
  for (const list of translated) {
    const candidates = lists
      .filter((candidate) => candidate.linked === list.key)
      .map((candidate) => candidate.values);
    const values =
      candidates.find((values) => fits(list.members, values, false)) ??
      lists.map((candidate) => candidate.values).find((values) => fits(list.members, values, true));
    if (values) replaceMembers(list, values);
    else dropDamaged(registry, list);
  }
}

function isTranslatedSource(pages: readonly PageExtract[], file: string): boolean {
  const page = pages.find((candidate) => candidate.file === file);
  return page !== undefined && !englishLocale.test(page.locale);
}

/** A member translation may have changed: anything that is not a plain ASCII word. */
function isDamaged(member: string): boolean {
  return !/^[A-Za-z0-9_.-]+$/.test(member);
}

/**
 * Same length (the sentinel aside), and every intact member present; matched by shape only,
 * at least two of them must be members few enums share.
 */
function fits(members: readonly string[], values: readonly string[], byShape: boolean): boolean {
  const folded = new Set(values.map((value) => value.toLowerCase()));
  const core = (list: readonly string[]) =>
    list.filter((item) => item.toLowerCase() !== sentinel).length;
  if (core(members) !== core(values)) return false;

  const intact = members.filter((member) => !isDamaged(member));
  const present = intact.filter((member) => folded.has(member.toLowerCase()));
  const telling = present.filter((member) => !generic.has(member.toLowerCase()));
  if (byShape && (telling.length < 2 || present.length < intact.length)) return false;
  return present.length === intact.length || present.length * 2 >= members.length;
}

function replaceMembers(list: EnumModel, values: readonly string[]): void {
  const folded = new Map(values.map((value) => [value.toLowerCase(), value]));
  const kept = new Set(
    list.members
      .filter((member) => folded.has(member.toLowerCase()))
      .map((member) => member.toLowerCase()),
  );
  const spare = values.filter(
    (value) => !kept.has(value.toLowerCase()) && value.toLowerCase() !== sentinel,
  );

  list.members = list.members.map(
    (member) =>
      folded.get(member.toLowerCase()) ??
      (member.toLowerCase() === sentinel ? member : (spare.shift() ?? member)),
  );
  list.members = [...new Set(list.members)].filter((member) => !isDamaged(member));
}

function dropDamaged(registry: Registry, list: EnumModel): void {
  const damaged = list.members.filter(isDamaged);
  if (damaged.length === 0) return;

  list.members = list.members.filter((member) => !isDamaged(member));
  registry.diagnostics.push(
    createDiagnostic(
      "GT306",
      list.sources[0] ?? "",
      undefined,
      `enum '${list.name}': translated member(s) ${damaged.map((member) => `'${member}'`).join(", ")} match no value list of the inputs; left out`,
    ),
  );
}
