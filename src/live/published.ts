import { type PrismaClient } from "../db/client.js";
import { filterSql, type ResolvedFilter } from "../modules/article/article.filter.js";
import { type ArticleBus } from "./bus.js";

/**
 * The ids of newly published articles that match a filter, as an async iterator (one per
 * subscription). Each announced batch is checked against the filter in SQL over the entity sets,
 * the same conditions `articles` uses, so a subscription and a query never disagree. `return()`
 * (the client unsubscribed or went away) ends it at once, even while it waits.
 */
export function publishedArticleIds(
  prisma: PrismaClient,
  bus: ArticleBus,
  filter: ResolvedFilter,
): AsyncIterableIterator<string> {
  const { from, where } = filterSql(filter);
  const batches: string[][] = [];
  const ready: string[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const unsubscribe = bus.subscribe((ids) => {
    batches.push(ids);
    wake?.();
  });
  const finish = async (): Promise<IteratorResult<string>> => {
    done = true;
    unsubscribe();
    wake?.();
    return { value: undefined, done: true };
  };
  return {
    async next() {
      while (!done) {
        if (ready.length > 0) return { value: ready.shift()!, done: false };
        const ids = batches.shift();
        if (ids) {
          const rows = await prisma.$queryRaw<Array<{ id: string }>>`
            SELECT s.article_id::text AS id FROM ${from}
            WHERE s.article_id = ANY(${ids}::uuid[]) AND ${where}
            ORDER BY s.published_at, s.article_id`;
          ready.push(...rows.map((r) => r.id));
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
