import DataLoader from "dataloader";
import { type PrismaClient } from "./db/client.js";
import { ARTICLE_COLUMNS, filterSql, type ArticleRow, type ResolvedFilter } from "./modules/article/article.query.js";

/** Related-article candidates per shared country: this many published before, and after, the article. */
const NEIGHBOURS = 100;

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
    /**
     * Articles related to each article, best first. Candidates share a country and were published
     * near it (the 100 before and the 100 after, per country, from the (country, date) index);
     * a rarer country counts more (idf weight), shared topics add a bonus, recency breaks ties.
     */
    relatedArticles: perArgs(
      (first: number) =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await prisma.$queryRaw<Array<ArticleRow & { source: string }>>`
            WITH src AS (
              SELECT article_id AS source, country_code, published_at FROM mention WHERE article_id = ANY(${ids}::uuid[])
            ), idf AS (
              SELECT country_code, ln((SELECT count(*) FROM article) + 1.0) - ln(count(*)) AS weight
              FROM mention WHERE country_code IN (SELECT country_code FROM src) GROUP BY 1
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
              SELECT source, target, row_number() OVER (PARTITION BY source ORDER BY score DESC, published_at DESC, target) AS rank FROM scored
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
