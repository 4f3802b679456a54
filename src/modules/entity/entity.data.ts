// Data access shared by every entity kind: entities and article counts by id, and co-mentions
// (the entities named in the same articles as another, under a filter), all batched per request.
import { queryRaw } from "../../db/rows.js";
import DataLoader from "dataloader";
import { type PrismaClient } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { type FilterSql } from "../article/filter.data.js";
import { type EntityKind, type KindName } from "../shared/entity-kind.js";
import { countsByKey, groupBy, perArgs, rowsByKey } from "../shared/loading.js";
import { pairArticleCounts } from "../shared/pair-counts.js";
import { type EntityOf, KINDS } from "./registry.js";

/** The entity-set column of a kind, as SQL (kind names are the column names). */
export const setColumn = (kind: KindName) => Prisma.raw(`s.${kind}`);

/** Articles naming each id, counted from the entity sets' GIN index. */
function countInSets(prisma: PrismaClient, kind: EntityKind, ids: string[]) {
  return queryRaw(prisma)<Array<{ key: string; count: number }>>`
    SELECT k AS key, (SELECT count(*) FROM article_entity_set s
                      WHERE ${setColumn(kind.name)} @> ARRAY[k::${Prisma.raw(kind.idType)}])::int AS count
    FROM unnest(${ids}::text[]) AS k`;
}

/** One row of a count: an entity's id and how many articles. */
export interface IdCount {
  id: string;
  count: number;
}

export interface CoMentionArgs {
  /** The kind of the entities asked about. */
  source: KindName;
  /** The kind of the entities counted beside them. */
  target: KindName;
  first: number;
  /** The articles counted (all when null). */
  scope: FilterSql | null;
}

/**
 * For each source id, the `first` target entities named in most of the (matching) articles that
 * name it, most frequent first, the source itself left out: one statement for all source ids.
 */
async function coMentionCounts(prisma: PrismaClient, args: CoMentionArgs, ids: readonly string[]) {
  const source = KINDS.find((k) => k.name === args.source)!;
  if (args.source === args.target && !args.scope && source.pairCounts) return pairCoMentions(prisma, source, args, ids);
  const scope = args.scope ?? { from: Prisma.sql`article_entity_set s`, where: Prisma.sql`TRUE` };
  const itself = args.source === args.target ? Prisma.sql`AND e::text <> src` : Prisma.empty;
  const rows = await queryRaw(prisma)<Array<IdCount & { source: string }>>`
    SELECT source, id, count FROM (
      SELECT src AS source, e::text AS id, count(*)::int AS count,
             row_number() OVER (PARTITION BY src ORDER BY count(*) DESC, e::text) AS rank
      FROM unnest(${ids}::text[]) AS src
      CROSS JOIN LATERAL (
        SELECT e FROM ${scope.from}, unnest(${setColumn(args.target)}) AS e
        WHERE ${setColumn(source.name)} @> ARRAY[src::${Prisma.raw(source.idType)}] AND ${scope.where} ${itself}
      ) pairs
      GROUP BY src, e
    ) ranked WHERE rank <= ${args.first} ORDER BY source, rank`;
  return groupBy(ids, rows, (r) => r.source).map((group) => group.map(({ id, count }) => ({ id, count })));
}

/**
 * coMentionCounts of a kind among its own, over all articles, read from its pair counters: a few hundred
 * counter rows instead of the entity sets of every article that names the source (Olaf Scholz: 62,000 at 1 M).
 */
async function pairCoMentions(prisma: PrismaClient, kind: EntityKind, args: CoMentionArgs, ids: readonly string[]) {
  const { table, id, other, cast } = kind.pairCounts!;
  const rows = await queryRaw(prisma)<Array<IdCount & { source: string }>>`
    SELECT source, id, count FROM (
      SELECT ${Prisma.raw(id)}::text AS source, ${Prisma.raw(other)}::text AS id, article_count AS count,
             row_number() OVER (PARTITION BY ${Prisma.raw(id)} ORDER BY article_count DESC, ${Prisma.raw(other)}::text) AS rank
      FROM ${Prisma.raw(table)}
      WHERE ${Prisma.raw(id)} = ANY(${ids}::${Prisma.raw(cast)}[]) AND ${Prisma.raw(other)} <> ${Prisma.raw(id)} AND article_count > 0
    ) ranked WHERE rank <= ${args.first} ORDER BY source, rank`;
  return groupBy(ids, rows, (r) => r.source).map((group) => group.map(({ id, count }) => ({ id, count })));
}

function kindLoaders<T extends object>(prisma: PrismaClient, kind: EntityKind<T>) {
  return {
    byId: rowsByKey(async (ids) => kind.findByIds(prisma, ids), kind.idOf),
    articleCount: countsByKey((ids) =>
      kind.pairCounts ? pairArticleCounts(prisma, kind, ids) : countInSets(prisma, kind, ids),
    ),
  };
}

type KindLoaders<T extends object> = ReturnType<typeof kindLoaders<T>>;
export type EntityLoaders = { [N in KindName]: KindLoaders<EntityOf<N>> } & {
  coMentions: (args: CoMentionArgs) => DataLoader<string, IdCount[]>;
};

/** Per-request loaders of every kind (`loaders.entities.countries.byId`), and co-mentions per argument set. */
export function entityLoaders(prisma: PrismaClient): EntityLoaders {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind.name, kindLoaders(prisma, kind as EntityKind)]));
  return {
    ...(byKind as { [N in KindName]: KindLoaders<EntityOf<N>> }),
    coMentions: perArgs((args: CoMentionArgs) => new DataLoader((ids) => coMentionCounts(prisma, args, ids))),
  };
}
