/** Edm primitive types as the docs name them, the targets of every type word. */
export const primitiveNames = [
  "String",
  "Boolean",
  "Byte",
  "SByte",
  "Int16",
  "Int32",
  "Int64",
  "Single",
  "Double",
  "Decimal",
  "DateTimeOffset",
  "DateTime",
  "Date",
  "TimeOfDay",
  "Duration",
  "Guid",
  "Binary",
  "Stream",
  "Json",
] as const;

/** One Edm primitive type. */
export type PrimitiveName = (typeof primitiveNames)[number];

/**
 * The words of one language that the extractors need, in one table.
 *
 * Every phrase is written in lower case; matching folds case and white space. Patterns use
 * `{type}` or `{name}` for the part that is not translated.
 */
export interface Lexicon {
  /** BCP 47 tag as front matter spells it in `ms.contentlocale`, such as `ru-RU`. */
  locale: string;
  /**
   * Written in Latin letters, so that a translated name can look like an identifier
   * (`dispositivo` for `device`); in other scripts a name that looks like one was kept.
   */
  latinScript: boolean;
  /** Section headings, without the `<a name>` anchor translated pages carry. */
  headings: {
    properties: string[];
    relationships: string[];
    jsonRepresentation: string[];
    members: string[];
    methods: string[];
    /** A section listing the types that derive from the page's type. */
    derivedTypes: string[];
  };
  /** Table column headers. */
  columns: {
    property: string[];
    relationship: string[];
    type: string[];
    description: string[];
    member: string[];
    value: string[];
  };
  /** Translated type words and their Edm primitive, such as `логический` for Boolean. */
  primitives: Record<string, PrimitiveName>;
  /**
   * How a collection of `{type}` is written, such as `{type} collection` or
   * `коллекция объектов {type}`.
   */
  collectionPatterns: string[];
  /** Words joining alternative types: `[A](a.md) or [B](b.md)`. */
  alternatives: string[];
  /** Phrases in a description marking a property read-only. */
  readOnly: string[];
  /** Phrases marking a property nullable. */
  nullable: string[];
  /** Phrases marking a property not nullable; checked before {@link Lexicon.nullable}. */
  notNullable: string[];
  /** Phrases introducing a list of backticked values, such as `possible values are`. */
  possibleValues: string[];
  /**
   * Phrases introducing a base type link, such as `inherits from`; one written after
   * `{type}` follows the link, such as `{type} から継承`.
   */
  inheritsFrom: string[];
  /** Labels of the `Namespace: microsoft.graph` line. */
  namespaceLabel: string[];
  /** Enum list headings, such as `{name} values` or `значения {name}`. */
  enumValuesHeadings: string[];
  /**
   * Enum members common across Graph that machine translation turns into words, and the
   * member each word stands for: `нет` for `none`, `ausstehend` for `pending`.
   */
  memberWords: Record<string, string>;
  /** Frequent words of the language, used to guess the locale of a page without front matter. */
  detectionWords: string[];
}
