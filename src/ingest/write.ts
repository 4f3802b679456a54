import { setTimeout } from "node:timers/promises";
import { type PrismaClient } from "../db/client.js";
import { databaseCode } from "../errors.js";
import { type AuditScope, cliAudit } from "./audit.js";
import { type ExtractedArticle } from "./extract.js";
import { slugify } from "./slug.js";
import { timeOrderedId } from "./ids.js";
import {
  applyEditorialOverrides,
  deleteDerived,
  INSERT,
  insertRows,
  lockVersions,
  refreshEntitySets,
  type StoredVersion,
  type Tx,
  updateArticles,
} from "./write.data.js";

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
  /** Who is writing, for the revisions (a mutation's editor); default: the CLI's user. */
  audit?: AuditScope;
}

/** The article a write was to change in place was deleted before the write could lock it. */
export class ArticleGoneError extends Error {
  constructor(readonly id: string) {
    super(`article ${id} was deleted`);
    this.name = "ArticleGoneError";
  }
}

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

async function writeBatch(tx: Tx, articles: ExtractedArticle[], options: WriteOptions): Promise<IngestOutcome[]> {
  const stored = await lockVersions(
    tx,
    articles.map((a) => a.slug),
    articles.map((a) => a.contentHash),
  );
  if (
    options.inPlaceOf &&
    !articles.every((a) => stored.some((s) => s.slug === a.slug && s.id === options.inPlaceOf))
  ) {
    throw new ArticleGoneError(options.inPlaceOf);
  }
  const { outcomes, toWrite } = decide(articles, stored, options.force ?? false);
  if (toWrite.length === 0) return outcomes;

  const updated = new Set(outcomes.filter((o) => o.status === "updated").map((o) => o.id));
  const replaced = toWrite.filter((w) => updated.has(w.id));
  await deleteDerived(
    tx,
    replaced.map((w) => w.id),
  );
  await updateArticles(
    tx,
    replaced.map(({ article, id }) => ({ id, data: articleRow(article) })),
  );
  await insertRows(
    tx,
    "articles",
    toWrite.filter((w) => !updated.has(w.id)).map(({ article, id }) => ({ id, ...articleRow(article) })),
  );
  for (const [table, rows] of derivedRows(toWrite)) await insertRows(tx, table, rows);
  const ids = toWrite.map((w) => w.id);
  await applyEditorialOverrides(tx, ids, options.audit ?? cliAudit());
  await refreshEntitySets(tx, ids);
  return outcomes;
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

interface ToWrite {
  article: ExtractedArticle;
  id: string;
}

/**
 * What to do with each text of a batch, given the stored versions: its outcome, and the texts to
 * write (of several versions of one article in the batch only the newest is a candidate).
 */
function decide(articles: ExtractedArticle[], stored: StoredVersion[], force: boolean) {
  const byHash = new Map(force ? [] : stored.map((e) => [e.contentHash, e]));
  const bySlug = new Map(stored.map((e) => [e.slug, e]));
  const newest = new Map<string, ExtractedArticle>();
  for (const a of articles) {
    const other = newest.get(a.slug);
    if (!other || isNewer(a, other)) newest.set(a.slug, a);
  }

  const toWrite: ToWrite[] = [];
  const written = new Map<string, IngestOutcome>();
  for (const article of newest.values()) {
    const previous = bySlug.get(article.slug);
    if (byHash.has(article.contentHash) || (previous && !force && !isNewer(article, previous))) continue;
    const outcome: IngestOutcome = {
      slug: article.slug,
      id: previous?.id ?? timeOrderedId(),
      status: previous ? "updated" : "ingested",
    };
    written.set(article.slug, outcome);
    toWrite.push({ article, id: outcome.id });
  }
  const outcomes = articles.map((article): IngestOutcome => {
    const same = byHash.get(article.contentHash);
    const winner = newest.get(article.slug)!;
    const outcome = written.get(article.slug);
    if (same) return { slug: same.slug, id: same.id, status: "unchanged" };
    if (outcome && winner.contentHash === article.contentHash) {
      // The written version, or the same text a second time in this batch.
      return winner === article ? outcome : { ...outcome, status: "unchanged" };
    }
    return { slug: article.slug, id: outcome?.id ?? bySlug.get(article.slug)!.id, status: "stale" };
  });
  return { outcomes, toWrite };
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

/** The rows derived from the texts, per table, in insert order (authors before their links, mentions before their evidence). */
function derivedRows(toWrite: ToWrite[]): Array<[keyof typeof INSERT, object[]]> {
  const authors = new Map<string, string>();
  for (const { article } of toWrite) for (const name of article.authors) authors.set(slugify(name), name);
  const mentions = toWrite.flatMap(({ article, id }) =>
    article.countries.map((country) => ({ id: timeOrderedId(), articleId: id, article, country })),
  );
  return [
    [
      "authors",
      [...authors].sort(([a], [b]) => (a < b ? -1 : 1)).map(([slug, name]) => ({ id: timeOrderedId(), slug, name })),
    ],
    [
      "articleAuthors",
      toWrite.flatMap(({ article, id }) =>
        [...new Set(article.authors.map((name) => slugify(name)))].map((slug, position) => ({
          article_id: id,
          slug,
          position,
        })),
      ),
    ],
    [
      "mentions",
      mentions.map((m) => ({
        id: m.id,
        article_id: m.articleId,
        country_code: m.country.code,
        count: m.country.count,
        published_at: m.article.publishedAt,
      })),
    ],
    [
      "occurrences",
      mentions.flatMap((m) =>
        m.country.mentions.map(({ field, start, end, text, sentence, kind }) => ({
          id: timeOrderedId(),
          mention_id: m.id,
          field,
          start,
          end,
          text,
          sentence,
          kind,
        })),
      ),
    ],
    [
      "places",
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
    ],
    [
      "organisations",
      toWrite.flatMap(({ article, id }) =>
        article.organisations.flatMap((o) =>
          o.mentions.map(({ field, start, end, text, sentence }) => ({
            id: timeOrderedId(),
            article_id: id,
            organisation_code: o.code,
            field,
            start,
            end,
            text,
            sentence,
          })),
        ),
      ),
    ],
    ...personRows(toWrite),
    [
      "topics",
      toWrite.flatMap(({ article, id }) =>
        article.topics.map((t) => ({
          article_id: id,
          topic_code: t.code,
          relevance: t.relevance,
          triggers: t.triggers,
        })),
      ),
    ],
  ];
}

/** Persons (new ones; a known key keeps its row), their occurrences with role and country, and quotes with their speakers. */
function personRows(toWrite: ToWrite[]): Array<[keyof typeof INSERT, object[]]> {
  const persons = new Map<string, { name: string; country_code: string | null }>();
  for (const { article } of toWrite) {
    for (const p of article.persons) {
      const known = persons.get(p.key);
      if (!known || (!known.country_code && p.country)) persons.set(p.key, { name: p.name, country_code: p.country });
    }
  }
  return [
    [
      "persons",
      [...persons].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, p]) => ({ id: timeOrderedId(), key, ...p })),
    ],
    [
      "personMentions",
      toWrite.flatMap(({ article, id }) =>
        article.persons.flatMap((p) =>
          p.mentions.map(({ field, start, end, text, sentence, role }) => ({
            id: timeOrderedId(),
            article_id: id,
            key: p.key,
            field,
            start,
            end,
            text,
            sentence,
            role,
            country_code: role ? p.country : null,
          })),
        ),
      ),
    ],
    [
      "quotes",
      toWrite.flatMap(({ article, id }) =>
        article.quotes.map(({ text, speaker, field, start, end, sentence }) => ({
          id: timeOrderedId(),
          article_id: id,
          speaker_key: speaker?.key ?? null,
          text,
          field,
          start,
          end,
          sentence,
          published_at: article.publishedAt,
        })),
      ),
    ],
  ];
}
