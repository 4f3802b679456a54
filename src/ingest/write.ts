import { randomUUID } from "node:crypto";
import { type PrismaClient } from "../db/client.js";
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
  const existing = await tx.article.findMany({
    where: { OR: [{ contentHash: { in: articles.map((a) => a.contentHash) } }, { slug: { in: articles.map((a) => a.slug) } }] },
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
    const outcome: IngestOutcome = { slug: article.slug, id: previous?.id ?? randomUUID(), status: previous ? "updated" : "ingested" };
    seen.set(article.contentHash, outcome);
    outcomes.push(outcome);
    toWrite.push({ article, id: outcome.id });
  }
  if (toWrite.length === 0) return outcomes;

  const updatedIds = outcomes.filter((o) => o.status === "updated").map((o) => o.id);
  if (updatedIds.length > 0) {
    // A corrected version replaces everything derived from the old text.
    await tx.mention.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.articleTopic.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.placeMention.deleteMany({ where: { articleId: { in: updatedIds } } });
    await tx.articleAuthor.deleteMany({ where: { articleId: { in: updatedIds } } });
    for (const { article, id } of toWrite.filter((w) => updatedIds.includes(w.id))) {
      await tx.article.update({ where: { id }, data: articleRow(article) });
    }
  }
  await tx.article.createMany({
    data: toWrite.filter((w) => !updatedIds.includes(w.id)).map(({ article, id }) => ({ id, ...articleRow(article) })),
  });

  const authorSlugs = new Map<string, string>();
  for (const { article } of toWrite) for (const name of article.authors) authorSlugs.set(slugify(name), name);
  await tx.author.createMany({ data: [...authorSlugs].map(([slug, name]) => ({ slug, name })), skipDuplicates: true });
  const authorIds = new Map(
    (await tx.author.findMany({ where: { slug: { in: [...authorSlugs.keys()] } }, select: { id: true, slug: true } })).map((a) => [a.slug, a.id]),
  );
  await tx.articleAuthor.createMany({
    data: toWrite.flatMap(({ article, id }) =>
      [...new Set(article.authors.map((name) => slugify(name)))].map((slug, position) => ({ articleId: id, authorId: authorIds.get(slug)!, position })),
    ),
  });

  const mentions = toWrite.flatMap(({ article, id }) =>
    article.countries.map((c) => ({ id: randomUUID(), articleId: id, countryCode: c.code, count: c.count, evidence: c.mentions })),
  );
  await tx.mention.createMany({ data: mentions.map(({ evidence: _e, ...m }) => m) });
  await tx.mentionOccurrence.createMany({
    data: mentions.flatMap((m) =>
      m.evidence.map((e) => ({ mentionId: m.id, field: e.field, start: e.start, end: e.end, text: e.text, sentence: e.sentence, kind: e.kind })),
    ),
  });
  await tx.placeMention.createMany({
    data: toWrite.flatMap(({ article, id }) =>
      article.places.map((p) => ({ articleId: id, name: p.name, countryCode: p.code, field: p.field, start: p.start, end: p.end })),
    ),
  });
  await tx.articleTopic.createMany({
    data: toWrite.flatMap(({ article, id }) =>
      article.topics.map((t) => ({ articleId: id, topicCode: t.code, relevance: t.relevance, triggers: t.triggers })),
    ),
  });
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
