// Cache tags: what a response shows, named so a purge can find it (`article:<id>`, `country:JP`, ...).
// Resolvers record them on the request's collector; the HTTP edge (src/http/cache-tags.ts) turns
// them into the response's Surrogate-Key. The same names are made by the purge triggers in SQL
// (prisma/migrations/*_cache_purge), so both sides must agree on them.
import { type ResolvedFilter } from "../article/article.filter.js";
import { KINDS } from "./registry.js";

/** Every cacheable response carries it: purging it empties the whole cache (a missed notification, a deploy). */
export const ALL_TAG = "newsroom";
/**
 * Pages whose content can change with any article written (unfiltered lists, none-of and date or
 * text filters, search, facets, related articles, lists of entities, not-found answers). Every write purges it.
 */
export const ANY_ARTICLE_TAG = "articles";

/** `kind:value`, with the characters a tag header separates on (whitespace, comma) replaced, as the SQL side does. */
export const tag = (kind: string, value: string) => `${kind}:${value.replace(/[\s,]/g, "_")}`;

/** The tags one request's response names. */
export class TagCollector {
  readonly tags = new Set<string>();
  anyArticle = false;

  add(value: string): void {
    this.tags.add(value);
  }
}

const collectors = new WeakMap<object, TagCollector>();

/** Starts collecting for a request context (the HTTP edge does, for requests it may let caches keep). */
export function collectTags(context: object): TagCollector {
  const collector = new TagCollector();
  collectors.set(context, collector);
  return collector;
}

/** The collector of a request context, if its response may be cached. */
export const tagsOf = (context: object): TagCollector | undefined => collectors.get(context);

/**
 * Tags for a list of articles under a filter: its all-of/any-of entities, since every article the
 * list can ever show names one of them (so a write that adds or removes one purges it). A filter
 * without them, or with dates, language or words (which a correction can change without touching
 * the entities), depends on every article.
 */
export function recordFilter(context: object, filter: ResolvedFilter): void {
  const collector = collectors.get(context);
  if (!collector) return;
  let named = false;
  for (const kind of KINDS) {
    const sets = filter.sets[kind.name];
    for (const id of [...sets.all, ...sets.any]) {
      collector.add(tag(kind.singular, id));
      named = true;
    }
  }
  const unnamed = filter.publishedAfter || filter.publishedBefore || filter.language || filter.text;
  if (!named || unnamed) collector.anyArticle = true;
}
