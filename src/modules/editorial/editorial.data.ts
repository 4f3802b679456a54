// The write side's data access: editorial overrides, the audit trail, deletes. The ingest writer
// calls applyEditorialOverrides after every (re-)extraction, in its own transaction.
import DataLoader from "dataloader";
import { AsyncLocalStorage } from "node:async_hooks";
import { userInfo } from "node:os";
import { type PrismaClient } from "../../db/client.js";
import { NotFoundError } from "../../errors.js";
import { type MentionSource, type RevisionAction } from "../../generated/prisma/enums.js";
import { Prisma } from "../../generated/prisma/client.js";
import { groupBy } from "../shared/loading.js";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Who is writing, and (for edits) what they changed: read by the writer's audit step. */
export interface AuditScope {
  actor: string;
  action?: RevisionAction;
  changes?: Record<string, unknown>;
}

const auditScope = new AsyncLocalStorage<AuditScope>();

/** Runs `fn` (which calls the writer) so that the revisions it records name `scope.actor`. */
export function withAudit<T>(scope: AuditScope, fn: () => Promise<T>): Promise<T> {
  return auditScope.run(scope, fn);
}

let cliActorName: string | undefined;
function cliActor(): string {
  if (cliActorName === undefined) {
    try {
      cliActorName = `cli:${userInfo().username}`;
    } catch {
      cliActorName = "cli";
    }
  }
  return cliActorName;
}

/**
 * After the writer stored (re-)extracted articles: the editors' overrides are applied again (so a new
 * extraction never undoes them) and one revision per article is recorded, in the same transaction.
 * Outside a mutation (the CLI) the actor is "cli:<os user>".
 */
export async function applyEditorialOverrides(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`SELECT newsroom_apply_overrides(${ids}::uuid[])`;
  const scope = auditScope.getStore();
  const changes = scope?.changes ? JSON.stringify(scope.changes) : null;
  // created_at is the transaction's now() (to the millisecond) only for rows this transaction inserted.
  await tx.$executeRaw`
    INSERT INTO article_revision (id, article_id, actor, action, changes)
    SELECT gen_random_uuid(), a.id, ${scope?.actor ?? cliActor()},
      coalesce(${scope?.action ?? null}::"RevisionAction",
        CASE WHEN abs(extract(epoch FROM a.created_at - now())) < 0.001 THEN 'CREATED' ELSE 'UPDATED' END::"RevisionAction"),
      coalesce(${changes}::jsonb,
        jsonb_build_object('slug', a.slug, 'headline', a.headline, 'contentHash', a.content_hash, 'sourceName', a.source_name))
    FROM article a WHERE a.id = ANY(${ids}::uuid[])`;
}

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
