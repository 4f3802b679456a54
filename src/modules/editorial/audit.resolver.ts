import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { keysetPage, PageArgs, pageRequest } from "../shared/connection.js";
import {
  articleIdsBySlug,
  countDeletedArticles,
  countRevisions,
  type DeletedArticleRow,
  findDeletedArticles,
  findRevisions,
} from "./audit.data.js";
import { ArticleRevisionsArgs, DeletedArticle, DeletedArticleConnection, RevisionConnection } from "./audit.type.js";
import { Revision } from "./editorial.type.js";

/** Keyset orders of the audit lists: deletions newest first, a trail oldest first (as Article.revisions). */
const BY_DELETION = { name: "DELETED_DESC", key: "timestamp", descending: true } as const;
const BY_TIME = { name: "AT_ASC", key: "timestamp", descending: false } as const;

/** The audit trail beyond live articles: what was deleted, and the revisions of any slug. Editors and admins. */
@Resolver(() => DeletedArticle)
export class AuditResolver {
  @Authorized("editor")
  @Query(() => DeletedArticleConnection, {
    nullable: true,
    description:
      "Deleted articles, most recently deleted first, with who deleted them and their revisions. Editors and admins only; for anyone else null with an UNAUTHENTICATED or FORBIDDEN error.",
  })
  async deletedArticles(@Args(() => PageArgs) args: PageArgs, @Ctx() { prisma }: Context) {
    const result = await keysetPage(
      pageRequest(args),
      BY_DELETION,
      (query) => findDeletedArticles(prisma, query),
      (node: DeletedArticleRow, cursorFor) => ({ cursor: cursorFor({ key: node.deletedAt, id: node.id }), node }),
    );
    return {
      ...result,
      get totalCount() {
        return countDeletedArticles(prisma);
      },
    };
  }

  @Authorized("editor")
  @Query(() => RevisionConnection, {
    nullable: true,
    description:
      "The audit trail of a slug, oldest first: of the live article and of deleted ones that had it (a text deleted and ingested again has both), so it outlives the article. Null when no article ever had the slug. Editors and admins only; for anyone else null with an UNAUTHENTICATED or FORBIDDEN error.",
  })
  async articleRevisions(@Args(() => ArticleRevisionsArgs) args: ArticleRevisionsArgs, @Ctx() { prisma }: Context) {
    const page = pageRequest(args);
    const ids = await articleIdsBySlug(prisma, args.slug);
    if (ids.length === 0) return null;
    const result = await keysetPage(
      page,
      BY_TIME,
      (query) => findRevisions(prisma, ids, query),
      (node, cursorFor) => ({ cursor: cursorFor({ key: node.at, id: node.id }), node }),
    );
    return {
      ...result,
      get totalCount() {
        return countRevisions(prisma, ids);
      },
    };
  }

  @FieldResolver(() => [Revision], {
    description: "Its audit trail, oldest first, ending with the deletion.",
  })
  revisions(@Root() article: DeletedArticle, @Ctx() context: Context) {
    return context.loaders.editorial.revisions.load(article.id);
  }
}
