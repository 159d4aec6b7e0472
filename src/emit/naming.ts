import { rootNamespace } from "../model/api-model.js";

const identifierPattern = /^[A-Za-z_$][\w$]*$/;

/** `cancelMediaProcessingOperation` → `CancelMediaProcessingOperation`; unsafe characters become `_`. */
export function pascalCase(name: string): string {
  const safe = name.replace(/[^\w$]+(.)?/g, (_, next: string | undefined) =>
    next ? next.toUpperCase() : "",
  );
  const start = safe.charAt(0);
  const cased = start.toUpperCase() + safe.slice(1);
  return /^[A-Za-z_$]/.test(cased) ? cased : `_${cased}`;
}

/** A property or member key as TypeScript needs it: bare when it is an identifier, else quoted. */
export function propertyKey(name: string): string {
  return identifierPattern.test(name) ? name : JSON.stringify(name);
}

/** True when `name` can stand as an identifier. */
export function isIdentifier(name: string): boolean {
  return identifierPattern.test(name);
}

/** The module file of a namespace: `graph.ts`, `call-records.ts`. */
export function moduleFileOf(namespace: string): string {
  const relative = namespaceSuffix(namespace);
  if (relative === "") return "graph.ts";
  const kebab = relative
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .toLowerCase();
  return `${kebab}.ts`;
}

/** The name a namespace is exported under from `index.ts`: `CallRecords`. */
export function namespaceAliasOf(namespace: string): string {
  const relative = namespaceSuffix(namespace);
  if (relative === "") return "Graph";
  return relative.split(".").map(pascalCase).join("");
}

function namespaceSuffix(namespace: string): string {
  if (namespace.toLowerCase() === rootNamespace) return "";
  const prefix = `${rootNamespace}.`;
  return namespace.toLowerCase().startsWith(prefix) ? namespace.slice(prefix.length) : namespace;
}
