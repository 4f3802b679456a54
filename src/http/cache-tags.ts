// Records, while a query runs, which articles and entities its answer shows: the fields that return
// them are wrapped once at start, so no other field pays for it. The header is bounded.
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLInterfaceType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
} from "graphql";
import { KINDS } from "../modules/entity/registry.js";
import { ALL_TAG, ANY_ARTICLE_TAG, tag, type TagCollector, tagsOf } from "../modules/entity/cache-tags.js";

/** GraphQL type -> the tag of one of its objects. */
const TAGGERS = new Map<string, (value: Record<string, unknown>) => string | undefined>([
  ["Article", (a) => (typeof a.id === "string" ? tag("article", a.id) : undefined)],
  ...KINDS.map((kind): [string, (value: Record<string, unknown>) => string | undefined] => [
    kind.type.name,
    (value) => {
      const id = (kind.idOf as (v: object) => unknown)(value);
      return typeof id === "string" ? tag(kind.singular, id) : undefined;
    },
  ]),
]);

/**
 * Fields whose answer can change with any article written, whatever it names: lists of entities
 * (a new article brings new authors, persons, mentioned countries), search, facets, related articles.
 * `Query.articles` decides from its filter (recordFilter, in the resolver).
 */
const ANY_ARTICLE_FIELDS = new Set([
  "Query.search",
  "Query.articleFacets",
  "Query.authors",
  "Query.persons",
  "Query.countries",
  "Query.topics",
  "Article.related",
]);

/** Longest Surrogate-Key value sent; past it, the answer is tagged with the coarse tag only (Varnish's default header limit is 8 KB). */
export const MAX_TAG_HEADER_BYTES = 6000;

function record(collector: TagCollector, value: unknown, typeOf: (value: object) => string | undefined): void {
  if (value == null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) record(collector, item, typeOf);
    return;
  }
  const typeName = typeOf(value);
  // A Node whose type cannot be told at once cannot be named either: coarse, never missing.
  if (typeName === undefined) {
    collector.anyArticle = true;
    return;
  }
  const tagger = TAGGERS.get(typeName);
  if (!tagger) return;
  const id = tagger(value as Record<string, unknown>);
  // An object without its id cannot be named: the answer then depends on every article, never on luck.
  if (id === undefined) collector.anyArticle = true;
  else collector.add(id);
}

/** The concrete type of an object of an interface type, when its resolveType tells it at once. */
function resolvedType(type: GraphQLInterfaceType, value: object, context: object, info: GraphQLResolveInfo) {
  const name = type.resolveType?.(value, context, info, type);
  return typeof name === "string" ? name : undefined;
}

/**
 * Wraps, in place, the resolvers of the fields that return tagged types (Article and the entity
 * kinds, also through the Node interface) or that depend on any article. Call once, before serving.
 */
export function instrumentCacheTags(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const anyArticle = ANY_ARTICLE_FIELDS.has(`${type.name}.${field.name}`);
      const isRoot = type === schema.getQueryType();
      const tagged = TAGGERS.has(named.name) || isInterfaceType(named);
      if (!anyArticle && !tagged && !isRoot) continue;
      const typeOf = (value: object, context: object, info: GraphQLResolveInfo) =>
        isInterfaceType(named) ? resolvedType(named, value, context, info) : named.name;
      const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const collector = context && tagsOf(context);
        if (!collector) return resolve(source, args, context, info);
        if (anyArticle) collector.anyArticle = true;
        const settle = (value: unknown) => {
          // A root field that found nothing (an unknown slug) can find something once an article is written.
          if (isRoot && value == null) collector.anyArticle = true;
          if (tagged) record(collector, value, (v) => typeOf(v, context, info));
          return value;
        };
        const result = resolve(source, args, context, info);
        // Prisma's queries are thenables, not Promises.
        return typeof (result as PromiseLike<unknown> | undefined)?.then === "function"
          ? Promise.resolve(result).then(settle)
          : settle(result);
      };
    }
  }
}

/** The Surrogate-Key header of a response: its tags, or only the coarse ones when they would not fit. */
export function surrogateKey(collector: TagCollector): string {
  const coarse = collector.anyArticle ? [ALL_TAG, ANY_ARTICLE_TAG] : [ALL_TAG];
  const header = [...coarse, ...collector.tags].join(" ");
  // Every write purges ANY_ARTICLE_TAG, so it stands in for any number of article and entity tags.
  return Buffer.byteLength(header) <= MAX_TAG_HEADER_BYTES ? header : `${ALL_TAG} ${ANY_ARTICLE_TAG}`;
}
