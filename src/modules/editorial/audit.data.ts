// The audit trail's read side beyond one live article: deleted articles and the revisions of a slug,
// which outlive the article (article_revision has no foreign key to article, on purpose).
import { type PrismaClient } from "../../db/client.js";
import { type Prisma } from "../../generated/prisma/client.js";
import { type KeysetQuery } from "../shared/connection.js";

/** A deleted article as its DELETED revision recorded it. */
export type DeletedArticleRow = { id: string; slug: string; headline: string; deletedAt: Date; deletedBy: string };

const DELETED = { action: "DELETED" } satisfies Prisma.ArticleRevisionWhereInput;

/** Rows strictly past the keyset position of (`at`, `idField`) in the query's direction. */
function pastPosition(query: KeysetQuery, idField: "articleId" | "id"): Prisma.ArticleRevisionWhereInput {
  const after = query.after;
  if (!after) return {};
  const past = query.descending ? "lt" : "gt";
  return { OR: [{ at: { [past]: after.key as Date } }, { at: after.key as Date, [idField]: { [past]: after.id } }] };
}

/** One keyset page of deleted articles by (deletion time, article id). */
export async function findDeletedArticles(prisma: PrismaClient, query: KeysetQuery): Promise<DeletedArticleRow[]> {
  const direction = query.descending ? "desc" : "asc";
  const rows = await prisma.articleRevision.findMany({
    where: { AND: [DELETED, pastPosition(query, "articleId")] },
    orderBy: [{ at: direction }, { articleId: direction }],
    take: query.limit,
    select: { articleId: true, at: true, actor: true, changes: true },
  });
  return rows.map((r) => {
    const changes = (r.changes ?? {}) as { slug?: unknown; headline?: unknown };
    return {
      id: r.articleId,
      slug: String(changes.slug ?? ""),
      headline: String(changes.headline ?? ""),
      deletedAt: r.at,
      deletedBy: r.actor,
    };
  });
}

export function countDeletedArticles(prisma: PrismaClient): Promise<number> {
  return prisma.articleRevision.count({ where: DELETED });
}

/**
 * Ids of every article that has carried `slug`: the live one, and deleted ones (their DELETED revision
 * keeps the slug). A text deleted and ingested again has both. Empty when no article ever had it.
 */
export async function articleIdsBySlug(prisma: PrismaClient, slug: string): Promise<string[]> {
  const [live, deleted] = await Promise.all([
    prisma.article.findUnique({ where: { slug }, select: { id: true } }),
    prisma.articleRevision.findMany({
      where: { ...DELETED, changes: { path: ["slug"], equals: slug } },
      select: { articleId: true },
    }),
  ]);
  return [...new Set([...(live ? [live.id] : []), ...deleted.map((r) => r.articleId)])];
}

/** One keyset page of the revisions of these articles by (time, revision id). */
export function findRevisions(prisma: PrismaClient, articleIds: string[], query: KeysetQuery) {
  const direction = query.descending ? "desc" : "asc";
  return prisma.articleRevision.findMany({
    where: { AND: [{ articleId: { in: articleIds } }, pastPosition(query, "id")] },
    orderBy: [{ at: direction }, { id: direction }],
    take: query.limit,
    select: { id: true, articleId: true, at: true, actor: true, action: true, changes: true },
  });
}

export function countRevisions(prisma: PrismaClient, articleIds: string[]): Promise<number> {
  return prisma.articleRevision.count({ where: { articleId: { in: articleIds } } });
}
