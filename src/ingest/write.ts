import { v7 as timeOrderedId } from "uuid";
import { type PrismaClient } from "../db/client.js";
import { applyEditorialOverrides } from "../modules/editorial/editorial.data.js";
import { slugify, type ExtractedArticle } from "./extract.js";

export type IngestStatus = "ingested" | "updated" | "unchanged";

export interface IngestOutcome {
  slug: string;
  id: string;
  status: IngestStatus;
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The one writer: stores extracted articles with their authors, mentions (with evidence), places and
 * topics, in one transaction for the whole batch. Idempotent: an article whose content hash is
 * stored already is "unchanged"; one whose slug exists with other content (a corrected version)
 * is "updated" in place and keeps its id.
 */
export async function writeArticles(prisma: PrismaClient, articles: ExtractedArticle[]): Promise<IngestOutcome[]> {
  return prisma.$transaction((tx) => writeBatch(tx, articles), { timeout: 120_000, maxWait: 30_000 });
}

async function writeBatch(tx: Tx, articles: ExtractedArticle[]): Promise<IngestOutcome[]> {
  // The entity sets and pair counters (see the entity_sets migration) are refreshed once for the
  // whole batch at the end, not by the triggers after each of the statements below.
  await tx.$executeRaw`SELECT set_config('newsroom.defer_entity_sets', 'on', true)`;
  const existing = await tx.article.findMany({
    where: {
      OR: [{ contentHash: { in: articles.map((a) => a.contentHash) } }, { slug: { in: articles.map((a) => a.slug) } }],
    },
    select: { id: true, slug: true, contentHash: true },
  });
  const byHash = new Map(existing.map((e) => [e.contentHash, e]));
  const bySlug = new Map(existing.map((e) => [e.slug, e]));

  const outcomes: IngestOutcome[] = [];
  const toWrite: Array<{ article: ExtractedArticle; id: string }> = [];
  const seen = new Map<string, IngestOutcome>();
  for (const article of articles) {
    const known = byHash.get(article.contentHash) ?? seen.get(article.contentHash);
    if (known) {
      outcomes.push({ slug: known.slug, id: known.id, status: "unchanged" });
      continue;
    }
    const previous = bySlug.get(article.slug);
    const outcome: IngestOutcome = {
      slug: article.slug,
      id: previous?.id ?? timeOrderedId(),
      status: previous ? "updated" : "ingested",
    };
    seen.set(article.contentHash, outcome);
    outcomes.push(outcome);
    toWrite.push({ article, id: outcome.id });
  }
  if (toWrite.length === 0) return outcomes;

  const updatedIds = outcomes.filter((o) => o.status === "updated").map((o) => o.id);
  const updated = new Set(updatedIds);
  if (updatedIds.length > 0) {
    // A corrected version replaces everything derived from the old text.
    await tx.mention.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.articleTopic.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.placeMention.deleteMany({ where: { articleId: { in: updatedIds } } });
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
  await insertRows(
    tx,
    INSERT_AUTHORS,
    [...authors].map(([slug, name]) => ({ id: timeOrderedId(), slug, name })),
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
        name: p.name,
        country_code: p.code,
        field: p.field,
        start: p.start,
        end: p.end,
      })),
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
    sourceName: a.sourceName,
    wordCount: a.wordCount,
  };
}

// Bulk inserts: one statement per table and batch, rows passed as one JSON parameter. Prisma's
// createMany was measured at under 200 articles/s here (bench/ingest.bench.ts); these reach the target.
// Ids are time-ordered (UUIDv7): new rows append to the primary-key indexes instead of touching a
// random page of a 10-million-row index each, which is what slowed ingest into a large archive.
const INSERT_ARTICLES = `INSERT INTO article (id, slug, headline, subheadline, teaser, body, language, published_at, content_hash, source_name, word_count, updated_at)
  SELECT id, slug, headline, subheadline, teaser, body, language, "publishedAt", "contentHash", "sourceName", "wordCount", now()
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, slug text, headline text, subheadline text, teaser text, body text, language text,
    "publishedAt" timestamptz, "contentHash" text, "sourceName" text, "wordCount" int)`;
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
const INSERT_PLACES = `INSERT INTO place_mention (id, article_id, name, country_code, field, start, "end")
  SELECT id, article_id, name, country_code, field::"TextField", start, "end"
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, article_id uuid, name text, country_code text, field text, start int, "end" int)`;
const INSERT_TOPICS = `INSERT INTO article_topic (article_id, topic_code, relevance, triggers)
  SELECT article_id, topic_code, relevance, triggers FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, topic_code text, relevance float8, triggers text[])`;

async function insertRows(tx: Tx, statement: string, rows: object[]): Promise<void> {
  if (rows.length > 0) await tx.$executeRawUnsafe(statement, JSON.stringify(rows));
}
