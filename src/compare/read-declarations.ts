import { ts } from "ts-morph";
import { isNullableWrapper, readTypeNode } from "./read-type-node.js";
import type { TypeShape } from "./type-table.js";

/** The property no comparison counts: it restates the type's own name. */
const odataTypeProperty = "@odata.type";

/** A declaration as read, with names as written and its namespace inside its module. */
export type WrittenDeclaration =
  | {
      kind: "interface";
      name: string;
      namespace: readonly string[];
      base?: string;
      properties: Map<string, TypeShape>;
      placeholder: boolean;
    }
  | { kind: "enum"; name: string; namespace: readonly string[]; members: readonly string[] }
  | { kind: "alias"; name: string; namespace: readonly string[]; shape: TypeShape };

/** How a module names something it imports: `{ Entity }` or `* as Graph`. */
export interface ImportBinding {
  specifier: string;
  /** The exported name, or `*` for a namespace import. */
  imported: string;
}

/** `export * from "./graph.js"` (no alias) or `export * as CallRecords from "./call-records.js"`. */
export interface ReExport {
  specifier: string;
  alias?: string;
}

/** What one declaration file says, before names are resolved across files. */
export interface DeclarationModule {
  path: string;
  declarations: WrittenDeclaration[];
  imports: Map<string, ImportBinding>;
  reExports: ReExport[];
  /** The name of `export as namespace microsoftgraph;`, which code inside namespaces uses. */
  globalAlias?: string;
}

/**
 * Parse a declaration file's text into a syntax tree (no type checker, no program).
 */
export function parseDeclarationFile(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/**
 * The names of generic aliases in a file that only add `null` (`NullableOption<T>`).
 */
export function findNullableWrappers(file: ts.SourceFile): string[] {
  const names: string[] = [];

  visitStatements(file.statements, [], (statement) => {
    if (ts.isTypeAliasDeclaration(statement) && isNullableWrapper(statement)) {
      names.push(statement.name.text);
    }
  });
  return names;
}

/**
 * Read the interfaces, enums, aliases, imports and re-exports of one declaration file.
 *
 * Enums are read in the three spellings the generator and graph-types use:
 *
 * ```ts
 * export const Status = { NotStarted: "notStarted" } as const;  // plus its `type Status = …`
 * export enum Status { NotStarted = "notStarted" }
 * export type Status = "notStarted" | "running";
 * ```
 */
export function readDeclarations(
  file: ts.SourceFile,
  nullableWrappers: ReadonlySet<string>,
): DeclarationModule {
  const module: DeclarationModule = {
    path: file.fileName,
    declarations: [],
    imports: new Map(),
    reExports: [],
  };

  for (const statement of file.statements) readModuleStatement(statement, module);
  visitStatements(file.statements, [], (statement, namespace) => {
    const declaration = readDeclaration(statement, namespace, nullableWrappers);
    if (declaration !== undefined) module.declarations.push(declaration);
  });
  return module;
}

/** Imports, re-exports and `export as namespace`, which only occur at the top level. */
function readModuleStatement(statement: ts.Statement, module: DeclarationModule): void {
  if (ts.isNamespaceExportDeclaration(statement)) {
    module.globalAlias = statement.name.text;
  } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
    const specifier = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (bindings !== undefined && ts.isNamespaceImport(bindings)) {
      module.imports.set(bindings.name.text, { specifier, imported: "*" });
    } else if (bindings !== undefined) {
      for (const element of bindings.elements) {
        const imported = (element.propertyName ?? element.name).text;
        module.imports.set(element.name.text, { specifier, imported });
      }
    }
  } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const clause = statement.exportClause;
    // `export { A } from` names single types, which are found by name anyway.
    if (clause === undefined) module.reExports.push({ specifier });
    else if (ts.isNamespaceExport(clause)) {
      module.reExports.push({ specifier, alias: clause.name.text });
    }
  }
}

/** Call `visit` on every statement, descending into `namespace` blocks. */
function visitStatements(
  statements: readonly ts.Statement[],
  namespace: readonly string[],
  visit: (statement: ts.Statement, namespace: readonly string[]) => void,
): void {
  for (const statement of statements) {
    if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
      visitNamespace(statement, namespace, visit);
    } else {
      visit(statement, namespace);
    }
  }
}

/** `namespace A { … }` and the nested form `namespace A.B { … }`. */
function visitNamespace(
  declaration: ts.ModuleDeclaration,
  outer: readonly string[],
  visit: (statement: ts.Statement, namespace: readonly string[]) => void,
): void {
  const namespace = [...outer, declaration.name.text];
  const body = declaration.body;

  if (body !== undefined && ts.isModuleBlock(body))
    visitStatements(body.statements, namespace, visit);
  if (body !== undefined && ts.isModuleDeclaration(body)) visitNamespace(body, namespace, visit);
}

function readDeclaration(
  statement: ts.Statement,
  namespace: readonly string[],
  nullableWrappers: ReadonlySet<string>,
): WrittenDeclaration | undefined {
  if (ts.isInterfaceDeclaration(statement)) {
    return readInterface(statement, namespace, nullableWrappers);
  }
  if (ts.isEnumDeclaration(statement)) {
    const members = statement.members.map((member) => enumMemberValue(member));
    return { kind: "enum", name: statement.name.text, namespace, members };
  }
  if (ts.isVariableStatement(statement)) return readConstEnum(statement, namespace);
  if (ts.isTypeAliasDeclaration(statement))
    return readAlias(statement, namespace, nullableWrappers);
  return undefined;
}

function readInterface(
  statement: ts.InterfaceDeclaration,
  namespace: readonly string[],
  nullableWrappers: ReadonlySet<string>,
): WrittenDeclaration {
  const properties = new Map<string, TypeShape>();
  const placeholder = ts.getJSDocTags(statement).some((tag) => tag.tagName.text === "placeholder");
  const baseExpression = statement.heritageClauses?.[0]?.types[0]?.expression;

  for (const member of statement.members) {
    if (!ts.isPropertySignature(member)) continue;
    const name = propertyNameText(member.name);
    if (name === undefined || name === odataTypeProperty) continue;
    const shape: TypeShape =
      member.type === undefined
        ? { kind: "unknown", array: false, nullable: false }
        : readTypeNode(member.type, nullableWrappers);
    properties.set(name, shape);
  }

  const declaration: WrittenDeclaration = {
    kind: "interface",
    name: statement.name.text,
    namespace,
    properties,
    placeholder,
  };
  const base = baseExpression === undefined ? undefined : expressionText(baseExpression);
  if (base !== undefined) declaration.base = base;
  return declaration;
}

/** `export const Status = { NotStarted: "notStarted" } as const;` */
function readConstEnum(
  statement: ts.VariableStatement,
  namespace: readonly string[],
): WrittenDeclaration | undefined {
  const [variable] = statement.declarationList.declarations;
  let initializer = variable?.initializer;
  while (initializer !== undefined && ts.isAsExpression(initializer)) {
    initializer = initializer.expression;
  }
  if (variable === undefined || !ts.isIdentifier(variable.name)) return undefined;
  if (initializer === undefined || !ts.isObjectLiteralExpression(initializer)) return undefined;

  const members: string[] = [];
  for (const property of initializer.properties) {
    if (!ts.isPropertyAssignment(property)) return undefined;
    if (!ts.isStringLiteralLike(property.initializer)) return undefined;
    members.push(property.initializer.text);
  }
  return { kind: "enum", name: variable.name.text, namespace, members };
}

/** A literal union is an enum; `(typeof X)[keyof typeof X]` belongs to a const enum. */
function readAlias(
  statement: ts.TypeAliasDeclaration,
  namespace: readonly string[],
  nullableWrappers: ReadonlySet<string>,
): WrittenDeclaration | undefined {
  const name = statement.name.text;
  if (statement.typeParameters !== undefined || ts.isIndexedAccessTypeNode(statement.type)) {
    return undefined;
  }

  const shape = readTypeNode(statement.type, nullableWrappers);
  if (shape.kind === "literals" && !shape.array) {
    return { kind: "enum", name, namespace, members: shape.members };
  }
  return { kind: "alias", name, namespace, shape };
}

/** `NotStarted = "notStarted"` has the value `notStarted`; a bare `NotStarted` its name. */
function enumMemberValue(member: ts.EnumMember): string {
  if (member.initializer !== undefined && ts.isStringLiteralLike(member.initializer)) {
    return member.initializer.text;
  }
  return propertyNameText(member.name) ?? "";
}

function propertyNameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text;
  }
  return undefined;
}

/** `Entity` or `microsoftgraph.Entity` in an `extends` clause. */
function expressionText(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (!ts.isPropertyAccessExpression(expression)) return undefined;

  const left = expressionText(expression.expression);
  return left === undefined ? undefined : `${left}.${expression.name.text}`;
}
