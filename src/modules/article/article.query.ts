import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { Prisma } from "../../generated/prisma/client.js";
import { resolveAuthorIds } from "../author/author.lookup.js";
import { resolveCountryCodes } from "../country/country.lookup.js";
import { decodeCursor, encodeCursor, pageFromRows, type PageInfo, type PageRequest } from "../shared/connection.js";
import { resolveTopicCodes } from "../topic/topic.lookup.js";
import { ArticleOrder, type ArticleFilter, type EntityFilter } from "./article.input.js";

/** An article row as every article query returns it (camelCase, ready to be a GraphQL Article). */
export interface ArticleRow {
  id: string;
  slug: string;
  headline: string;
  subheadline: string | null;
  teaser: string;
  body: string;
  language: string;
  publishedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  wordCount: number;
  sourceName: string;
}

export const ARTICLE_COLUMNS = Prisma.raw(
  `a.id, a.slug, a.headline, a.subheadline, a.teaser, a.body, a.language, a.published_at AS "publishedAt",
   a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.word_count AS "wordCount", a.source_name AS "sourceName"`,
);

interface IdSets {
  all: string[];
  any: string[];
  none: string[];
}

/** An ArticleFilter with every name resolved to ids, checked, ready to become SQL. */
export interface ResolvedFilter {
  countries: IdSets;
  topics: IdSets;
  authorIds: string[];
  publishedAfter?: Date;
  publishedBefore?: Date;
  language?: string;
  text?: string;
}

const EMPTY_SETS: IdSets = { all: [], any: [], none: [] };

function entityValues(filter: EntityFilter | undefined, argument: string) {
  return (["all", "any", "none"] as const).flatMap((part) => (filter?.[part] ?? []).map((value, i) => ({ value, argument: `${argument}.${part}[${i}]`, part })));
}

function toSets(values: ReturnType<typeof entityValues>, resolved: Map<string, string>): IdSets {
  const sets: IdSets = { all: [], any: [], none: [] };
  for (const v of values) sets[v.part].push(resolved.get(v.value)!);
  return { all: [...new Set(sets.all)], any: [...new Set(sets.any)], none: [...new Set(sets.none)] };
}

/**
 * Resolves names to ids (one query per vocabulary in use) and rejects contradictory or empty input.
 * Errors name the part of `filter` at fault ("filter.countries.all[1]"); `textArgument` names the
 * search text, which `search` takes as its own `query` argument.
 */
export async function resolveFilter(prisma: PrismaClient, filter: ArticleFilter | undefined, textArgument = "filter.text"): Promise<ResolvedFilter> {
  const argument = "filter";
  if (!filter) return { countries: EMPTY_SETS, topics: EMPTY_SETS, authorIds: [] };
  const countryValues = entityValues(filter.countries, `${argument}.countries`);
  const topicValues = entityValues(filter.topics, `${argument}.topics`);
  const [countryCodes, topicCodes, authorIds] = await Promise.all([
    resolveCountryCodes(prisma, countryValues),
    resolveTopicCodes(prisma, topicValues),
    resolveAuthorIds(prisma, filter.authors ?? [], `${argument}.authors`),
  ]);
  if (filter.publishedAfter && filter.publishedBefore && filter.publishedAfter > filter.publishedBefore) {
    throw new UserInputError(`${argument}.publishedAfter`, "must not be later than publishedBefore");
  }
  let text: string | undefined;
  if (filter.text != null) {
    text = filter.text.trim();
    if (text.length === 0) throw new UserInputError(textArgument, "the search text is empty");
    const [{ nodes }] = await prisma.$queryRaw<[{ nodes: number }]>`SELECT numnode(websearch_to_tsquery('german', ${text})) AS nodes`;
    if (nodes === 0) throw new UserInputError(textArgument, `"${text}" has no searchable words (only stop words or punctuation)`);
  }
  return {
    countries: toSets(countryValues, countryCodes),
    topics: toSets(topicValues, topicCodes),
    authorIds,
    publishedAfter: filter.publishedAfter,
    publishedBefore: filter.publishedBefore,
    language: filter.language,
    text,
  };
}

function entityConditions(sets: IdSets, table: "mention" | "article_topic", column: "country_code" | "topic_code"): Prisma.Sql[] {
  const t = Prisma.raw(table);
  const c = Prisma.raw(column);
  return [
    ...sets.all.map((id) => Prisma.sql`EXISTS (SELECT 1 FROM ${t} x WHERE x.article_id = a.id AND x.${c} = ${id})`),
    ...(sets.any.length ? [Prisma.sql`EXISTS (SELECT 1 FROM ${t} x WHERE x.article_id = a.id AND x.${c} = ANY(${sets.any}::text[]))`] : []),
    ...(sets.none.length ? [Prisma.sql`NOT EXISTS (SELECT 1 FROM ${t} x WHERE x.article_id = a.id AND x.${c} = ANY(${sets.none}::text[]))`] : []),
  ];
}

/** The filter as a SQL condition over `article a`. */
export function filterSql(f: ResolvedFilter): Prisma.Sql {
  const conditions = [
    ...entityConditions(f.countries, "mention", "country_code"),
    ...entityConditions(f.topics, "article_topic", "topic_code"),
    ...(f.authorIds.length ? [Prisma.sql`EXISTS (SELECT 1 FROM article_author x WHERE x.article_id = a.id AND x.author_id = ANY(${f.authorIds}::uuid[]))`] : []),
    ...(f.publishedAfter ? [Prisma.sql`a.published_at >= ${f.publishedAfter}`] : []),
    ...(f.publishedBefore ? [Prisma.sql`a.published_at <= ${f.publishedBefore}`] : []),
    ...(f.language ? [Prisma.sql`a.language = ${f.language}`] : []),
    ...(f.text ? [Prisma.sql`a.search_vector @@ websearch_to_tsquery('german', ${f.text})`] : []),
  ];
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

export interface ArticleEdgeRow {
  cursor: string;
  node: ArticleRow;
  score: number | null;
  highlight: string | null;
}

export interface ArticlePage {
  edges: ArticleEdgeRow[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for totalCount. */
  countTotal: () => Promise<number>;
}

const HIGHLIGHT_OPTIONS = 'MaxFragments=2, MaxWords=25, MinWords=8, StartSel=<mark>, StopSel=</mark>, FragmentDelimiter=" … "';

/**
 * One page of articles matching a filter, in a stable order, with opaque keyset cursors.
 * Each page is one statement (plus one for totalCount when asked), whatever the page size.
 */
export async function articlePage(
  prisma: PrismaClient,
  filter: ResolvedFilter,
  order: ArticleOrder,
  page: PageRequest,
  options: { highlight?: boolean } = {},
): Promise<ArticlePage> {
  if (order === ArticleOrder.RELEVANCE && !filter.text) throw new UserInputError("orderBy", "RELEVANCE needs a full-text query (filter.text)");
  const query = filter.text ? Prisma.sql`websearch_to_tsquery('german', ${filter.text})` : null;
  const score = query ? Prisma.sql`ts_rank_cd(a.search_vector, ${query})::float8` : Prisma.sql`NULL::float8`;
  const sortKey = order === ArticleOrder.RELEVANCE ? Prisma.sql`ts_rank_cd(a.search_vector, ${query!})::float8` : Prisma.sql`a.published_at`;
  const descending = order !== ArticleOrder.PUBLISHED_ASC;
  // Walking backwards = the reverse order, then the rows reversed again.
  const sqlDescending = page.direction === "forward" ? descending : !descending;

  let after = Prisma.empty;
  if (page.cursor) {
    const c = decodeCursor(page.cursor, page.cursorArgument, order);
    const key = order === ArticleOrder.RELEVANCE ? Prisma.sql`${Number(c.key)}::float8` : Prisma.sql`${new Date(String(c.key))}::timestamptz`;
    after = sqlDescending ? Prisma.sql`AND (p.sort_key, p.id) < (${key}, ${c.id}::uuid)` : Prisma.sql`AND (p.sort_key, p.id) > (${key}, ${c.id}::uuid)`;
  }
  const direction = Prisma.raw(sqlDescending ? "DESC" : "ASC");
  const highlight =
    options.highlight && query
      ? Prisma.sql`ts_headline('german', concat_ws(E'\n', p.subheadline, p.teaser, p.body), ${query}, ${HIGHLIGHT_OPTIONS})`
      : Prisma.sql`NULL::text`;
  const rows = await prisma.$queryRaw<Array<ArticleRow & { sort_key: Date | number; score: number | null; highlight: string | null }>>`
    SELECT p.*, ${highlight} AS highlight FROM (
      SELECT * FROM (
        SELECT ${ARTICLE_COLUMNS}, ${sortKey} AS sort_key, ${score} AS score FROM article a WHERE ${filterSql(filter)}
      ) p WHERE TRUE ${after}
      ORDER BY p.sort_key ${direction}, p.id ${direction}
      LIMIT ${page.size + 1}
    ) p ORDER BY p.sort_key ${direction}, p.id ${direction}`;

  return {
    ...pageFromRows(rows, page, ({ sort_key, score: s, highlight: h, ...node }) => ({
      cursor: encodeCursor({ kind: order, key: sort_key instanceof Date ? sort_key.toISOString() : Number(sort_key), id: node.id }),
      node,
      score: s,
      highlight: h,
    })),
    countTotal: async () => {
      const [{ count }] = await prisma.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM article a WHERE ${filterSql(filter)}`;
      return count;
    },
  };
}
