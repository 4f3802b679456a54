// Data access shared by every entity kind: entities and article counts by id, and co-mentions
// (the entities named in the same articles as another, under a filter), all batched per request.
import { queryRaw } from "../../db/rows.js";
import DataLoader from "dataloader";
import { type PrismaClient } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";
import { type FilterSql } from "../article/filter.data.js";
import { type EntityKind, type KindName } from "../shared/entity-kind.js";
import { countsByKey, perArgs, rowsByKey } from "../shared/loading.js";
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
  first: number;
  /** The articles counted (all when null). */
  scope: FilterSql | null;
}

/** One co-mention list asked for: the entity's id and the kind of the entities counted beside it. */
export interface CoMentionKey {
  id: string;
  target: KindName;
}

const listKey = (key: CoMentionKey) => `${key.target} ${key.id}`;

/**
 * For each key, the `first` target entities named in most of the (matching) articles that name the
 * source, most frequent first, the source itself left out. A kind among its own over all articles is
 * read from its pair counters; every other list is counted from the entity sets, all in one statement
 * that reads the sources' sets once however many kinds are asked (a person page's countries, places
 * and organisations).
 */
async function coMentionLists(prisma: PrismaClient, args: CoMentionArgs, keys: readonly CoMentionKey[]) {
  const source = KINDS.find((k) => k.name === args.source)!;
  const idsOf = new Map<KindName, Set<string>>();
  for (const { id, target } of keys) idsOf.set(target, (idsOf.get(target) ?? new Set()).add(id));
  const fromCounters = (target: KindName) => target === args.source && !args.scope && source.pairCounts;
  const lists = new Map<string, IdCount[]>(keys.map((key) => [listKey(key), []]));

  const countered = [...idsOf].filter(([target]) => fromCounters(target));
  const counted = [...idsOf.keys()].filter((target) => !fromCounters(target));
  const countedIds = [...new Set(counted.flatMap((target) => [...idsOf.get(target)!]))];
  const fromPairs = countered.map(async ([target, ids]) => {
    const rows = await pairCoMentions(prisma, source, args.first, [...ids]);
    return rows.map((row) => ({ ...row, target }));
  });
  const fromSets = counted.length > 0 ? setCoMentions(prisma, source, counted, args, countedIds) : [];
  for (const { target, source: id, ...count } of (await Promise.all([...fromPairs, fromSets])).flat()) {
    lists.get(listKey({ id, target }))?.push(count);
  }
  return keys.map((key) => lists.get(listKey(key))!);
}

/** The co-mention lists of `targets` for each source id, counted over the (matching) articles' entity sets. */
function setCoMentions(
  prisma: PrismaClient,
  source: EntityKind,
  targets: KindName[],
  args: CoMentionArgs,
  ids: string[],
) {
  const scope = args.scope ?? { from: Prisma.sql`article_entity_set s`, where: Prisma.sql`TRUE` };
  const columns = Prisma.raw(targets.map((t) => `s.${t}`).join(", "));
  const list = (target: KindName) => Prisma.sql`(
    SELECT ${target}::text AS target, source, id, count, rank FROM (
      SELECT src AS source, e::text AS id, count(*)::int AS count,
             row_number() OVER (PARTITION BY src ORDER BY count(*) DESC, e::text) AS rank
      FROM matching, unnest(matching.${Prisma.raw(target)}) AS e
      ${target === source.name ? Prisma.sql`WHERE e::text <> src` : Prisma.empty}
      GROUP BY src, e
    ) ranked WHERE rank <= ${args.first})`;
  return queryRaw(prisma)<Array<IdCount & { target: KindName; source: string }>>`
    WITH matching AS MATERIALIZED (
      SELECT src, m.* FROM unnest(${ids}::text[]) AS src
      CROSS JOIN LATERAL (
        SELECT ${columns} FROM ${scope.from}
        WHERE ${setColumn(source.name)} @> ARRAY[src::${Prisma.raw(source.idType)}] AND ${scope.where}
      ) m
    )
    SELECT target, source, id, count FROM (${Prisma.join(targets.map(list), " UNION ALL ")}) lists
    ORDER BY target, source, rank`;
}

/**
 * A kind's co-mentions among its own, over all articles, read from its pair counters: a few hundred
 * counter rows instead of the entity sets of every article that names the source (Olaf Scholz: 62,000 at 1 M).
 */
function pairCoMentions(prisma: PrismaClient, kind: EntityKind, first: number, ids: string[]) {
  const { table, id, other, cast } = kind.pairCounts!;
  return queryRaw(prisma)<Array<IdCount & { source: string }>>`
    SELECT source, id, count FROM (
      SELECT ${Prisma.raw(id)}::text AS source, ${Prisma.raw(other)}::text AS id, article_count AS count,
             row_number() OVER (PARTITION BY ${Prisma.raw(id)} ORDER BY article_count DESC, ${Prisma.raw(other)}::text) AS rank
      FROM ${Prisma.raw(table)}
      WHERE ${Prisma.raw(id)} = ANY(${ids}::${Prisma.raw(cast)}[]) AND ${Prisma.raw(other)} <> ${Prisma.raw(id)} AND article_count > 0
    ) ranked WHERE rank <= ${first} ORDER BY source, rank`;
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
  coMentions: (args: CoMentionArgs) => DataLoader<CoMentionKey, IdCount[], string>;
};

/** Per-request loaders of every kind (`loaders.entities.countries.byId`), and co-mentions per argument set. */
export function entityLoaders(prisma: PrismaClient): EntityLoaders {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind.name, kindLoaders(prisma, kind as EntityKind)]));
  return {
    ...(byKind as { [N in KindName]: KindLoaders<EntityOf<N>> }),
    coMentions: perArgs(
      (args: CoMentionArgs) =>
        new DataLoader((keys: readonly CoMentionKey[]) => coMentionLists(prisma, args, keys), { cacheKeyFn: listKey }),
    ),
  };
}
