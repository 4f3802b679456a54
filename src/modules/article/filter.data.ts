// A resolved filter as SQL over the entity sets (`article_entity_set s`, joined to `article a` only
// for language and full text), and the search-text check PostgreSQL's parser answers.
import { queryRaw } from "../../db/rows.js";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { SEARCH_CHECK_CACHE_ENTRIES } from "../../limits.js";
import { Prisma } from "../../generated/prisma/client.js";
import { KINDS } from "../entity/registry.js";
import { type EntityKind } from "../shared/entity-kind.js";
import { type IdSets, type ResolvedFilter } from "./article.filter.js";

/** A filter as SQL: the rows to read (`s`, and `a` when needed) and the condition on them. */
export interface FilterSql {
  from: Prisma.Sql;
  where: Prisma.Sql;
}

/**
 * Parsed search texts: the same text always parses the same, and a breaking story brings the same
 * searches again and again, so each is asked of PostgreSQL once (texts are at most 500 characters).
 */
const parsedSearches = new InMemoryLRUCache<number>({ maxSize: SEARCH_CHECK_CACHE_ENTRIES, sizeCalculation: () => 1 });

/** Terms and operators of a search text as PostgreSQL parses it; a text its parser cannot take is the client's mistake. */
export async function searchNodes(prisma: PrismaClient, text: string, argument: string): Promise<number> {
  const known = await parsedSearches.get(text);
  if (known !== undefined) return known;
  try {
    const [{ nodes }] = await queryRaw(prisma)<[{ nodes: number }]>`
      SELECT numnode(websearch_to_tsquery('german', ${text})) AS nodes`;
    await parsedSearches.set(text, nodes);
    return nodes;
  } catch (error) {
    // More than 32 operators in a row ("-----…") overflow the tsquery parser: SQLSTATE XX000.
    if (/tsquery stack too small/.test(String(error))) {
      throw new UserInputError(argument, "the search text has too many operators (-, or, quotes) in a row");
    }
    throw error;
  }
}

function setConditions(sets: IdSets, kind: EntityKind): Prisma.Sql[] {
  const c = Prisma.raw(`s.${kind.name}`);
  const type = Prisma.raw(`${kind.idType}[]`);
  return [
    ...(sets.all.length ? [Prisma.sql`${c} @> ${sets.all}::${type}`] : []),
    ...(sets.any.length ? [Prisma.sql`${c} && ${sets.any}::${type}`] : []),
    ...(sets.none.length ? [Prisma.sql`NOT (${c} && ${sets.none}::${type})`] : []),
  ];
}

/** The full-text query of a filter, as SQL. */
export function tsQuery(text: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('german', ${text})`;
}

/**
 * The filter as SQL over `article_entity_set s` (joined to `article a` for language and text). With
 * `idsOnly` the caller reads no set column, only `s.article_id` and `s.published_at`: a filter on text or
 * language alone then reads `article` alone, whose columns stand in for `s` (search pages and counts do
 * not probe the entity sets once per match: at 1 M articles a search count took 5.0 ms with the join, 0.8 without).
 */
export function filterSql(f: ResolvedFilter, { idsOnly = false } = {}): FilterSql {
  const onSets = KINDS.flatMap((kind) => setConditions(f.sets[kind.name], kind as EntityKind));
  const conditions = [
    ...onSets,
    ...(f.publishedAfter ? [Prisma.sql`s.published_at >= ${f.publishedAfter}`] : []),
    ...(f.publishedBefore ? [Prisma.sql`s.published_at <= ${f.publishedBefore}`] : []),
    ...(f.language ? [Prisma.sql`a.language = ${f.language}`] : []),
    ...(f.text ? [Prisma.sql`a.search_vector @@ ${tsQuery(f.text)}`] : []),
  ];
  const joinsArticle = Boolean(f.language || f.text);
  const readsSets = !idsOnly || onSets.length > 0;
  const from = !joinsArticle
    ? Prisma.sql`article_entity_set s`
    : readsSets
      ? Prisma.sql`article_entity_set s JOIN article a ON a.id = s.article_id`
      : Prisma.sql`article a CROSS JOIN LATERAL (SELECT a.id AS article_id, a.published_at) s`;
  return {
    from,
    where: conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`,
  };
}
