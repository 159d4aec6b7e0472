import type { Table } from "mdast";
import { createDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { en } from "../lexicon/en.js";
import { detectLocale } from "../lexicon/detect-locale.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { parseMarkdown } from "../parse/parse-markdown.js";
import { parsePage } from "../parse/parse-page.js";
import { resolveLinkReferences } from "../parse/resolve-link-references.js";
import { keepOneLanguage } from "../parse/side-by-side.js";
import { readDerivedTypes } from "./derived-types.js";
import { readEnumLists } from "./enum-lists.js";
import { readMethodNames } from "./method-names.js";
import { readFrontMatter } from "./front-matter.js";
import { matchProperties } from "./match-properties.js";
import type { PageExtract, ResourceExtract } from "./page-extract.js";
import { readBaseSentence, readPageIntro } from "./page-intro.js";
import { readPropertyTable, type PropertyRow } from "./property-table.js";
import { findResourceBlocks, type ResourceBlock } from "./resource-block.js";
import { splitSections, type Section } from "./sections.js";
import { readTable, type TableRows } from "./table-rows.js";
import { readValueTables } from "./value-tables.js";

/** What one page is read from. */
export interface PageSource {
  /** Path as the user gave it, used in diagnostics. */
  file: string;
  text: string;
  /** A locale that overrides detection (`--locale`). */
  locale?: string;
  /** Parse prose that extraction does not read too (slower; the extract is the same). */
  wholePage?: boolean;
}

/**
 * Read everything one page says about types: resources with their properties, and enums.
 */
export function extractPage(source: PageSource): PageExtract {
  const diagnostics: Diagnostic[] = [];
  const { file } = source;

  // 1. Parse, read front matter, pick the language.
  const root = source.wholePage ? parseMarkdown(source.text) : parsePage(source.text);
  resolveLinkReferences(root);
  if (source.text.includes("sxs-lookup")) keepOneLanguage(root);
  const frontMatter = readFrontMatter(root, file, diagnostics);
  const lexicon = detectLocale({
    text: source.text,
    contentLocale: frontMatter.contentLocale,
    forced: source.locale,
  });

  // 2. Cut into sections; read the intro and the resource blocks.
  const sections = splitSections(root, lexicon, source.text);
  const firstSection = sections.findIndex((section) => section.depth >= 2);
  const lead = firstSection === -1 ? sections : sections.slice(0, firstSection);
  const intro = readPageIntro(
    lead.flatMap((section) => section.nodes),
    lexicon,
  );
  const blocks = findResourceBlocks(root.children, file, diagnostics);

  // 3. Read property tables and give each to the block it describes.
  const rowsByBlock = blocks.map((): PropertyRow[] => []);
  const looseRows: PropertyRow[] = [];
  const propertyTableLines = new Set<number>();
  for (const { section, table } of propertyTables(sections, blocks, lexicon)) {
    propertyTableLines.add(table.position.line);
    const navigation =
      section.kind === "relationships" || isRelationshipHeader(table.headers[0], lexicon);
    const rows = readPropertyTable(table, navigation, lexicon, file, diagnostics);
    const owner = ownerOf(table, blocks);
    (owner === undefined ? looseRows : rowsByBlock[owner]!).push(...rows);
  }
  if (blocks.length === 1) rowsByBlock[0]!.push(...looseRows);

  // 4. Pair rows with JSON keys, then read enum lists.
  const methodNames = readMethodNames(source.text);
  const title = sections.find((section) => section.depth === 1)?.title ?? frontMatter.title ?? "";
  const resources: ResourceExtract[] = blocks.map((block, index) => ({
    odataType: casedLikeTitle(block.odataType, title),
    ...(block.baseType ? { baseType: block.baseType } : {}),
    ...(block.keyProperty ? { keyProperty: block.keyProperty } : {}),
    abstract: block.abstract,
    openType: block.openType,
    position: block.position,
    properties: matchProperties(
      rowsByBlock[index]!,
      block.keys,
      {
        optionalNames: block.optionalProperties,
        methodNames,
        namesMayLookUntranslated: lexicon.locale !== en.locale && lexicon.latinScript,
      },
      file,
      diagnostics,
    ),
  }));
  const enums = readEnumLists(sections, title, intro.namespace, file, diagnostics);
  if (resources.length === 0 && enums.length === 0) {
    diagnostics.push(
      createDiagnostic(
        "GT103",
        file,
        undefined,
        "page holds no resource block, enum list or enum page",
      ),
    );
  }

  const extract: PageExtract = {
    file,
    pageKey: pageKeyOf(file),
    locale: lexicon.locale,
    hasMethods: sections.some((section) => section.kind === "methods"),
    derivedTypes: [...intro.derivedTypes, ...readDerivedTypes(sections)],
    introLinks: intro.links,
    resources,
    enums,
    diagnostics,
  };
  if (frontMatter.product) extract.product = frontMatter.product;
  if (intro.namespace) extract.namespace = intro.namespace;
  if (intro.description) extract.description = intro.description;
  const inheritsFrom =
    intro.inheritsFrom ??
    readBaseSentence(
      sections.find((section) => section.kind === "properties")?.nodes ?? [],
      lexicon,
    );
  if (inheritsFrom) extract.inheritsFrom = inheritsFrom;
  const values = readValueTables(sections, propertyTableLines);
  if (values.length > 0) extract.valueTables = values;
  return extract;
}

/**
 * An annotation that writes its type in lower case takes the case of the title's word for
 * it, when that word is camel case:
 *
 * ```markdown
 * # teamsAsyncOperation resource type
 * <!-- { "blockType": "resource", "@odata.type": "microsoft.graph.teamsasyncoperation" } -->
 * ```
 */
function casedLikeTitle(odataType: string, title: string): string {
  const dot = odataType.lastIndexOf(".");
  const name = odataType.slice(dot + 1);
  if (name !== name.toLowerCase()) return odataType;
  const word = title
    .split(/[^\w]+/)
    .find((word) => word.toLowerCase() === name && /^[a-z]\w*[A-Z]/.test(word));
  return word ? odataType.slice(0, dot + 1) + word : odataType;
}

/**
 * The tables that list properties: those whose headers say name and type, and those whose
 * first column names the JSON keys; under a properties or relationships heading where no
 * table says so, all of its tables. A second table under Properties that explains values
 * (`| Pre-set constant | Color mapped to |`) is left alone.
 */
function* propertyTables(
  sections: readonly Section[],
  blocks: readonly ResourceBlock[],
  lexicon: Lexicon,
) {
  const keys = new Set(blocks.flatMap((block) => block.keys.map((key) => key.key.toLowerCase())));

  for (const section of sections) {
    if (section.kind === "methods" || section.kind === "enum" || section.kind === "members")
      continue;
    const tables = section.nodes
      .filter((node): node is Table => node.type === "table")
      .map(readTable)
      .filter((table) => table.headers.length >= 2);

    // Tables that say what they are, by a Type header or by naming JSON keys; under a
    // properties heading, every table when none does (a language no lexicon knows).
    const telling = tables.filter(
      (table) => isTypeHeader(table.headers[1], lexicon) || namesKeys(table, keys),
    );
    const bySection = section.kind === "properties" || section.kind === "relationships";
    for (const table of telling.length > 0 || !bySection ? telling : tables)
      yield { section, table };
  }
}

function isTypeHeader(header: string | undefined, lexicon: Lexicon): boolean {
  return (
    header !== undefined &&
    (lexicon.columns.type.includes(header) || en.columns.type.includes(header))
  );
}

function isRelationshipHeader(header: string | undefined, lexicon: Lexicon): boolean {
  return (
    header !== undefined &&
    (lexicon.columns.relationship.includes(header) || en.columns.relationship.includes(header))
  );
}

/** At least half the rows (and two or more) name a JSON key. */
function namesKeys(table: TableRows, keys: ReadonlySet<string>): boolean {
  const named = table.rows.filter((row) => {
    const first = row.cells[0]?.[0];
    return (
      first !== undefined &&
      first.kind !== "link" &&
      keys.has(first.value.trim().replace(/[`*]/g, "").toLowerCase())
    );
  });
  return named.length >= 2 && named.length * 2 >= table.rows.length;
}

/** The block a table belongs to: the only one, else the first block after the table. */
function ownerOf(table: TableRows, blocks: readonly ResourceBlock[]): number | undefined {
  if (blocks.length === 0) return undefined;
  if (blocks.length === 1) return 0;
  const after = blocks.findIndex((block) => block.position.line > table.position.line);
  return after === -1 ? blocks.length - 1 : after;
}

/** `docs/resources/ResultInfo.md` gives `resultinfo`. */
export function pageKeyOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(md|markdown|txt)$/i, "").toLowerCase();
}
