/**
 * What extraction keeps of one article as evidence, whatever the text (README: Extraction bounds). A
 * text of 262,144 characters can name one country 43,690 times or 5,600 places, and a text without
 * sentence ends is one sentence: kept whole, the evidence of such a text ran to hundreds of MB.
 */

/** Occurrences kept per entity (country, place, organisation) and article: the first, in text order. */
export const MAX_OCCURRENCES_PER_ENTITY = 100;

/**
 * Occurrences kept per article in all: past it every entity keeps fewer (its first k, the same k for
 * all), but always its first, so no entity is lost; only a text naming more entities than this keeps more.
 */
export const MAX_OCCURRENCES_PER_ARTICLE = 2_000;

/**
 * Longest evidence snippet, in characters. A sentence up to this long is the evidence as it stands
 * (nearly every sentence of a news text: the longest in the corpora has 214); a longer one is cut to a
 * window of this many characters around the mention, at spaces, marked with "…" where cut.
 */
export const MAX_EVIDENCE_CHARS = 300;

/**
 * How many occurrences each entity keeps, given how many each has: MAX_OCCURRENCES_PER_ENTITY, or
 * less, down to 1, until the article keeps at most MAX_OCCURRENCES_PER_ARTICLE.
 */
export function occurrencesPerEntity(counts: number[]): number {
  const kept = (k: number) => counts.reduce((sum, n) => sum + Math.min(n, k), 0);
  let k = MAX_OCCURRENCES_PER_ENTITY;
  while (k > 1 && kept(k) > MAX_OCCURRENCES_PER_ARTICLE) k--;
  return k;
}

/** The first `limit` items of each key, in order. */
export function firstPerKey<T>(items: T[], keyOf: (item: T) => string, limit: number): T[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const n = seen.get(keyOf(item)) ?? 0;
    seen.set(keyOf(item), n + 1);
    return n < limit;
  });
}

/** How often each key occurs. */
export function countPerKey<T>(items: T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** Direct quotes kept per article: the first, in text order (a text of 262,144 characters can hold thousands). */
export const MAX_QUOTES_PER_ARTICLE = 200;

/** Longest quote text kept, in characters; a longer quote is cut at a space and marked with "…". */
export const MAX_QUOTE_CHARS = 1_000;
