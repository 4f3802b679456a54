// The live module's SQL: which of a batch of new articles match a subscription's filter.
import { type PrismaClient } from "../db/client.js";
import { type FilterSql } from "../modules/article/filter.data.js";

/** The ids among `ids` whose articles match the filter, in publication order. */
export async function matchingIds(prisma: PrismaClient, scope: FilterSql, ids: string[]): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT s.article_id::text AS id FROM ${scope.from}
    WHERE s.article_id = ANY(${ids}::uuid[]) AND ${scope.where}
    ORDER BY s.published_at, s.article_id`;
  return rows.map((r) => r.id);
}
