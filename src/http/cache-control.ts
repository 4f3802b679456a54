// Cache-Control from per-field cache hints, decided once per parsed document: how long a shared
// cache may keep a successful anonymous answer, or that it must not keep it at all.
import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

/** Answers that name articles: purges keep them fresh, so max-age only bounds a missed purge. */
export const ARTICLE_POLICY = { maxAge: 60, staleWhileRevalidate: 30 } as const;
/** Vocabulary only (countries, topics, places, organisations without counts): changes with a deploy, not with news. */
export const VOCABULARY_POLICY = { maxAge: 3600, staleWhileRevalidate: 600 } as const;

export const NO_STORE = "private, no-store";
/** Whatever a cache keys on besides the URL: credentials (never shared), the content negotiated, compression. */
export const VARY = "Authorization, Cookie, Accept, Accept-Encoding";

/** Fields whose values belong to the requester (the audit trail is for editors): never in a shared cache. */
const PRIVATE_FIELDS = new Set(["revisions"]);
/** Root fields that read the vocabularies only, as long as nothing below them counts or lists articles. */
const VOCABULARY_ROOTS = new Set(["countries", "country", "topics", "topic", "place", "organisations", "organisation"]);
/** Fields that read articles wherever they appear. */
const ARTICLE_FIELDS = new Set(["articleCount", "articles", "coMentions", "quotes"]);

export type Policy = { kind: "no-store" } | { kind: "public"; maxAge: number; staleWhileRevalidate: number };

/** Walks an operation's selections, fragments followed once each. */
function walk(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  visit: (field: string, depth: number, hasFilter: boolean) => void,
  depth = 0,
  seen = new Set<string>(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const hasFilter = selection.arguments?.some((a) => a.name.value === "filter") ?? false;
      visit(selection.name.value, depth, hasFilter);
      if (selection.selectionSet) walk(selection.selectionSet, document, visit, depth + 1, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, document, visit, depth, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) walk(fragment.selectionSet, document, visit, depth, seen);
    }
  }
}

/** The policy of an operation's successful anonymous answer, from the fields it selects. */
export function operationPolicy(document: DocumentNode, operation: OperationDefinitionNode): Policy {
  if (operation.operation !== "query") return { kind: "no-store" };
  let privateField = false;
  let vocabulary = true;
  walk(operation.selectionSet, document, (field, depth, hasFilter) => {
    if (PRIVATE_FIELDS.has(field)) privateField = true;
    if (
      ARTICLE_FIELDS.has(field) ||
      hasFilter ||
      (depth === 0 && !VOCABULARY_ROOTS.has(field) && field !== "__typename")
    )
      vocabulary = false;
  });
  if (privateField) return { kind: "no-store" };
  return { kind: "public", ...(vocabulary ? VOCABULARY_POLICY : ARTICLE_POLICY) };
}

const policies = new WeakMap<OperationDefinitionNode, Policy>();

/** operationPolicy, remembered per parsed operation (Apollo's document store hands out the same tree again). */
export function cachedOperationPolicy(document: DocumentNode, operation: OperationDefinitionNode): Policy {
  let policy = policies.get(operation);
  if (!policy) {
    policy = operationPolicy(document, operation);
    policies.set(operation, policy);
  }
  return policy;
}

export const cacheControlHeader = (policy: Policy) =>
  policy.kind === "no-store"
    ? NO_STORE
    : `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;

/** Credentials make an answer the requester's: an Authorization header or any cookie. */
export const hasCredentials = (headers: { get(name: string): string | undefined }) =>
  Boolean(headers.get("authorization") || headers.get("cookie"));
