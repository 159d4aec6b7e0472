import { isDeepStrictEqual } from "node:util";
import type { PageExtract } from "../extract/page-extract.js";
import type { ApiModel, DescriptionSource } from "./api-model.js";

/** Declarations of a model, by kind: type keys and enum keys. */
export interface DeclarationKeys {
  types: Set<string>;
  enums: Set<string>;
}

/**
 * Give a linked model the descriptions of newer extracts of some of its pages, in place:
 * every description taken from one of `pages` is read again from where it was taken. The
 * extracts must differ from the ones the model was built from in description text only.
 */
export function applyDescriptions(model: ApiModel, pages: ReadonlyMap<string, PageExtract>): void {
  const described = [
    ...model.types.values(),
    ...[...model.types.values()].flatMap((type) => type.properties),
    ...model.enums.values(),
  ];
  for (const item of described) {
    const page = item.describedBy && pages.get(item.describedBy.file);
    if (!page) continue;
    const text = descriptionAt(page, item.describedBy!);
    if (text) item.description = text;
    else delete item.description;
  }
}

/** The types and enums whose printed text holds a description taken from one of `files`. */
export function declarationsDescribedBy(
  model: ApiModel,
  files: ReadonlySet<string>,
): DeclarationKeys {
  const from = (item: { describedBy?: DescriptionSource }) =>
    item.describedBy !== undefined && files.has(item.describedBy.file);
  const keys: DeclarationKeys = { types: new Set(), enums: new Set() };

  for (const type of model.types.values()) {
    if (from(type) || type.properties.some(from)) keys.types.add(type.key);
  }
  for (const list of model.enums.values()) if (from(list)) keys.enums.add(list.key);
  return keys;
}

function descriptionAt(page: PageExtract, source: DescriptionSource): string | undefined {
  switch (source.kind) {
    case "page":
      return page.description;
    case "property":
      return page.resources[source.resource]?.properties[source.property]?.description;
    case "enum":
      return page.enums[source.list]?.description;
  }
}

/** Whether two extracts of a page differ in description text only, if at all. */
export function differInDescriptionsOnly(a: PageExtract, b: PageExtract): boolean {
  return isDeepStrictEqual(withoutDescriptionText(a), withoutDescriptionText(b));
}

/**
 * The extract with each description replaced by whether there is one, as linking sees it: a
 * model keeps only descriptions that are not empty.
 */
function withoutDescriptionText(extract: PageExtract): object {
  const blank = <T extends { description?: string }>(item: T): object => ({
    ...(item as object),
    description: Boolean(item.description),
  });
  return {
    ...blank(extract),
    resources: extract.resources.map((resource) => ({
      ...resource,
      properties: resource.properties.map(blank),
    })),
    enums: extract.enums.map(blank),
  };
}
