import {
  StructureKind,
  type InterfaceDeclarationStructure,
  type PropertySignatureStructure,
} from "ts-morph";
import type { ApiModel, TypeModel } from "../model/api-model.js";
import { docText } from "./doc-comment.js";
import { propertyKey } from "./naming.js";
import { referenceText, typeText, type ModuleScope } from "./type-text.js";

/** What the emitter knows about the hierarchy around a type. */
export interface Hierarchy {
  /** Property names each type inherits from its ancestors. */
  inherited(type: TypeModel): ReadonlySet<string>;
  /** `@odata.type` values an instance of the type may carry: its own and its descendants'. */
  odataTypes(type: TypeModel): readonly string[];
}

/** Options that shape every interface. */
export interface InterfaceOptions {
  readonly: boolean;
  odataType: boolean;
}

/**
 * Build the interface structure of one type: every property optional, `readonly` and
 * `| null` where the docs say so, inherited properties left to the base, and the
 * `"@odata.type"` literal.
 */
export function emitInterface(
  type: TypeModel,
  model: ApiModel,
  hierarchy: Hierarchy,
  scope: ModuleScope,
  options: InterfaceOptions,
): InterfaceDeclarationStructure {
  const inherited = hierarchy.inherited(type);
  const properties: PropertySignatureStructure[] = [];

  if (options.odataType && !type.placeholder) {
    const literals = hierarchy.odataTypes(type).map((value) => JSON.stringify(`#${value}`));
    properties.push({
      kind: StructureKind.PropertySignature,
      name: '"@odata.type"',
      hasQuestionToken: true,
      type:
        literals.length > 3
          ? `\n${literals.map((literal) => `| ${literal}`).join("\n")}`
          : literals.join(" | "),
    });
  }

  const seen = new Set<string>(properties.length > 0 ? ["@odata.type"] : []);
  for (const property of type.properties) {
    if (inherited.has(property.name) || seen.has(property.name)) continue;
    seen.add(property.name);
    const text = typeText(property.type, scope);
    const signature: PropertySignatureStructure = {
      kind: StructureKind.PropertySignature,
      name: propertyKey(property.name),
      hasQuestionToken: true,
      isReadonly: options.readonly && property.readOnly,
      type: property.nullable ? `${text} | null` : text,
    };
    if (property.description) signature.docs = [docText(property.description)];
    properties.push(signature);
  }

  const structure: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: scope.plan.nameOf.get(type.key)!,
    isExported: true,
    properties,
    docs: [docText(typeDocs(type))],
  };
  const base = type.base ? model.types.get(type.base) : undefined;
  if (base) structure.extends = [referenceText(base.key, scope)];
  return structure;
}

function typeDocs(type: TypeModel): string {
  const lines: string[] = [];

  if (type.description) lines.push(docText(type.description), "");
  if (type.placeholder) {
    lines.push(
      `\`${type.namespace}.${type.name}\` is named by the inputs but defined by none of them.`,
    );
    lines.push(`@placeholder Named in: ${type.sources.join(", ")}`);
  } else {
    lines.push(
      `\`${type.namespace}.${type.name}\`${type.abstract ? " (abstract)" : ""} from ${type.sources.join(", ")}`,
    );
  }
  return lines.join("\n");
}
