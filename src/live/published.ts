import { type PrismaClient } from "../db/client.js";
import { type ResolvedFilter } from "../modules/article/article.filter.js";
import { filterSql } from "../modules/article/filter.data.js";
import { matchingIds } from "./live.data.js";
import { type ArticleBus, type PublishedBatch } from "./bus.js";

/** What a subscription yields: a new article's id, and the batch it came in (for work shared with other subscribers). */
export interface PublishedArticle {
  id: string;
  batch: PublishedBatch;
}

/**
 * Most announced batches a subscription holds while its client has not taken the previous ones; a
 * client that falls further behind loses the oldest (its socket's send buffer is the real backlog).
 */
const MAX_PENDING_BATCHES = 100;

/**
 * The newly published articles that match a filter, as an async iterator (one per subscription).
 * Each announced batch is checked against the filter in SQL over the entity sets, the same
 * conditions `articles` uses, so a subscription and a query never disagree; subscriptions with the
 * same filter share that one statement. `return()` (the client unsubscribed or went away) ends it
 * at once, even while it waits.
 */
export function publishedArticles(
  prisma: PrismaClient,
  bus: ArticleBus,
  filter: ResolvedFilter,
): AsyncIterableIterator<PublishedArticle> {
  const scope = filterSql(filter);
  const filterKey = `filter:${JSON.stringify(filter)}`;
  const batches: PublishedBatch[] = [];
  const ready: PublishedArticle[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const unsubscribe = bus.subscribe((batch) => {
    if (batches.push(batch) > MAX_PENDING_BATCHES) batches.shift();
    wake?.();
  });
  const finish = async (): Promise<IteratorResult<PublishedArticle>> => {
    done = true;
    unsubscribe();
    wake?.();
    return { value: undefined, done: true };
  };
  return {
    async next() {
      while (!done) {
        if (ready.length > 0) {
          await bus.turn();
          if (!done) return { value: ready.shift()!, done: false };
          continue;
        }
        const batch = batches.shift();
        if (batch) {
          const ids = await batch.once(filterKey, () => matchingIds(prisma, scope, batch.ids));
          ready.push(...ids.map((id) => ({ id, batch })));
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      return { value: undefined, done: true };
    },
    return: finish,
    async throw(error) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
