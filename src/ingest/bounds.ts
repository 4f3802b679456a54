/**
 * What extraction keeps of one article, whatever the text (README: Extraction bounds). A text of
 * 262,144 characters can name one country 43,690 times, and a text without sentence ends is one
 * sentence: kept whole, the evidence of such a text ran to hundreds of MB.
 */

/**
 * Occurrences kept per entity (country, place, organisation) and article: the first, in text order
 * (headline, teaser, body). A country's `count` is still the true number of occurrences.
 */
export const MAX_OCCURRENCES_PER_ENTITY = 100;

/**
 * Longest evidence snippet, in characters. A sentence up to this long is the evidence as it stands
 * (nearly every sentence of a news text: the longest in the corpora has 214); a longer one is cut to a
 * window of this many characters around the mention, at spaces, marked with "…" where cut.
 */
export const MAX_EVIDENCE_CHARS = 300;

/** The first `limit` items of each key, in order. */
export function firstPerKey<T>(items: T[], keyOf: (item: T) => string, limit = MAX_OCCURRENCES_PER_ENTITY): T[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const n = seen.get(keyOf(item)) ?? 0;
    seen.set(keyOf(item), n + 1);
    return n < limit;
  });
}
