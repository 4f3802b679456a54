// The trusted-documents manifest: every operation the project ships, as a standalone document (the
// operation and the fragments it uses), keyed by the SHA-256 of its text. Built by
// scripts/build-trusted-documents.ts, read by the server at start (trusted-documents.ts).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from "graphql";

export interface TrustedOperation {
  /** sha256 of `body`, hex: what a client sends as `extensions.persistedQuery.sha256Hash`. */
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

/** Apollo's persisted query manifest format (generate-persisted-query-manifest, Rover). */
export interface TrustedManifest {
  format: "apollo-persisted-query-manifest";
  version: 1;
  operations: TrustedOperation[];
}

export const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

/** Fragment names a definition spreads, directly. */
function spreads(definition: DefinitionNode): string[] {
  const names: string[] = [];
  visit(definition, { FragmentSpread: (node) => void names.push(node.name.value) });
  return names;
}

/** The operation with every fragment it uses, transitively, fragments sorted by name. */
function standalone(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): DocumentNode {
  const used = new Set<string>();
  const pending = spreads(operation);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (used.has(name)) continue;
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`operation ${operation.name?.value} uses fragment ${name}, which no file defines`);
    used.add(name);
    pending.push(...spreads(fragment));
  }
  const needed = [...used].sort().map((name) => fragments.get(name)!);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...needed] };
}

/** One manifest entry per named operation of the given .graphql sources (fragments may live in any of them). */
export function buildTrustedManifest(sources: Array<{ name: string; text: string }>): TrustedManifest {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: Array<{ source: string; operation: OperationDefinitionNode }> = [];
  for (const source of sources) {
    for (const definition of parse(source.text, { noLocation: true }).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      else if (definition.kind === Kind.OPERATION_DEFINITION) {
        if (!definition.name) throw new Error(`${source.name}: every shipped operation needs a name`);
        operations.push({ source: source.name, operation: definition });
      }
    }
  }
  const seen = new Set<string>();
  const entries = operations.map(({ source, operation }) => {
    const name = operation.name!.value;
    if (seen.has(name)) throw new Error(`${source}: operation name ${name} is used twice`);
    seen.add(name);
    const body = print(standalone(operation, fragments));
    return { id: sha256Hex(body), name, type: operation.operation, body };
  });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  return { format: "apollo-persisted-query-manifest", version: 1, operations: entries };
}

/** The operations the project ships: the Sandbox example and tests/operations/*.graphql, under `root`. */
export function shippedOperationSources(root: URL): Array<{ name: string; text: string }> {
  const operationsDir = new URL("tests/operations/", root);
  return [
    { name: "src/sandbox-example.graphql", text: readFileSync(new URL("src/sandbox-example.graphql", root), "utf8") },
    ...readdirSync(operationsDir)
      .filter((f) => f.endsWith(".graphql"))
      .sort()
      .map((f) => ({ name: `tests/operations/${f}`, text: readFileSync(new URL(f, operationsDir), "utf8") })),
  ];
}

export const renderManifest = (manifest: TrustedManifest) => `${JSON.stringify(manifest, null, 2)}\n`;

/** The committed manifest (trusted-documents.json at the repository root), by id. */
export function loadTrustedManifest(
  file = new URL("../../trusted-documents.json", import.meta.url),
): Map<string, TrustedOperation> {
  const manifest = JSON.parse(readFileSync(file, "utf8")) as TrustedManifest;
  if (manifest.format !== "apollo-persisted-query-manifest" || manifest.version !== 1) {
    throw new Error(`${file.pathname}: not an apollo-persisted-query-manifest of version 1`);
  }
  const byId = new Map<string, TrustedOperation>();
  for (const operation of manifest.operations) {
    if (sha256Hex(operation.body) !== operation.id) {
      throw new Error(`${file.pathname}: operation ${operation.name} has an id that is not the sha256 of its body`);
    }
    byId.set(operation.id, operation);
  }
  return byId;
}
