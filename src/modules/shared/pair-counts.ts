// Pair counters (country_pair_count, person_pair_count): for each ordered pair of a kind's entities the
// articles that name both, on the diagonal the articles that name one; kept exact by the writer's
// triggers. A count they answer is one index row instead of one heap page per matching article.
import { queryRaw } from "../../db/rows.js";
import { type PrismaClient } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { type EntityKind } from "./entity-kind.js";

/** Where a kind's pair counters live. */
export interface PairCounts {
  table: string;
  /** The two id columns, and the SQL type to cast parameters to so their primary key is used. */
  id: string;
  other: string;
  cast: "bpchar" | "uuid";
}

const counters = (kind: EntityKind) => {
  if (!kind.pairCounts) throw new Error(`${kind.name} has no pair counters`);
  return kind.pairCounts;
};

/**
 * SQL for the number of articles that name every one of `ids`: one counter row for one or two,
 * counted from the entity sets' GIN index (an intersection of posting lists) for more.
 */
export function articlesWithAll(kind: EntityKind, ids: string[]): Prisma.Sql {
  if (ids.length === 1 || ids.length === 2) {
    const { table, id, other, cast } = counters(kind);
    return Prisma.sql`coalesce((SELECT article_count FROM ${Prisma.raw(table)}
      WHERE ${Prisma.raw(id)} = ${ids[0]}::${Prisma.raw(cast)} AND ${Prisma.raw(other)} = ${ids[1] ?? ids[0]}::${Prisma.raw(cast)}), 0)`;
  }
  return Prisma.sql`(SELECT count(*) FROM article_entity_set WHERE ${Prisma.raw(kind.name)} @> ${ids}::${Prisma.raw(kind.idType)}[])`;
}

/** Articles that name each of `ids`: the diagonal of the pair counters, one row per entity. */
export async function pairArticleCounts(prisma: PrismaClient, kind: EntityKind, ids: string[]) {
  const { table, id, other, cast } = counters(kind);
  return queryRaw(prisma)<Array<{ key: string; count: number }>>`
    SELECT ${Prisma.raw(id)}::text AS key, article_count AS count FROM ${Prisma.raw(table)}
    WHERE ${Prisma.raw(id)} = ANY(${ids}::${Prisma.raw(cast)}[]) AND ${Prisma.raw(other)} = ${Prisma.raw(id)}`;
}
