import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Resolver, Root, Subscription } from "type-graphql";
import { type Context } from "../context.js";
import { articleSelect, findArticle } from "../modules/article/article.data.js";
import { resolveFilter } from "../modules/article/article.filter.js";
import { ArticleFilter } from "../modules/article/article.input.js";
import { Article } from "../modules/article/article.type.js";
import { Selection } from "../modules/shared/selection.js";
import { type ArticleBus } from "./bus.js";
import { type PublishedArticle, publishedArticles } from "./published.js";

/** What a subscription's context has beyond a request's: the process's article bus. */
export type LiveContext = Context & { live?: ArticleBus };

@Resolver(() => Article)
export class LiveResolver {
  @Subscription(() => Article, {
    description:
      "Each newly stored article that matches the filter, the moment its transaction commits, whichever process or API instance stored it (graphql-ws over WebSocket on /graphql). Same filter semantics as `articles`; an invalid filter is an error on subscribe.",
    subscribe: async ({ args, context }) => {
      const { prisma, live } = context as LiveContext;
      if (!live) {
        throw new GraphQLError("subscriptions are served over WebSocket (graphql-ws protocol) on this path", {
          extensions: { code: "BAD_REQUEST" },
        });
      }
      const filter = await resolveFilter(prisma, (args as { filter?: ArticleFilter }).filter);
      return publishedArticles(prisma, live, filter);
    },
  })
  async articlePublished(
    @Root() { id, batch }: PublishedArticle,
    @Arg("filter", () => ArticleFilter, {
      nullable: true,
      description: "Which new articles to be told about; the same filter as `articles`.",
    })
    _filter: ArticleFilter | undefined,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Subscribers asking for the same fields share one load of the article.
    const fields = Selection.of(info).names();
    return batch.once(`article:${id}:${[...fields].sort().join(",")}`, () =>
      findArticle(prisma, { id }, articleSelect(fields)),
    );
  }
}
