import DataLoader from "dataloader";
import { type PrismaClient } from "./db/client.js";
import { ARTICLE_COLUMNS, filterSql, type ArticleRow, type ResolvedFilter } from "./modules/article/article.query.js";

/** Groups rows by a key, in the order of `keys` (what DataLoader wants back). */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

function countsBy(keys: readonly string[], rows: Array<{ key: string; count: number }>): number[] {
  const counts = new Map(rows.map((r) => [r.key, r.count]));
  return keys.map((k) => counts.get(k) ?? 0);
}

/** A loader per distinct argument set, so `related(first: 3)` and `related(first: 5)` batch separately. */
function perArgs<A, L>(make: (args: A) => L): (args: A) => L {
  const loaders = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    if (!loaders.has(key)) loaders.set(key, make(args));
    return loaders.get(key)!;
  };
}

/**
 * Per-request DataLoaders: every relation of a list is fetched with one query per relation,
 * whatever the number of parents.
 */
export function createLoaders(prisma: PrismaClient) {
  return {
    authorsByArticle: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.articleAuthor.findMany({ where: { articleId: { in: [...ids] } }, include: { author: true }, orderBy: { position: "asc" } });
      return groupBy(ids, rows, (r) => r.articleId).map((links) => links.map((l) => l.author));
    }),
    mentionsByArticle: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.mention.findMany({
        where: { articleId: { in: [...ids] } },
        include: { country: true },
        orderBy: [{ count: "desc" }, { countryCode: "asc" }],
      });
      return groupBy(ids, rows, (r) => r.articleId);
    }),
    occurrencesByMention: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.mentionOccurrence.findMany({ where: { mentionId: { in: [...ids] } }, orderBy: [{ field: "asc" }, { start: "asc" }] });
      return groupBy(ids, rows, (r) => r.mentionId);
    }),
    classificationsByArticle: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.articleTopic.findMany({
        where: { articleId: { in: [...ids] } },
        include: { topic: true },
        orderBy: [{ relevance: "desc" }, { topicCode: "asc" }],
      });
      return groupBy(ids, rows, (r) => r.articleId);
    }),
    placesByArticle: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.placeMention.findMany({ where: { articleId: { in: [...ids] } }, orderBy: [{ field: "asc" }, { start: "asc" }] });
      return groupBy(ids, rows, (r) => r.articleId);
    }),
    countryByCode: new DataLoader(async (codes: readonly string[]) => {
      const rows = await prisma.country.findMany({ where: { code: { in: [...codes] } } });
      return groupBy(codes, rows, (r) => r.code).map((g) => g[0] ?? null);
    }),
    topicByCode: new DataLoader(async (codes: readonly string[]) => {
      const rows = await prisma.topic.findMany({ where: { code: { in: [...codes] } } });
      return groupBy(codes, rows, (r) => r.code).map((g) => g[0] ?? null);
    }),
    authorById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.author.findMany({ where: { id: { in: [...ids] } } });
      return groupBy(ids, rows, (r) => r.id).map((g) => g[0] ?? null);
    }),
    articleCountByCountry: new DataLoader(async (codes: readonly string[]) =>
      countsBy(
        codes,
        await prisma.$queryRaw`SELECT country_code AS key, count(*)::int AS count FROM mention WHERE country_code = ANY(${codes}::text[]) GROUP BY 1`,
      ),
    ),
    articleCountByTopic: new DataLoader(async (codes: readonly string[]) =>
      countsBy(
        codes,
        await prisma.$queryRaw`SELECT topic_code AS key, count(*)::int AS count FROM article_topic WHERE topic_code = ANY(${codes}::text[]) GROUP BY 1`,
      ),
    ),
    articleCountByAuthor: new DataLoader(async (ids: readonly string[]) =>
      countsBy(
        ids,
        await prisma.$queryRaw`SELECT author_id::text AS key, count(*)::int AS count FROM article_author WHERE author_id = ANY(${ids}::uuid[]) GROUP BY 1`,
      ),
    ),
    /** Countries named in the same articles as each country (optionally only articles matching a filter), most frequent first. */
    coMentions: perArgs(
      ({ first, filter }: { first: number; filter: ResolvedFilter }) =>
        new DataLoader(async (codes: readonly string[]) => {
          const rows = await prisma.$queryRaw<Array<{ source: string; code: string; articleCount: number }>>`
            SELECT source, code, "articleCount" FROM (
              SELECT m1.country_code AS source, m2.country_code AS code, count(*)::int AS "articleCount",
                     row_number() OVER (PARTITION BY m1.country_code ORDER BY count(*) DESC, m2.country_code) AS rank
              FROM mention m1
              JOIN mention m2 ON m2.article_id = m1.article_id AND m2.country_code <> m1.country_code
              JOIN article a ON a.id = m1.article_id
              WHERE m1.country_code = ANY(${codes}::text[]) AND ${filterSql(filter)}
              GROUP BY m1.country_code, m2.country_code
            ) ranked WHERE rank <= ${first} ORDER BY source, rank`;
          return groupBy(codes, rows, (r) => r.source);
        }),
    ),
    /** Articles sharing countries and topics with each article, best first. */
    relatedArticles: perArgs(
      (first: number) =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await prisma.$queryRaw<Array<ArticleRow & { source: string }>>`
            WITH shared AS (
              SELECT m1.article_id AS source, m2.article_id AS target, 1.0::float8 AS weight
              FROM mention m1 JOIN mention m2 ON m2.country_code = m1.country_code AND m2.article_id <> m1.article_id
              WHERE m1.article_id = ANY(${ids}::uuid[])
              UNION ALL
              SELECT t1.article_id, t2.article_id, least(t1.relevance, t2.relevance)
              FROM article_topic t1 JOIN article_topic t2 ON t2.topic_code = t1.topic_code AND t2.article_id <> t1.article_id
              WHERE t1.article_id = ANY(${ids}::uuid[])
            ), ranked AS (
              SELECT s.source, s.target, row_number() OVER (PARTITION BY s.source ORDER BY sum(s.weight) DESC, max(a.published_at) DESC, s.target) AS rank
              FROM shared s JOIN article a ON a.id = s.target GROUP BY s.source, s.target
            )
            SELECT r.source::text AS source, ${ARTICLE_COLUMNS}
            FROM ranked r JOIN article a ON a.id = r.target
            WHERE r.rank <= ${first} ORDER BY r.source, r.rank`;
          return groupBy(ids, rows, (r) => r.source).map((group) => group.map(({ source: _s, ...article }) => article));
        }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
