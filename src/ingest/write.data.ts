// The writer's SQL (src/ingest/write.ts decides what to write; this file writes it). Bulk inserts:
// one statement per table and batch, rows passed as one JSON parameter. Prisma's createMany was
// measured at under 200 articles/s here (bench/ingest.bench.ts); these reach the target. Ids are
// time-ordered (UUIDv7): new rows append to the primary-key indexes instead of touching a random
// page of a 10-million-row index each, which is what slowed ingest into a large archive.
import { type PrismaClient } from "../db/client.js";
import { type AuditScope } from "./audit.js";

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A stored version of an article, as the writer compares it with a new text. */
export interface StoredVersion {
  id: string;
  slug: string;
  contentHash: string;
  versionAt: Date | null;
}

/**
 * Serialises writers of the same slugs and locks the stored versions' rows, so a concurrent delete
 * (or override) finishes first or waits for this transaction: what is read stays until the commit.
 * The entity sets and pair counters are refreshed once for the batch at the end (refreshEntitySets),
 * not by the triggers after each statement.
 */
export async function lockVersions(tx: Tx, slugs: string[], hashes: string[]): Promise<StoredVersion[]> {
  await tx.$executeRaw`SELECT set_config('newsroom.defer_entity_sets', 'on', true)`;
  await tx.$executeRaw`SELECT newsroom_lock_articles(${slugs}::text[])`;
  await tx.$executeRaw`SELECT 1 FROM article WHERE slug = ANY(${slugs}::text[]) ORDER BY id FOR UPDATE`;
  return tx.article.findMany({
    where: { OR: [{ contentHash: { in: hashes } }, { slug: { in: slugs } }] },
    select: { id: true, slug: true, contentHash: true, versionAt: true },
  });
}

/** A corrected version replaces everything derived from the old text. */
export async function deleteDerived(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.mention.deleteMany({ where: { articleId: { in: ids } } });
  await tx.articleTopic.deleteMany({ where: { articleId: { in: ids } } });
  await tx.placeMention.deleteMany({ where: { articleId: { in: ids } } });
  await tx.organisationMention.deleteMany({ where: { articleId: { in: ids } } });
  await tx.personMention.deleteMany({ where: { articleId: { in: ids } } });
  await tx.quote.deleteMany({ where: { articleId: { in: ids } } });
  await tx.articleAuthor.deleteMany({ where: { articleId: { in: ids } } });
}

export type ArticleColumns = Parameters<Tx["article"]["update"]>[0]["data"];

export async function updateArticles(tx: Tx, rows: Array<{ id: string; data: ArticleColumns }>): Promise<void> {
  for (const { id, data } of rows) await tx.article.update({ where: { id }, data });
}

export const INSERT = {
  articles: `INSERT INTO article (id, slug, headline, subheadline, teaser, body, language, published_at, content_hash, version_at, source_name, word_count, updated_at)
  SELECT id, slug, headline, subheadline, teaser, body, language, "publishedAt", "contentHash", "versionAt", "sourceName", "wordCount", now()
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, headline text, subheadline text, teaser text, body text, language text,
    "publishedAt" timestamptz, "contentHash" text, "versionAt" timestamptz, "sourceName" text, "wordCount" int)`,
  // Sorted by the caller: concurrent batches that add the same new authors wait for each other instead of deadlocking.
  authors: `INSERT INTO author (id, slug, name) SELECT id, slug, name FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, name text)
  ON CONFLICT (slug) DO NOTHING`,
  articleAuthors: `INSERT INTO article_author (article_id, author_id, position)
  SELECT r.article_id, a.id, r.position FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, slug text, position int) JOIN author a ON a.slug = r.slug`,
  mentions: `INSERT INTO mention (id, article_id, country_code, count, published_at)
  SELECT id, article_id, country_code, count, published_at
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, country_code text, count int, published_at timestamptz)`,
  occurrences: `INSERT INTO mention_occurrence (id, mention_id, field, start, "end", text, sentence, kind)
  SELECT id, mention_id, field::"TextField", start, "end", text, sentence, kind::"MentionKind"
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, mention_id uuid, field text, start int, "end" int, text text, sentence text, kind text)`,
  places: `INSERT INTO place_mention (id, article_id, place_key, name, kind, country_code, field, start, "end", text, sentence)
  SELECT id, article_id, place_key, name, kind::"PlaceKind", country_code, field::"TextField", start, "end", text, sentence
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, place_key text, name text, kind text, country_code text,
    field text, start int, "end" int, text text, sentence text)`,
  organisations: `INSERT INTO organisation_mention (id, article_id, organisation_code, field, start, "end", text, sentence)
  SELECT id, article_id, organisation_code, field::"TextField", start, "end", text, sentence
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, organisation_code text, field text, start int, "end" int,
    text text, sentence text)`,
  // A person is found by the key of its name, or of a spelling an editor merged into it (person_alias).
  // Sorted by the caller, as authors are.
  persons: `INSERT INTO person (id, key, name, country_code)
  SELECT id, key, name, country_code FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, key text, name text, country_code text)
  WHERE NOT EXISTS (SELECT 1 FROM person_alias a WHERE a.key = r.key)
  ON CONFLICT (key) DO UPDATE SET country_code = EXCLUDED.country_code
    WHERE person.country_code IS NULL AND EXCLUDED.country_code IS NOT NULL`,
  personMentions: `INSERT INTO person_mention (id, article_id, person_id, field, start, "end", text, sentence, role, country_code)
  SELECT r.id, r.article_id, coalesce(a.person_id, p.id), r.field::"TextField", r.start, r."end", r.text, r.sentence, r.role, r.country_code
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, key text, field text, start int, "end" int, text text,
    sentence text, role text, country_code text)
  LEFT JOIN person_alias a ON a.key = r.key LEFT JOIN person p ON p.key = r.key`,
  quotes: `INSERT INTO quote (id, article_id, speaker_id, text, field, start, "end", sentence, published_at)
  SELECT r.id, r.article_id, coalesce(a.person_id, p.id), r.text, r.field::"TextField", r.start, r."end", r.sentence, r.published_at
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, speaker_key text, text text, field text, start int,
    "end" int, sentence text, published_at timestamptz)
  LEFT JOIN person_alias a ON a.key = r.speaker_key LEFT JOIN person p ON p.key = r.speaker_key`,
  topics: `INSERT INTO article_topic (article_id, topic_code, relevance, triggers)
  SELECT article_id, topic_code, relevance, triggers FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, topic_code text, relevance float8, triggers text[])`,
} as const;

/** Rows into one table, in one statement. */
export async function insertRows(tx: Tx, table: keyof typeof INSERT, rows: object[]): Promise<void> {
  if (rows.length > 0) await tx.$executeRawUnsafe(INSERT[table], JSON.stringify(rows));
}

/**
 * After the writer stored (re-)extracted articles: the editors' overrides are applied again (so a new
 * extraction never undoes them) and one revision per article is recorded under `scope`'s actor, in the same
 * transaction.
 */
export async function applyEditorialOverrides(tx: Tx, ids: string[], scope: AuditScope): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`SELECT newsroom_apply_overrides(${ids}::uuid[])`;
  const changes = scope.changes ? JSON.stringify(scope.changes) : null;
  // created_at is the transaction's now() (to the millisecond) only for rows this transaction inserted.
  await tx.$executeRaw`
    INSERT INTO article_revision (id, article_id, actor, action, changes)
    SELECT gen_random_uuid(), a.id, ${scope.actor},
      coalesce(${scope.action ?? null}::"RevisionAction",
        CASE WHEN abs(extract(epoch FROM a.created_at - now())) < 0.001 THEN 'CREATED' ELSE 'UPDATED' END::"RevisionAction"),
      coalesce(${changes}::jsonb,
        jsonb_build_object('slug', a.slug, 'headline', a.headline, 'contentHash', a.content_hash, 'sourceName', a.source_name))
    FROM article a WHERE a.id = ANY(${ids}::uuid[])`;
}

/** The entity sets and pair counters of the written articles, recomputed once for the batch. */
export async function refreshEntitySets(tx: Tx, ids: string[]): Promise<void> {
  await tx.$executeRaw`SELECT newsroom_refresh_entity_sets(${ids}::uuid[])`;
}
