import type { Diagnostic, Position } from "../diagnostics/diagnostic.js";
import type { PrimitiveName } from "../lexicon/lexicon.js";

/**
 * Everything one page contributes, before pages are linked to each other.
 *
 * A page extract is plain data: it can be cached by the page's content hash and built in a
 * worker.
 */
export interface PageExtract {
  /** Path of the page as the user gave it. */
  file: string;
  /** Base name of the page in lower case without `.md`, the key links point at. */
  pageKey: string;
  locale: string;
  /** The front matter's `ms.prod`: the docs set, whose enums share one convention. */
  product?: string;
  /** `microsoft.graph` or a sub-namespace, from the `Namespace:` line. */
  namespace?: string;
  /** A base type named by an "Inherits from [x](x.md)" sentence. */
  inheritsFrom?: TypeLink;
  /** Types a "Derived types" section links to. */
  derivedTypes: TypeLink[];
  /** Every link of the paragraphs under the title: a base may be among them. */
  introLinks: TypeLink[];
  /** The page lists methods (operations), which only entity types have. */
  hasMethods: boolean;
  /** The page's lead description paragraph. */
  description?: string;
  resources: ResourceExtract[];
  enums: EnumExtract[];
  /** First columns of tables that list values, not properties (`| None | Цвет не задан |`). */
  valueTables?: string[][];
  diagnostics: Diagnostic[];
}

/** A link to a type: its text and, when linked, the target page key and anchor. */
export interface TypeLink {
  text: string;
  /** Page key of the link target (`resultinfo` for `../resources/resultinfo.md`). */
  page?: string;
  /** Anchor of the link target without `#` (`calltype-values`). */
  anchor?: string;
}

/** One resource block: its annotation, its JSON keys and the table rows matched to them. */
export interface ResourceExtract {
  /** Full name as the annotation writes it, without `#`: `microsoft.graph.user`. */
  odataType: string;
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  /** The annotation's `keyProperty`: the type is an entity with that key. */
  keyProperty?: string;
  position: Position;
  properties: PropertyExtract[];
}

/** One property of a resource, with its type as far as one page can tell. */
export interface PropertyExtract {
  /** The property name exactly as the JSON block (or, failing that, the table) writes it. */
  name: string;
  type: PropertyType;
  description?: string;
  readOnly: boolean;
  nullable: boolean;
  /** Listed in a relationships table. */
  navigation: boolean;
  /** Values the page lists for the property (JSON `a | b` or "possible values"), if any. */
  values?: string[];
  /** Every backticked word of the description, clues for restoring translated enum members. */
  codeWords?: string[];
  /** Runs of code spans in the description (`a`, `b` or `c`), likewise clues. */
  valueRuns?: string[][];
  position: Position;
}

/** A property type: one or more alternatives, possibly a collection. */
export interface PropertyType {
  collection: boolean;
  alternatives: TypeTerm[];
  /** A link stood among words no lexicon knows, which may have said "collection of". */
  unreadWords?: boolean;
}

/** One alternative of a property type. */
export type TypeTerm =
  | { kind: "primitive"; name: PrimitiveName }
  | { kind: "named"; link: TypeLink }
  | { kind: "values"; values: string[] }
  | { kind: "json" };

/** An enum list: a `### x values` section, an enum page or a members table. */
export interface EnumExtract {
  name: string;
  /** True when the name came from an anchor and its case is lost (`calltype`). */
  lowercaseName: boolean;
  namespace?: string;
  members: string[];
  description?: string;
  position: Position;
}
