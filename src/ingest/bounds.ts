/**
 * What extraction keeps of one article as evidence, whatever the text (README: Extraction bounds). A
 * text of 262,144 characters can name one country 43,690 times or 5,600 places, and a text without
 * sentence ends is one sentence: kept whole, the evidence of such a text ran to hundreds of MB.
 */
import { MAX_OCCURRENCES_PER_ARTICLE, MAX_OCCURRENCES_PER_ENTITY } from "../limits.js";

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
