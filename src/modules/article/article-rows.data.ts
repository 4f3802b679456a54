// Article rows by id for the common case: columns plus the relations every list shows (authors,
// countries, topics). One hand-written statement builds each relation as JSON in PostgreSQL, in the
// shape Prisma's relation join returns, so resolvers cannot tell the difference; it skips Prisma's
// query planning and per-field result mapping, about a sixth of the flagship page's Node CPU
// (issue 18). Selections with other relations (places, organisations, persons) go through Prisma.
import { queryRaw } from "../../db/rows.js";
import { type PrismaClient } from "../../db/client.js";
import { Prisma } from "../../generated/prisma/client.js";

/** Article columns: API name -> SQL. */
const COLUMNS: Record<string, string> = {
  id: "a.id",
  slug: "a.slug",
  headline: "a.headline",
  subheadline: "a.subheadline",
  teaser: "a.teaser",
  body: "a.body",
  language: "a.language",
  publishedAt: "a.published_at",
  createdAt: "a.created_at",
  updatedAt: "a.updated_at",
  wordCount: "a.word_count",
  sourceName: "a.source_name",
};

/** The relations built here, each as a JSON list ordered as article.data.ts's RELATIONS orders it. */
const RELATIONS: Record<string, string> = {
  authors: `(SELECT coalesce(json_agg(json_build_object('author', json_build_object('id', w.id, 'name', w.name, 'slug', w.slug))
      ORDER BY x.position), '[]') FROM article_author x JOIN author w ON w.id = x.author_id WHERE x.article_id = a.id)`,
  mentions: `(SELECT coalesce(json_agg(json_build_object('id', m.id, 'count', m.count, 'country', json_build_object(
      'code', c.code, 'nameDe', c.name_de, 'nameEn', c.name_en, 'aliases', c.aliases)) ORDER BY m.count DESC, m.country_code), '[]')
      FROM mention m JOIN country c ON c.code = m.country_code WHERE m.article_id = a.id)`,
  topics: `(SELECT coalesce(json_agg(json_build_object('relevance', t.relevance, 'triggers', t.triggers, 'topic', json_build_object(
      'code', o.code, 'labelDe', o.label_de, 'labelEn', o.label_en, 'parentCode', o.parent_code)) ORDER BY t.relevance DESC, t.topic_code), '[]')
      FROM article_topic t JOIN topic o ON o.code = t.topic_code WHERE t.article_id = a.id)`,
};

/**
 * The selected columns and relations as a select list over `article a`, each named as its field; null
 * when a selected relation is not built here.
 */
export function articleFields(select: Prisma.ArticleSelect): Prisma.Sql | null {
  const fields = Object.keys(select).filter((f) => select[f as keyof Prisma.ArticleSelect]);
  if (!fields.every((f) => f in COLUMNS || f in RELATIONS)) return null;
  return Prisma.raw(fields.map((f) => `${COLUMNS[f] ?? RELATIONS[f]} AS "${f}"`).join(", "));
}

/** The rows of `ids` (in no particular order) with `fields` from articleFields. */
export function selectArticles(prisma: PrismaClient, ids: string[], fields: Prisma.Sql) {
  return queryRaw(prisma)<Array<{ id: string }>>`SELECT ${fields} FROM article a WHERE a.id = ANY(${ids}::uuid[])`;
}
