// Article rows by id for the common case: columns plus the relations every list shows (authors,
// countries, topics). One hand-written statement builds each relation as JSON in PostgreSQL, in the
// shape Prisma's relation join returns, so resolvers cannot tell the difference; it skips Prisma's
// query planning and per-field result mapping, about a sixth of the flagship page's Node CPU
// (issue 18). The evidence relations (places, organisations, persons) are built the same way.
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
  places: `(SELECT coalesce(json_agg(json_build_object('id', p.id, 'articleId', p.article_id, 'placeKey', p.place_key, 'name', p.name,
      'kind', p.kind, 'countryCode', p.country_code, 'field', p.field, 'start', p.start, 'end', p."end", 'text', p.text,
      'sentence', p.sentence) ORDER BY p.field, p.start), '[]') FROM place_mention p WHERE p.article_id = a.id)`,
  organisations: `(SELECT coalesce(json_agg(json_build_object('id', g.id, 'articleId', g.article_id, 'organisationCode',
      g.organisation_code, 'field', g.field, 'start', g.start, 'end', g."end", 'text', g.text, 'sentence', g.sentence)
      ORDER BY g.field, g.start), '[]') FROM organisation_mention g WHERE g.article_id = a.id)`,
  persons: `(SELECT coalesce(json_agg(json_build_object('id', m.id, 'articleId', m.article_id, 'personId', m.person_id,
      'field', m.field, 'start', m.start, 'end', m."end", 'text', m.text, 'sentence', m.sentence, 'role', m.role,
      'countryCode', m.country_code, 'person', json_build_object('id', p.id, 'key', p.key, 'name', p.name, 'countryCode', p.country_code))
      ORDER BY m.field, m.start), '[]') FROM person_mention m JOIN person p ON p.id = m.person_id WHERE m.article_id = a.id)`,
};

/** The selected columns and relations as a select list over `article a`, each named as its field. */
export function articleFields(select: Prisma.ArticleSelect): Prisma.Sql {
  const fields = Object.keys(select).filter((f) => select[f as keyof Prisma.ArticleSelect]);
  const unknown = fields.find((f) => !(f in COLUMNS || f in RELATIONS));
  if (unknown) throw new Error(`article-rows.data.ts builds no column or relation "${unknown}"`);
  return Prisma.raw(fields.map((f) => `${COLUMNS[f] ?? RELATIONS[f]} AS "${f}"`).join(", "));
}

/** The rows of `ids` (in no particular order) with `fields` from articleFields. */
export function selectArticles(prisma: PrismaClient, ids: string[], fields: Prisma.Sql) {
  return queryRaw(prisma)<Array<{ id: string }>>`SELECT ${fields} FROM article a WHERE a.id = ANY(${ids}::uuid[])`;
}

/** The row of the article with `id` or `slug` with `fields` from articleFields, or none. */
export function selectArticle(prisma: PrismaClient, where: { id?: string; slug?: string }, fields: Prisma.Sql) {
  const condition = where.id !== undefined ? Prisma.sql`a.id = ${where.id}::uuid` : Prisma.sql`a.slug = ${where.slug}`;
  return queryRaw(prisma)<Array<{ id: string }>>`SELECT ${fields} FROM article a WHERE ${condition}`;
}
