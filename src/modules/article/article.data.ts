// The article module's data access. Lists are two steps: a keyset page of ids over the entity sets
// (one statement, the filter applied by GIN and date indexes), then the rows of that page with the
// relations the request selects, built as JSON in the same statement (article-rows.data.ts). Counts of
// filters on countries alone are summed from intersection counts (pair counters, GIN), others are
// counted over the entity sets.
import { queryRaw } from "../../db/rows.js";
import DataLoader from "dataloader";
import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { type MentionOccurrence, Prisma } from "../../generated/prisma/client.js";
import { isUuid, type KeysetOrder, keysetPage, type PageRequest } from "../shared/connection.js";
import { type IdCount } from "../entity/entity.data.js";
import { type KindName } from "../shared/entity-kind.js";
import { groupBy, perArgs } from "../shared/loading.js";
import { articlesWithAll } from "../shared/pair-counts.js";
import { type Selection } from "../shared/selection.js";
import { counterTerms, type ResolvedFilter, resolveFilter } from "./article.filter.js";
import { articleFields, selectArticle, selectArticles } from "./article-rows.data.js";
import { filterSql, tsQuery } from "./filter.data.js";
import { type ArticleFilter, ArticleOrder } from "./article.input.js";

const SCALARS = [
  "id",
  "slug",
  "headline",
  "subheadline",
  "teaser",
  "body",
  "language",
  "publishedAt",
  "createdAt",
  "updatedAt",
  "wordCount",
  "sourceName",
] as const;

/**
 * Relations of an article as Prisma's relation join would read them: the shape and order the SQL of
 * article-rows.data.ts builds (tests/integration/article-rows.test.ts holds the two equal).
 */
const RELATIONS = {
  authors: { select: { author: true }, orderBy: { position: "asc" } },
  mentions: { select: { id: true, count: true, country: true }, orderBy: [{ count: "desc" }, { countryCode: "asc" }] },
  topics: {
    select: { relevance: true, triggers: true, topic: true },
    orderBy: [{ relevance: "desc" }, { topicCode: "asc" }],
  },
  places: { orderBy: [{ field: "asc" }, { start: "asc" }] },
  organisations: { orderBy: [{ field: "asc" }, { start: "asc" }] },
  persons: { include: { person: true }, orderBy: [{ field: "asc" }, { start: "asc" }] },
} satisfies Prisma.ArticleSelect;

/**
 * An article as the API serves it: the Prisma row with the columns and relations a request selected
 * (`authors` are byline links, `mentions` country links, `topics` topic links). Columns that were
 * not selected are absent at run time; relations that were not selected are loaded on demand.
 */
export type ArticleRecord = Prisma.ArticleGetPayload<{ select: Record<(typeof SCALARS)[number], true> }> &
  Partial<ArticleRelations>;
export type ArticleRelations = Prisma.ArticleGetPayload<{ select: typeof RELATIONS }>;

/** GraphQL fields of Article -> the Prisma relation they are read from. */
const RELATION_OF_FIELD: Record<string, keyof typeof RELATIONS> = {
  authors: "authors",
  countries: "mentions",
  mentions: "mentions",
  topics: "topics",
  classifications: "topics",
  places: "places",
  organisations: "organisations",
  persons: "persons",
};

/** The Prisma select for the Article fields a request selected: only those columns and relations. */
export function articleSelect(fields: Set<string>): Prisma.ArticleSelect {
  const all = fields.has("ninjs");
  const select: Prisma.ArticleSelect = { id: true };
  for (const column of SCALARS) if (all || fields.has(column)) select[column] = true;
  for (const [field, relation] of Object.entries(RELATION_OF_FIELD)) {
    if (fields.has(field)) Object.assign(select, { [relation]: RELATIONS[relation] });
  }
  if (all)
    Object.assign(select, {
      authors: RELATIONS.authors,
      mentions: RELATIONS.mentions,
      topics: RELATIONS.topics,
      persons: RELATIONS.persons,
    });
  return select;
}

/** Articles by id with the selected columns and relations, in the order of `ids` (one statement). */
export async function loadArticles(
  prisma: PrismaClient,
  ids: string[],
  select: Prisma.ArticleSelect,
): Promise<ArticleRecord[]> {
  if (ids.length === 0) return [];
  const rows = await selectArticles(prisma, ids, articleFields(select));
  const byId = new Map(rows.map((r) => [r.id, r as unknown as ArticleRecord]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One article by id or slug, or null. */
export async function findArticle(
  prisma: PrismaClient,
  where: { id?: string; slug?: string },
  select: Prisma.ArticleSelect,
): Promise<ArticleRecord | null> {
  // An article id is a UUID; any other text names no article.
  if (where.id !== undefined && !isUuid(where.id)) return null;
  const [row] = await selectArticle(prisma, where, articleFields(select));
  return (row ?? null) as unknown as ArticleRecord | null;
}

const ORDERS: Record<ArticleOrder, KeysetOrder> = {
  PUBLISHED_DESC: { name: ArticleOrder.PUBLISHED_DESC, key: "timestamp", descending: true },
  PUBLISHED_ASC: { name: ArticleOrder.PUBLISHED_ASC, key: "timestamp", descending: false },
  RELEVANCE: { name: ArticleOrder.RELEVANCE, key: "number", descending: true },
};

const HIGHLIGHT_OPTIONS =
  'MaxFragments=2, MaxWords=25, MinWords=8, StartSel=<mark>, StopSel=</mark>, FragmentDelimiter=" … "';

interface ArticleEdgeRecord {
  cursor: string;
  node: ArticleRecord;
  score: number | null;
  highlight: string | null;
}

/**
 * One page of articles matching a filter, in a stable order, with opaque keyset cursors: the page
 * of ids (with score, and highlights over the page's rows only when `highlight`), then its rows. A
 * full-text page joins `article` anyway, so it reads the rows' selected fields itself where it can.
 */
async function articlePage(
  prisma: PrismaClient,
  filter: ResolvedFilter,
  orderBy: ArticleOrder,
  page: PageRequest,
  options: { select: Prisma.ArticleSelect; highlight?: boolean },
) {
  if (orderBy === ArticleOrder.RELEVANCE && !filter.text) {
    throw new UserInputError("orderBy", "RELEVANCE needs a full-text query (filter.text)");
  }
  const order = ORDERS[orderBy];
  const scope = filterSql(filter, { idsOnly: true });
  const query = filter.text ? tsQuery(filter.text) : null;
  const rank = query ? Prisma.sql`ts_rank_cd(a.search_vector, ${query})::float8` : null;
  const sortKey = orderBy === ArticleOrder.RELEVANCE && rank ? rank : Prisma.sql`s.published_at`;
  const keyType = Prisma.raw(order.key === "number" ? "float8" : "timestamptz");
  const fields = rank ? articleFields(options.select) : null;
  type Row = { id: string; key: Date | number; score: number | null; highlight: string | null };

  const result = await keysetPage(
    page,
    order,
    async ({ after, descending, limit }) => {
      const direction = Prisma.raw(descending ? "DESC" : "ASC");
      const past = after
        ? Prisma.sql`AND (${sortKey}, s.article_id) ${Prisma.raw(descending ? "<" : ">")} (${after.key}::${keyType}, ${after.id}::uuid)`
        : Prisma.empty;
      const ids = Prisma.sql`
        SELECT s.article_id AS id, ${sortKey} AS key FROM ${scope.from}
        WHERE ${scope.where} ${past}
        ORDER BY ${sortKey} ${direction}, s.article_id ${direction} LIMIT ${limit}`;
      if (!rank)
        return queryRaw(prisma)<Row[]>`SELECT id, key, NULL::float8 AS score, NULL AS highlight FROM (${ids}) p`;
      // Score and highlights for the page's rows only (not for every hit, nor the probe row past the page).
      const highlight = options.highlight
        ? Prisma.sql`CASE WHEN p.n < ${limit} THEN
            ts_headline('german', concat_ws(E'\n', a.subheadline, a.teaser, a.body), ${query}, ${HIGHLIGHT_OPTIONS}) END`
        : Prisma.sql`NULL`;
      // With the rows' fields (id among them) each row is its node too.
      return queryRaw(prisma)<Row[]>`
        SELECT p.id, p.key, ${rank} AS score, ${highlight} AS highlight${fields ? Prisma.sql`, ${fields}` : Prisma.empty}
        FROM (SELECT ids.*, row_number() OVER (ORDER BY ids.key ${direction}, ids.id ${direction}) AS n FROM (${ids}) ids) p
        JOIN article a ON a.id = p.id ORDER BY p.n`;
    },
    (row, cursorFor) => ({ cursor: cursorFor({ key: row.key, id: row.id }), row }),
  );
  const rows = fields
    ? result.edges.map((e) => e.row as unknown as ArticleRecord)
    : await loadArticles(
        prisma,
        result.edges.map((e) => e.row.id),
        options.select,
      );
  const nodes = new Map(rows.map((n) => [n.id, n]));
  const edges: ArticleEdgeRecord[] = result.edges.flatMap(({ cursor, row }) => {
    const node = nodes.get(row.id);
    return node ? [{ cursor, node, score: row.score, highlight: row.highlight }] : [];
  });
  return { edges, pageInfo: result.pageInfo };
}

/**
 * Exact number of articles matching a filter. A filter on countries alone, or persons alone, is summed
 * from intersection counts (pair counters, or the GIN index for three or more), which touches a few
 * index pages instead of every matching row; anything else is counted over the entity sets.
 */
async function countArticles(prisma: PrismaClient, filter: ResolvedFilter): Promise<number> {
  const counted = counterTerms(filter);
  if (counted) {
    const sum = Prisma.join(
      counted.terms.map((t) => Prisma.sql`${t.sign}::int * ${articlesWithAll(counted.kind, t.ids)}`),
      " + ",
    );
    const [{ count }] = await queryRaw(prisma)<[{ count: number }]>`SELECT (${sum})::int AS count`;
    return count;
  }
  const scope = filterSql(filter, { idsOnly: true });
  const [{ count }] = await queryRaw(prisma)<[{ count: number }]>`
    SELECT count(*)::int AS count FROM ${scope.from} WHERE ${scope.where}`;
  return count;
}

/**
 * The most frequent entities of each kind in `kinds` among the articles matching `filter`, in one
 * statement: the matching sets once, then one count per kind.
 */
async function entityCounts(prisma: PrismaClient, filter: ResolvedFilter, first: number, kinds: KindName[]) {
  if (kinds.length === 0) return () => [];
  const scope = filterSql(filter);
  const count = (name: KindName) => Prisma.sql`(
    SELECT ${name} AS facet, e::text AS key, count(*)::int AS count FROM matching, unnest(${Prisma.raw(name)}) AS e
    GROUP BY e ORDER BY 3 DESC, 2 LIMIT ${first})`;
  const rows = await queryRaw(prisma)<Array<{ facet: KindName; key: string; count: number }>>`
    WITH matching AS MATERIALIZED (SELECT ${Prisma.raw(kinds.map((k) => `s.${k}`).join(", "))} FROM ${scope.from} WHERE ${scope.where})
    ${Prisma.join(kinds.map(count), " UNION ALL ")}`;
  return (name: KindName): IdCount[] =>
    rows.filter((r) => r.facet === name).map(({ key, count }) => ({ id: key, count }));
}

/** Facets of the articles matching `filter`: the exact total and the kinds the request selected. */
export async function articleFacets(prisma: PrismaClient, filter: ResolvedFilter, first: number, selected: KindName[]) {
  const [totalCount, counts] = await Promise.all([
    countArticles(prisma, filter),
    entityCounts(prisma, filter, first, selected),
  ]);
  return { totalCount, ...Object.fromEntries(selected.map((name) => [name, counts(name)])) };
}

/** Related-article candidates per shared country: this many published before, and after, the article. */
const NEIGHBOURS = 100;

/**
 * Articles related to each of `ids`, best first: candidates share a country and were published near
 * it (the 100 before and the 100 after, per country, from the (country, date) index); a rarer
 * country counts more (1 / ln of its article count, from the pair counters), shared topics add a
 * bonus, recency breaks ties.
 */
async function relatedIds(prisma: PrismaClient, ids: readonly string[], first: number) {
  return queryRaw(prisma)<Array<{ source: string; target: string }>>`
    WITH src AS (
      SELECT article_id AS source, country_code, published_at FROM mention WHERE article_id = ANY(${ids}::uuid[])
    ), idf AS (
      SELECT p.country_code, 1.0 / ln(2 + p.article_count) AS weight
      FROM country_pair_count p WHERE p.country_code = p.other_code AND p.country_code IN (SELECT country_code FROM src)
    ), candidates AS (
      SELECT s.source, c.article_id AS target, c.published_at, idf.weight
      FROM src s JOIN idf USING (country_code)
      CROSS JOIN LATERAL (
        (SELECT m.article_id, m.published_at FROM mention m
         WHERE m.country_code = s.country_code AND m.published_at <= s.published_at AND m.article_id <> s.source
         ORDER BY m.published_at DESC LIMIT ${NEIGHBOURS})
        UNION ALL
        (SELECT m.article_id, m.published_at FROM mention m
         WHERE m.country_code = s.country_code AND m.published_at > s.published_at
         ORDER BY m.published_at ASC LIMIT ${NEIGHBOURS})
      ) c
    ), scored AS (
      SELECT source, target, max(published_at) AS published_at, sum(weight) + coalesce(
        (SELECT sum(least(t1.relevance, t2.relevance)) FROM article_topic t1
         JOIN article_topic t2 ON t2.topic_code = t1.topic_code WHERE t1.article_id = source AND t2.article_id = target), 0) AS score
      FROM candidates GROUP BY source, target
    ), ranked AS (
      SELECT source, target, row_number() OVER (PARTITION BY source ORDER BY score DESC, published_at DESC, target) AS rank
      FROM scored
    )
    SELECT source::text, target::text FROM ranked WHERE rank <= ${first} ORDER BY source, rank`;
}

/**
 * Per-request loaders of the article module: relations of articles that were loaded without them,
 * evidence of mentions, and related articles.
 */
export function articleLoaders(prisma: PrismaClient) {
  const relation = <K extends keyof typeof RELATIONS>(name: K) =>
    new DataLoader<string, ArticleRelations[K]>(async (ids) => {
      const rows = await loadArticles(prisma, [...ids], { id: true, [name]: RELATIONS[name] });
      const byId = new Map(rows.map((r) => [r.id, r[name] as ArticleRelations[K]]));
      return ids.map((id) => byId.get(id) ?? ([] as ArticleRelations[K]));
    });
  return {
    /** A filter resolved once per request, however many parents ask (`countries { coMentions(filter) }`). */
    filter: perArgs((filter: ArticleFilter | undefined) => resolveFilter(prisma, filter)),
    authors: relation("authors"),
    mentions: relation("mentions"),
    topics: relation("topics"),
    places: relation("places"),
    organisations: relation("organisations"),
    persons: relation("persons"),
    occurrences: new DataLoader(async (ids: readonly string[]) => {
      const rows = await queryRaw(prisma)<MentionOccurrence[]>`
        SELECT id, mention_id AS "mentionId", field, start, "end", text, sentence, kind
        FROM mention_occurrence WHERE mention_id = ANY(${ids}::uuid[]) ORDER BY field, start`;
      return groupBy(ids, rows, (r) => r.mentionId);
    }),
    related: perArgs(
      ({ first, fields }: { first: number; fields: string[] }) =>
        new DataLoader(async (ids: readonly string[]) => {
          const pairs = await relatedIds(prisma, ids, first);
          const targets = await loadArticles(
            prisma,
            [...new Set(pairs.map((p) => p.target))],
            articleSelect(new Set(fields)),
          );
          const byId = new Map(targets.map((t) => [t.id, t]));
          return groupBy(ids, pairs, (p) => p.source).map((group) => group.flatMap((p) => byId.get(p.target) ?? []));
        }),
    ),
  };
}

/**
 * A connection of articles as the API returns it: the page with the node fields the request
 * selected (below `edges.node`), and the exact total, counted alongside the page when asked for.
 */
export async function articleConnection(
  prisma: PrismaClient,
  filter: ResolvedFilter,
  orderBy: ArticleOrder,
  page: PageRequest,
  selection: Selection,
) {
  const counting = selection.has("totalCount") ? countArticles(prisma, filter) : undefined;
  counting?.catch(() => undefined); // awaited below through totalCount; a failing page must not leave it unhandled
  const result = await articlePage(prisma, filter, orderBy, page, {
    select: articleSelect(selection.child("edges.node").names()),
    highlight: selection.child("edges").has("highlight"),
  });
  return {
    ...result,
    get totalCount() {
      return counting ?? countArticles(prisma, filter);
    },
  };
}

/**
 * Recomputes the entity sets and pair counters from the normalized tables (after a bulk load with
 * the triggers off, or to repair them), in one transaction; returns what they hold afterwards.
 */
export async function rebuildEntitySets(prisma: PrismaClient) {
  await prisma.$executeRaw`SELECT newsroom_rebuild_entity_sets()`;
  const [articles, pairs] = await Promise.all([prisma.articleEntitySet.count(), prisma.countryPairCount.count()]);
  return { articles, pairs };
}
