import { setTimeout } from "node:timers/promises";
import { v7 as timeOrderedId } from "uuid";
import { type PrismaClient } from "../db/client.js";
import { databaseCode } from "../errors.js";
import { applyEditorialOverrides } from "../modules/editorial/editorial.data.js";
import { slugify, type ExtractedArticle } from "./extract.js";

/** "stale": a newer version of the article is stored, so this text was not written. */
export type IngestStatus = "ingested" | "updated" | "unchanged" | "stale";

export interface IngestOutcome {
  slug: string;
  id: string;
  status: IngestStatus;
}

export interface WriteOptions {
  /** Store (and so re-extract) every text, even an unchanged one or one older than the stored version. */
  force?: boolean;
  /**
   * The id of the stored article the (one) text edits in place, under its slug (updateArticle): when
   * that article was deleted meanwhile, nothing is written and ArticleGoneError is thrown, instead of
   * storing the text as a new article.
   */
  inPlaceOf?: string;
}

/** The article a write was to change in place was deleted before the write could lock it. */
export class ArticleGoneError extends Error {
  constructor(readonly id: string) {
    super(`article ${id} was deleted`);
    this.name = "ArticleGoneError";
  }
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Deadlocks and serialization failures end a transaction without changing anything: it is run again. */
const RETRIED = new Set(["40P01", "40001"]);
const ATTEMPTS = 5;

/**
 * The one writer: stores extracted articles with their authors, mentions (with evidence), places and
 * topics, in one transaction for the whole batch. Idempotent: an article whose content hash is
 * stored already is "unchanged". A different text with a stored slug is another version of that
 * article: it replaces the stored one in place (same id, "updated") if its version time is later,
 * else it is "stale" and not written (unless `force`). Writers of the same article are serialised
 * by a lock on its slug, so concurrent versions end as exactly one complete version, the newest.
 */
export async function writeArticles(
  prisma: PrismaClient,
  articles: ExtractedArticle[],
  options: WriteOptions = {},
): Promise<IngestOutcome[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction((tx) => writeBatch(tx, articles, options), {
        timeout: 120_000,
        maxWait: 30_000,
      });
    } catch (error) {
      if (attempt === ATTEMPTS || !RETRIED.has(databaseCode(error) ?? "")) throw error;
      await setTimeout(Math.random() * 50 * attempt);
    }
  }
}

/** Whether `a` is a later version than `b`: by version time, ties broken by content hash so every writer agrees. */
function isNewer(a: Version, b: Version): boolean {
  if (!b.versionAt) return true;
  const difference = a.versionAt!.getTime() - b.versionAt.getTime();
  return difference !== 0 ? difference > 0 : a.contentHash > b.contentHash;
}

interface Version {
  versionAt: Date | null;
  contentHash: string;
}

async function writeBatch(tx: Tx, articles: ExtractedArticle[], options: WriteOptions): Promise<IngestOutcome[]> {
  // The entity sets and pair counters (see the entity_sets migration) are refreshed once for the
  // whole batch at the end, not by the triggers after each of the statements below.
  await tx.$executeRaw`SELECT set_config('newsroom.defer_entity_sets', 'on', true)`;
  const slugs = articles.map((a) => a.slug);
  await tx.$executeRaw`SELECT newsroom_lock_articles(${slugs}::text[])`;
  // The stored versions' rows too: a concurrent delete (or override) finishes first or waits for this
  // transaction, so what is read below stays there until the commit (never a P2025 or a foreign-key error).
  await tx.$executeRaw`SELECT 1 FROM article WHERE slug = ANY(${slugs}::text[]) ORDER BY id FOR UPDATE`;
  const existing = await tx.article.findMany({
    where: {
      OR: [{ contentHash: { in: articles.map((a) => a.contentHash) } }, { slug: { in: articles.map((a) => a.slug) } }],
    },
    select: { id: true, slug: true, contentHash: true, versionAt: true },
  });
  const byHash = new Map(options.force ? [] : existing.map((e) => [e.contentHash, e]));
  const bySlug = new Map(existing.map((e) => [e.slug, e]));
  if (options.inPlaceOf && !articles.every((a) => bySlug.get(a.slug)?.id === options.inPlaceOf)) {
    throw new ArticleGoneError(options.inPlaceOf);
  }

  // Of several versions of one article in the batch only the newest is a candidate.
  const newest = new Map<string, ExtractedArticle>();
  for (const a of articles) {
    const other = newest.get(a.slug);
    if (!other || isNewer(a, other)) newest.set(a.slug, a);
  }

  const outcomes: IngestOutcome[] = [];
  const toWrite: Array<{ article: ExtractedArticle; id: string }> = [];
  const written = new Map<string, IngestOutcome>();
  for (const article of newest.values()) {
    const previous = bySlug.get(article.slug);
    if (byHash.has(article.contentHash) || (previous && !options.force && !isNewer(article, previous))) continue;
    const outcome: IngestOutcome = {
      slug: article.slug,
      id: previous?.id ?? timeOrderedId(),
      status: previous ? "updated" : "ingested",
    };
    written.set(article.slug, outcome);
    toWrite.push({ article, id: outcome.id });
  }
  for (const article of articles) {
    const stored = byHash.get(article.contentHash);
    const winner = newest.get(article.slug)!;
    const outcome = written.get(article.slug);
    if (stored) outcomes.push({ slug: stored.slug, id: stored.id, status: "unchanged" });
    else if (outcome && winner.contentHash === article.contentHash) {
      // The written version, or the same text a second time in this batch.
      outcomes.push(winner === article ? outcome : { ...outcome, status: "unchanged" });
    } else outcomes.push({ slug: article.slug, id: outcome?.id ?? bySlug.get(article.slug)!.id, status: "stale" });
  }
  if (toWrite.length === 0) return outcomes;

  const updatedIds = outcomes.filter((o) => o.status === "updated").map((o) => o.id);
  const updated = new Set(updatedIds);
  if (updatedIds.length > 0) {
    // A corrected version replaces everything derived from the old text.
    await tx.mention.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.articleTopic.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.placeMention.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.organisationMention.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.articleAuthor.deleteMany({ where: { articleId: { in: updatedIds } } });
    for (const { article, id } of toWrite.filter((w) => updated.has(w.id))) {
      await tx.article.update({ where: { id }, data: articleRow(article) });
    }
  }
  const newArticles = toWrite.filter((w) => !updated.has(w.id));
  await insertRows(
    tx,
    INSERT_ARTICLES,
    newArticles.map(({ article, id }) => ({ id, ...articleRow(article) })),
  );

  const authors = new Map<string, string>();
  for (const { article } of toWrite) for (const name of article.authors) authors.set(slugify(name), name);
  // Sorted: concurrent batches that add the same new authors wait for each other instead of deadlocking.
  await insertRows(
    tx,
    INSERT_AUTHORS,
    [...authors].sort(([a], [b]) => (a < b ? -1 : 1)).map(([slug, name]) => ({ id: timeOrderedId(), slug, name })),
  );
  await insertRows(
    tx,
    INSERT_ARTICLE_AUTHORS,
    toWrite.flatMap(({ article, id }) =>
      [...new Set(article.authors.map((name) => slugify(name)))].map((slug, position) => ({
        article_id: id,
        slug,
        position,
      })),
    ),
  );

  const mentions = toWrite.flatMap(({ article, id }) =>
    article.countries.map((c) => ({ id: timeOrderedId(), articleId: id, article, country: c })),
  );
  await insertRows(
    tx,
    INSERT_MENTIONS,
    mentions.map((m) => ({
      id: m.id,
      article_id: m.articleId,
      country_code: m.country.code,
      count: m.country.count,
      published_at: m.article.publishedAt,
    })),
  );
  await insertRows(
    tx,
    INSERT_OCCURRENCES,
    mentions.flatMap((m) =>
      m.country.mentions.map((e) => ({
        id: timeOrderedId(),
        mention_id: m.id,
        field: e.field,
        start: e.start,
        end: e.end,
        text: e.text,
        sentence: e.sentence,
        kind: e.kind,
      })),
    ),
  );
  await insertRows(
    tx,
    INSERT_PLACES,
    toWrite.flatMap(({ article, id }) =>
      article.places.map((p) => ({
        id: timeOrderedId(),
        article_id: id,
        place_key: p.key,
        name: p.name,
        kind: p.kind,
        country_code: p.code,
        field: p.field,
        start: p.start,
        end: p.end,
        text: p.text,
        sentence: p.sentence,
      })),
    ),
  );
  await insertRows(
    tx,
    INSERT_ORGANISATIONS,
    toWrite.flatMap(({ article, id }) =>
      article.organisations.flatMap((o) =>
        o.mentions.map((m) => ({
          id: timeOrderedId(),
          article_id: id,
          organisation_code: o.code,
          field: m.field,
          start: m.start,
          end: m.end,
          text: m.text,
          sentence: m.sentence,
        })),
      ),
    ),
  );
  await insertRows(
    tx,
    INSERT_TOPICS,
    toWrite.flatMap(({ article, id }) =>
      article.topics.map((t) => ({ article_id: id, topic_code: t.code, relevance: t.relevance, triggers: t.triggers })),
    ),
  );
  await applyEditorialOverrides(
    tx,
    toWrite.map((w) => w.id),
  );
  await tx.$executeRaw`SELECT newsroom_refresh_entity_sets(${toWrite.map((w) => w.id)}::uuid[])`;
  return outcomes;
}

function articleRow(a: ExtractedArticle) {
  return {
    slug: a.slug,
    headline: a.headline,
    subheadline: a.subheadline,
    teaser: a.teaser,
    body: a.body,
    language: a.language,
    publishedAt: a.publishedAt,
    contentHash: a.contentHash,
    versionAt: a.versionAt,
    sourceName: a.sourceName,
    wordCount: a.wordCount,
  };
}

// Bulk inserts: one statement per table and batch, rows passed as one JSON parameter. Prisma's
// createMany was measured at under 200 articles/s here (bench/ingest.bench.ts); these reach the target.
// Ids are time-ordered (UUIDv7): new rows append to the primary-key indexes instead of touching a
// random page of a 10-million-row index each, which is what slowed ingest into a large archive.
const INSERT_ARTICLES = `INSERT INTO article (id, slug, headline, subheadline, teaser, body, language, published_at, content_hash, version_at, source_name, word_count, updated_at)
  SELECT id, slug, headline, subheadline, teaser, body, language, "publishedAt", "contentHash", "versionAt", "sourceName", "wordCount", now()
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, headline text, subheadline text, teaser text, body text, language text,
    "publishedAt" timestamptz, "contentHash" text, "versionAt" timestamptz, "sourceName" text, "wordCount" int)`;
const INSERT_AUTHORS = `INSERT INTO author (id, slug, name) SELECT id, slug, name FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, name text)
  ON CONFLICT (slug) DO NOTHING`;
const INSERT_ARTICLE_AUTHORS = `INSERT INTO article_author (article_id, author_id, position)
  SELECT r.article_id, a.id, r.position FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, slug text, position int) JOIN author a ON a.slug = r.slug`;
const INSERT_MENTIONS = `INSERT INTO mention (id, article_id, country_code, count, published_at)
  SELECT id, article_id, country_code, count, published_at
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, country_code text, count int, published_at timestamptz)`;
const INSERT_OCCURRENCES = `INSERT INTO mention_occurrence (id, mention_id, field, start, "end", text, sentence, kind)
  SELECT id, mention_id, field::"TextField", start, "end", text, sentence, kind::"MentionKind"
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, mention_id uuid, field text, start int, "end" int, text text, sentence text, kind text)`;
const INSERT_PLACES = `INSERT INTO place_mention (id, article_id, place_key, name, kind, country_code, field, start, "end", text, sentence)
  SELECT id, article_id, place_key, name, kind::"PlaceKind", country_code, field::"TextField", start, "end", text, sentence
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, place_key text, name text, kind text, country_code text,
    field text, start int, "end" int, text text, sentence text)`;
const INSERT_ORGANISATIONS = `INSERT INTO organisation_mention (id, article_id, organisation_code, field, start, "end", text, sentence)
  SELECT id, article_id, organisation_code, field::"TextField", start, "end", text, sentence
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, organisation_code text, field text, start int, "end" int,
    text text, sentence text)`;
const INSERT_TOPICS = `INSERT INTO article_topic (article_id, topic_code, relevance, triggers)
  SELECT article_id, topic_code, relevance, triggers FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, topic_code text, relevance float8, triggers text[])`;

async function insertRows(tx: Tx, statement: string, rows: object[]): Promise<void> {
  if (rows.length > 0) await tx.$executeRawUnsafe(statement, JSON.stringify(rows));
}
