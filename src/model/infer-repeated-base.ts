import type { PropertyModel, TypeModel } from "./api-model.js";
import { descendsFrom } from "./ancestry.js";
import { appendTo } from "./append-to.js";
import type { Registry } from "./registry.js";

/** Properties a type must have for others repeating them all to tell a base. */
const minimumShared = 3;

/** Types that must repeat a base's properties before it is taken for their base. */
const minimumFamily = 2;

/**
 * Give types whose pages name no base the type whose properties a family of them repeats:
 * pages of derived types often list every inherited property and say nothing else.
 *
 * ```markdown
 * commsOperation:             clientContext, id, resultInfo, status
 * muteParticipantOperation:   clientContext, id, resultInfo, status
 * inviteParticipantsOperation: clientContext, id, participants, resultInfo, status
 * ```
 *
 * A candidate has at least three properties, all of which the type repeats with the same
 * types, and its name ends in the same word (`…Operation`). Properties point at bases, not at
 * derived types: a type some property points at is left alone, and a candidate with as many
 * properties as the type must be pointed at. Among candidates the one with most properties
 * wins, then the only one pointed at; it becomes the base only when two or more types choose
 * it, as siblings do.
 */
export function inferRepeatedBases(registry: Registry): void {
  const types = [...registry.model.types.values()].filter((type) => !type.placeholder);
  const shapes = new Map<TypeModel, Set<string>>();
  const shapeOfType = (type: TypeModel): Set<string> => {
    const known = shapes.get(type);
    if (known) return known;
    const shape = new Set(type.properties.map(shapeOf));
    shapes.set(type, shape);
    return shape;
  };
  const pointedAt = targetsOfProperties(types);
  const byLastWord = new Map<string, TypeModel[]>();
  for (const type of types.filter((type) => type.properties.length >= minimumShared))
    appendTo(byLastWord, lastWord(type.name), type);

  const chosen = new Map<TypeModel, TypeModel>();
  for (const type of types) {
    if (type.base || pointedAt.has(type.key)) continue;
    const candidates = (byLastWord.get(lastWord(type.name)) ?? []).filter(
      (candidate) =>
        candidate !== type &&
        candidate.properties.length <= type.properties.length &&
        (candidate.properties.length < type.properties.length || pointedAt.has(candidate.key)) &&
        [...shapeOfType(candidate)].every((property) => shapeOfType(type).has(property)),
    );
    const best = mostSpecific(candidates, pointedAt);
    if (best && !descendsFrom(registry, best.key, type.key)) chosen.set(type, best);
  }

  const families = new Map<TypeModel, number>();
  for (const base of chosen.values()) families.set(base, (families.get(base) ?? 0) + 1);
  for (const [type, base] of chosen) {
    if (families.get(base)! >= minimumFamily) type.base = base.key;
  }
}

/** A property's name and resolved type, as one comparable string. */
function shapeOf(property: PropertyModel): string {
  return JSON.stringify([property.name, property.type.collection, property.type.alternatives]);
}

function targetsOfProperties(types: readonly TypeModel[]): Set<string> {
  const targets = new Set<string>();
  for (const type of types)
    for (const property of type.properties)
      for (const term of property.type.alternatives)
        if (term.kind === "type" && term.key !== type.key) targets.add(term.key);
  return targets;
}

/** The candidate with most properties, then the only one properties point at. */
function mostSpecific(
  candidates: readonly TypeModel[],
  pointedAt: ReadonlySet<string>,
): TypeModel | undefined {
  const most = Math.max(...candidates.map((candidate) => candidate.properties.length));
  const widest = candidates.filter((candidate) => candidate.properties.length === most);
  if (widest.length === 1) return widest[0];
  const pointed = widest.filter((candidate) => pointedAt.has(candidate.key));
  return pointed.length === 1 ? pointed[0] : undefined;
}

/** The last word of a camel-case name, lower case: `operation` of `commsOperation`. */
function lastWord(name: string): string {
  return (/[A-Z][^A-Z]*$/.exec(name)?.[0] ?? name).toLowerCase();
}
