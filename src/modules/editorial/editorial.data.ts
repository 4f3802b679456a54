// The write side's data access: editorial overrides, the audit trail, deletes. The ingest writer
// applies the overrides again after every (re-)extraction (src/ingest/write.data.ts).
import DataLoader from "dataloader";
import { type PrismaClient } from "../../db/client.js";
import { NotFoundError, UserInputError } from "../../errors.js";
import { type MentionSource, type RevisionAction } from "../../generated/prisma/enums.js";
import { Prisma } from "../../generated/prisma/client.js";
import { groupBy } from "../shared/loading.js";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Locks the article for the rest of the transaction; NOT_FOUND when there is none. */
async function lockArticle(tx: Tx, id: string, argument: string) {
  const rows = await tx.$queryRaw<Array<{ id: string; slug: string; headline: string }>>`
    SELECT id::text, slug, headline FROM article WHERE id = ${id}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(argument, `no article with id "${id}"`);
  return rows[0]!;
}

/** An override changes one article: its links are re-derived once, its entity sets refreshed once. */
async function overrideTransaction(
  prisma: PrismaClient,
  articleId: string,
  record: (tx: Tx) => Promise<Record<string, unknown>>,
  revision: { actor: string; action: RevisionAction },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('newsroom.defer_entity_sets', 'on', true)`;
    await lockArticle(tx, articleId, "articleId");
    const changes = await record(tx);
    await tx.$executeRaw`SELECT newsroom_apply_overrides(${[articleId]}::uuid[])`;
    await tx.articleRevision.create({
      data: { articleId, actor: revision.actor, action: revision.action, changes: changes as Prisma.InputJsonObject },
    });
    await tx.$executeRaw`SELECT newsroom_refresh_entity_sets(${[articleId]}::uuid[])`;
  });
}

/** Records that an article is (or is not) about a country, and applies it. */
export async function setCountryOverride(
  prisma: PrismaClient,
  articleId: string,
  countryCode: string,
  present: boolean,
  actor: string,
): Promise<void> {
  await overrideTransaction(
    prisma,
    articleId,
    async (tx) => {
      const before = await tx.mention.findUnique({
        where: { articleId_countryCode: { articleId, countryCode } },
        select: { source: true },
      });
      await tx.countryOverride.upsert({
        where: { articleId_countryCode: { articleId, countryCode } },
        create: { articleId, countryCode, present, actor },
        update: { present, actor, at: new Date() },
      });
      return {
        country: countryCode,
        present,
        before: before ? { present: true, source: before.source } : { present: false },
      };
    },
    { actor, action: "COUNTRY_OVERRIDE" },
  );
}

/** Records an editor's topic list for an article (replacing the classifier's), and applies it. */
export async function setTopicOverride(
  prisma: PrismaClient,
  articleId: string,
  topicCodes: string[],
  actor: string,
): Promise<void> {
  await overrideTransaction(
    prisma,
    articleId,
    async (tx) => {
      const before = await tx.articleTopic.findMany({
        where: { articleId },
        select: { topicCode: true },
        orderBy: { topicCode: "asc" },
      });
      await tx.topicOverride.upsert({
        where: { articleId },
        create: { articleId, topics: topicCodes, actor },
        update: { topics: topicCodes, actor, at: new Date() },
      });
      return { topics: { from: before.map((t) => t.topicCode), to: [...topicCodes].sort() } };
    },
    { actor, action: "TOPICS_OVERRIDE" },
  );
}

/** Deletes an article (its links cascade, the triggers update the derived tables) and records it. */
export async function deleteArticle(prisma: PrismaClient, id: string, actor: string) {
  return prisma.$transaction(async (tx) => {
    const row = await lockArticle(tx, id, "id");
    await tx.article.delete({ where: { id } });
    await tx.articleRevision.create({
      data: { articleId: id, actor, action: "DELETED", changes: { slug: row.slug, headline: row.headline } },
    });
    return { id: row.id, slug: row.slug };
  });
}

/** The article as an editor changes it: the fields updateArticle can set. */
export async function editableArticle(prisma: PrismaClient, id: string) {
  return prisma.article.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      headline: true,
      subheadline: true,
      teaser: true,
      body: true,
      publishedAt: true,
      sourceName: true,
      authors: { select: { author: { select: { name: true } } }, orderBy: { position: "asc" } },
    },
  });
}

/**
 * Merges persons into one (spelling variants: "Netanyahu" into "Netanjahu"): their occurrences and
 * quotes move to it, their names become its aliases (a later text naming them is linked to it), and
 * every article concerned gets a revision; the entity sets follow through their triggers.
 */
export async function mergePersons(prisma: PrismaClient, into: string, from: string[], actor: string): Promise<void> {
  const ids = [...new Set(from)];
  if (ids.includes(into)) throw new UserInputError("from", "a person cannot be merged into itself");
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string; name: string }>>`
      SELECT id::text, name FROM person WHERE id = ANY(${[into, ...ids]}::uuid[]) ORDER BY id FOR UPDATE`;
    const names = new Map(rows.map((r) => [r.id, r.name]));
    if (!names.has(into)) throw new NotFoundError("into", `no person with id "${into}"`);
    const missing = from.findIndex((id) => !names.has(id));
    if (missing >= 0) throw new NotFoundError(`from[${missing}]`, `no person with id "${from[missing]}"`);
    const articles = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT article_id::text AS id FROM person_mention WHERE person_id = ANY(${ids}::uuid[])
      UNION SELECT article_id::text FROM quote WHERE speaker_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`UPDATE person_mention SET person_id = ${into}::uuid WHERE person_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`UPDATE quote SET speaker_id = ${into}::uuid WHERE speaker_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`UPDATE person_alias SET person_id = ${into}::uuid WHERE person_id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`INSERT INTO person_alias (key, person_id) SELECT key, ${into}::uuid FROM person WHERE id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      UPDATE person SET country_code = (SELECT m.country_code FROM person m
        WHERE m.id = ANY(${ids}::uuid[]) AND m.country_code IS NOT NULL ORDER BY m.id LIMIT 1)
      WHERE id = ${into}::uuid AND country_code IS NULL`;
    await tx.$executeRaw`DELETE FROM person WHERE id = ANY(${ids}::uuid[])`;
    const changes = {
      into: { id: into, name: names.get(into) },
      from: ids.map((id) => ({ id, name: names.get(id) })),
    };
    await tx.articleRevision.createMany({
      data: articles.map(({ id }) => ({ articleId: id, actor, action: "PERSONS_MERGED" as const, changes })),
    });
  });
}

export type RevisionRow = { articleId: string; at: Date; actor: string; action: RevisionAction; changes: unknown };
export type MentionSourceRow = { source: MentionSource; editedBy: string | null };
export type TopicOverrideRow = { topics: string[]; actor: string; at: Date };

/** Per-request loaders of the editorial module: one query per request for each, whatever the number of parents. */
export function editorialLoaders(prisma: PrismaClient) {
  return {
    /** Revisions of many articles, oldest first. */
    revisions: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.articleRevision.findMany({
        where: { articleId: { in: [...ids] } },
        select: { articleId: true, at: true, actor: true, action: true, changes: true },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      });
      return groupBy(ids, rows, (r) => r.articleId) as RevisionRow[][];
    }),
    /** Where mentions come from (EXTRACTED or EDITOR, and who), by mention id. */
    mentionSources: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.mention.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, source: true, editedBy: true },
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map(
        (id): MentionSourceRow => byId.get(id) ?? { source: "EXTRACTED" as MentionSource, editedBy: null },
      );
    }),
    /** The editors' topic lists, by article id. */
    topicOverrides: new DataLoader(async (ids: readonly string[]) => {
      const rows = await prisma.topicOverride.findMany({
        where: { articleId: { in: [...ids] } },
        select: { articleId: true, topics: true, actor: true, at: true },
      });
      const byId = new Map(rows.map((r) => [r.articleId, r]));
      return ids.map((id): TopicOverrideRow | null => byId.get(id) ?? null);
    }),
  };
}
