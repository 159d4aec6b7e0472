import type { Heading, Root, RootContent } from "mdast";
import type { Position } from "../diagnostics/diagnostic.js";
import { en } from "../lexicon/en.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { normalizePhrase } from "../lexicon/normalize.js";
import { casedIn } from "./cased-in.js";
import { plainText } from "./inline-text.js";

/** What a section of a page holds, as far as its heading tells. */
export type SectionKind =
  | "intro"
  | "properties"
  | "relationships"
  | "json"
  | "members"
  | "methods"
  | "derived"
  | "enum"
  | "other";

/** A heading and the nodes up to the next heading. */
export interface Section {
  kind: SectionKind;
  /** For `enum` sections, and an enum page's title: the enum named by the heading. */
  enumName?: string;
  /** True when the enum name came from an anchor, in lower case. */
  lowercaseName?: boolean;
  title: string;
  depth: number;
  position: Position;
  nodes: RootContent[];
}

const anchorKinds: Record<string, SectionKind> = {
  properties: "properties",
  relationships: "relationships",
  "json-representation": "json",
  members: "members",
  methods: "methods",
  "derived-types": "derived",
};

/** Section kinds told by heading words, and the lexicon list that holds those words. */
const headingKinds: [SectionKind, keyof Lexicon["headings"]][] = [
  ["properties", "properties"],
  ["relationships", "relationships"],
  ["json", "jsonRepresentation"],
  ["members", "members"],
  ["methods", "methods"],
  ["derived", "derivedTypes"],
];

/**
 * Cut a page into sections at every heading and classify each.
 *
 * Translated pages keep the English anchor, which decides first; the heading's words decide
 * next, through the page's lexicon and English:
 *
 * ```markdown
 * ## <a name="properties"></a>Свойства
 * ### <a name="calltype-values"></a>значения callType
 * ```
 */
export function splitSections(root: Root, lexicon: Lexicon, text: string): Section[] {
  const sections: Section[] = [
    { kind: "intro", title: "", depth: 0, position: { line: 1, column: 1 }, nodes: [] },
  ];

  for (const node of root.children) {
    if (node.type === "heading") {
      sections.push(classifyHeading(node, lexicon, text));
      continue;
    }
    sections[sections.length - 1]!.nodes.push(node);
  }

  return sections;
}

function classifyHeading(heading: Heading, lexicon: Lexicon, text: string): Section {
  const title = plainText(heading).trim();
  const start = heading.position?.start;
  const section: Section = {
    kind: "other",
    title,
    depth: heading.depth,
    position: { line: start?.line ?? 0, column: start?.column ?? 0 },
    nodes: [],
  };

  // 1. The anchor that translated pages keep from the English heading.
  const anchor = anchorOf(heading);
  if (anchor && Object.hasOwn(anchorKinds, anchor)) {
    section.kind = anchorKinds[anchor]!;
    return section;
  }
  // An enum's values (`x-values`, `x-enumeration`), or the title of an enum page
  // (`x-enum-type`), whose name translation may have transliterated (`тип перечисления
  // ТеамспеЦиализатион`).
  const enumAnchor =
    /^(.+)-(?:values|enumeration)$/.exec(anchor ?? "") ?? /^(.+)-enum-type$/.exec(anchor ?? "");
  if (enumAnchor && (heading.depth === 1) === enumAnchor[0].endsWith("-enum-type")) {
    const lowered = enumAnchor[1]!;
    const inTitle = title.match(/[A-Za-z_]\w*/g)?.find((word) => word.toLowerCase() === lowered);
    const cased = inTitle ?? casedIn(text, lowered);
    if (heading.depth > 1) section.kind = "enum";
    section.enumName = cased;
    section.lowercaseName = cased === lowered;
    return section;
  }

  // 2. The heading's words.
  const folded = normalizePhrase(title);
  for (const [kind, key] of headingKinds) {
    if (lexicon.headings[key].includes(folded) || en.headings[key].includes(folded)) {
      section.kind = kind;
      return section;
    }
  }
  const enumName = matchEnumHeading(title, lexicon);
  if (enumName) {
    section.kind = "enum";
    section.enumName = enumName;
  }
  return section;
}

function anchorOf(heading: Heading): string | undefined {
  for (const child of heading.children) {
    if (child.type !== "html") continue;
    const match = /<a\s+(?:name|id)\s*=\s*"([^"]+)"/i.exec(child.value);
    if (match) return match[1]!.toLowerCase();
  }
  return undefined;
}

/** `callType values` or `значения callType`: the name, in its own case. */
function matchEnumHeading(title: string, lexicon: Lexicon): string | undefined {
  const folded = normalizePhrase(title);

  for (const pattern of new Set([...lexicon.enumValuesHeadings, ...en.enumValuesHeadings])) {
    const [before = "", after = ""] = pattern.split("{name}");
    if (!folded.startsWith(before) || !folded.endsWith(after)) continue;
    const name = folded.slice(before.length, folded.length - after.length).trim();
    if (!/^[a-z_]\w*$/i.test(name)) continue;
    return title.match(/[A-Za-z_]\w*/g)?.find((word) => word.toLowerCase() === name) ?? name;
  }
  return undefined;
}
