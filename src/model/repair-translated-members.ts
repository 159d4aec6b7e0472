import { createDiagnostic } from "../diagnostics/diagnostic.js";
import { findLexicon } from "../lexicon/index.js";
import { normalizePhrase } from "../lexicon/normalize.js";
import type { PageExtract, PropertyExtract, ResourceExtract } from "../extract/page-extract.js";
import { alignMembers, isDamaged, type AlignmentMode } from "./align-members.js";
import { keyOf, rootNamespace, splitQualifiedName, type EnumModel } from "./api-model.js";
import { appendTo } from "./append-to.js";
import type { Registry } from "./registry.js";
import { adoptCase, resolveReference } from "./resolve-reference.js";
import { sentinel } from "./resolve-values.js";

const englishLocale = /^en\b/i;

/** Members so common across enums that sharing them says nothing about identity. */
const generic = new Set([sentinel, "unknown", "none", "other", "default", "notset"]);

/** A list of values a page keeps in code, with the enum its property refers to. */
interface ValueList {
  values: string[];
  /** The values in lower case. */
  folded: Set<string>;
  mode: AlignmentMode;
  linked?: string;
}

/**
 * Restore enum members that machine translation changed, from the value lists that survive
 * translation: backticked "possible values", runs of code spans, `a | b` JSON placeholders.
 *
 * ```markdown
 * ### <a name="lifecycleeventtype-values"></a>значения lifecycleEventType
 * |пропущено|            ← `missed`, as a property elsewhere lists it: `missed`, `subscriptionRemoved`
 * ```
 *
 * Translated members are paired with the unknown values of the lists of properties that
 * refer to the enum (see `alignMembers`), and every such list must agree; failing those, with
 * a list that holds every intact member and two members few enums share. A member no list
 * restores that the page language's lexicon knows as the word for a common member takes it
 * (`нет` is `none`); the rest are left out and reported.
 */
export function repairTranslatedMembers(registry: Registry, pages: readonly PageExtract[]): void {
  const pageOf = new Map(pages.map((page) => [page.file, page]));
  const translated = [...registry.model.enums.values()].flatMap((list) => {
    const words = memberWordsOf(pageOf, list.sources);
    const changed = (member: string) =>
      isDamaged(member) || words?.[normalizePhrase(member)] !== undefined;
    return words && list.members.some(changed) ? [{ list, words }] : [];
  });
  if (translated.length === 0) return;

  const lists = valueLists(registry, pages);
  const byValue = new Map<string, ValueList[]>();
  const byEnum = new Map<string, ValueList[]>();
  for (const list of lists) {
    for (const value of list.folded) appendTo(byValue, value, list);
    if (list.linked !== undefined) appendTo(byEnum, list.linked, list);
  }
  for (const { list, words } of translated) {
    const restored =
      agreedRestoration(list.members, byEnum.get(list.key) ?? []) ??
      shapeRestoration(list.members, byValue);
    replaceMembers(registry, list, restored ?? new Map(), words);
  }
}

/** The member words of the first translated page among `files`; undefined when none is. */
function memberWordsOf(
  pageOf: ReadonlyMap<string, PageExtract>,
  files: readonly string[],
): Readonly<Record<string, string>> | undefined {
  for (const file of files) {
    const page = pageOf.get(file);
    if (page === undefined || englishLocale.test(page.locale)) continue;
    return findLexicon(page.locale)?.memberWords ?? {};
  }
  return undefined;
}

/**
 * Every value list of every property, with the enum its type refers to when it does, and the
 * tables of values pages hold beside their properties.
 */
function valueLists(registry: Registry, pages: readonly PageExtract[]): ValueList[] {
  const lists: ValueList[] = [];

  for (const page of pages) {
    for (const resource of page.resources) {
      for (const property of resource.properties) {
        const target = referredEnum(registry, page, resource, property);
        const linked = target ? { linked: target } : {};
        const add = (values: string[] | undefined, mode: AlignmentMode) => {
          if (values && values.length > 0)
            lists.push({ values, folded: foldAll(values), mode, ...linked });
        };
        add(property.values, "gaps");
        for (const run of property.valueRuns ?? []) add(run, "gaps");
        add(property.codeWords, "exact");
      }
    }
    for (const values of page.valueTables ?? [])
      lists.push({ values, folded: foldAll(values), mode: "exact" });
  }

  return lists;
}

function foldAll(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => value.toLowerCase()));
}

/**
 * The enum a property's type refers to: by link or name, or for a bare list of values, the
 * enum named for the type and property as an inline list would be (`userFeedback` `rating`
 * gives `userFeedbackRating`, whose case an enum known only by its anchor then takes).
 */
function referredEnum(
  registry: Registry,
  page: PageExtract,
  resource: ResourceExtract,
  property: PropertyExtract,
): string | undefined {
  const namespace = page.namespace ?? rootNamespace;
  const term = property.type.alternatives.find(
    (alternative) => alternative.kind === "named" || alternative.kind === "values",
  );

  if (term?.kind === "named") {
    const target = resolveReference(registry, term.link, { pageKey: page.pageKey, namespace });
    return target?.kind === "enum" ? target.key : undefined;
  }
  if (term?.kind !== "values") return undefined;
  const type = splitQualifiedName(resource.odataType, namespace);
  const name = type.name + upperFirst(property.name);
  const key = keyOf(type.namespace, name);
  if (registry.model.enums.get(key)?.inline !== false) return undefined;
  adoptCase(registry, { kind: "enum", key }, name);
  return key;
}

function upperFirst(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The restoration the lists of referring properties give, if they give one and agree. */
function agreedRestoration(
  members: readonly string[],
  lists: readonly ValueList[],
): Map<string, string> | undefined {
  const restored = new Map<string, string>();
  const disputed = new Set<string>();

  for (const list of lists) {
    for (const [member, value] of alignMembers(members, list.values, list.mode)) {
      const earlier = restored.get(member);
      if (earlier !== undefined && earlier.toLowerCase() !== value.toLowerCase())
        disputed.add(member);
      else restored.set(member, earlier ?? value);
    }
  }
  for (const member of disputed) restored.delete(member);
  return restored.size > 0 ? restored : undefined;
}

/**
 * A list of any property that holds every intact member, two of them telling ones; the
 * lists are looked up by a telling member (`byValue`, folded values to lists in page order).
 */
function shapeRestoration(
  members: readonly string[],
  byValue: ReadonlyMap<string, readonly ValueList[]>,
): Map<string, string> | undefined {
  const intact = members.filter(
    (member) => !isDamaged(member) && member.toLowerCase() !== sentinel,
  );
  const telling = intact.filter((member) => !generic.has(member.toLowerCase()));
  if (telling.length < 2) return undefined;

  for (const list of byValue.get(telling[0]!.toLowerCase()) ?? []) {
    if (!intact.every((member) => list.folded.has(member.toLowerCase()))) continue;
    const restored = alignMembers(members, list.values, "exact");
    if (restored.size === members.filter(isDamaged).length) return restored;
  }
  return undefined;
}

function replaceMembers(
  registry: Registry,
  list: EnumModel,
  restored: ReadonlyMap<string, string>,
  words: Readonly<Record<string, string>>,
): void {
  const seen = new Set<string>();
  const damaged: string[] = [];
  const read: string[] = [];
  const fromWord = (member: string) => {
    const phrase = normalizePhrase(member);
    const common = Object.hasOwn(words, phrase) ? words[phrase] : undefined;
    if (common !== undefined) read.push(`'${member}' as '${common}'`);
    return common;
  };

  list.members = list.members
    .map((member) => restored.get(member) ?? fromWord(member) ?? member)
    .filter((member) => {
      if (isDamaged(member)) damaged.push(member);
      const folded = member.toLowerCase();
      if (isDamaged(member) || seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });

  if (read.length > 0)
    registry.diagnostics.push(
      createDiagnostic(
        "GT307",
        list.sources[0] ?? "",
        undefined,
        `enum '${list.name}': translated member(s) read by the words they stand for: ${read.join(", ")}`,
      ),
    );
  if (damaged.length === 0) return;
  registry.diagnostics.push(
    createDiagnostic(
      "GT306",
      list.sources[0] ?? "",
      undefined,
      `enum '${list.name}': translated member(s) ${damaged.map((member) => `'${member}'`).join(", ")} match no value list of the inputs; left out`,
    ),
  );
}
