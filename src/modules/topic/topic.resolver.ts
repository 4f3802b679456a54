import { type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { mediaTopicUri } from "../../vocab/mediatopics.js";
import { ArticlesArgs } from "../article/article.args.js";
import { articleConnection } from "../article/article.data.js";
import { requiring, resolveFilter } from "../article/article.filter.js";
import { ArticleConnection } from "../article/article.type.js";
import { pageRequest } from "../shared/connection.js";
import { Selection } from "../shared/selection.js";
import { listTopics, resolveTopicCodes } from "./topic.data.js";
import { Topic } from "./topic.type.js";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: "The topic vocabulary (IPTC Media Topics), by code." })
  topics(@Ctx() { prisma }: Context) {
    return listTopics(prisma);
  }

  @Query(() => Topic, {
    nullable: true,
    description: 'One topic by code ("medtop:11000000", "11000000") or label; an unknown one is an error.',
  })
  async topic(@Arg("code", () => String) code: string, @Ctx() { prisma, loaders }: Context) {
    const codes = await resolveTopicCodes(prisma, [{ value: code, argument: "code" }]);
    return loaders.topic.byCode.load(codes.get(code)!);
  }

  @FieldResolver(() => String, { description: "The concept's URI at IPTC." })
  uri(@Root() topic: Topic) {
    return mediaTopicUri(topic.code);
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader concept, if any." })
  parent(@Root() topic: Topic, @Ctx() { loaders }: Context) {
    return topic.parentCode ? loaders.topic.byCode.load(topic.parentCode) : null;
  }

  @FieldResolver(() => Int, { description: "Articles classified into this topic." })
  articleCount(@Root() topic: Topic, @Ctx() { loaders }: Context) {
    return loaders.topic.articleCount.load(topic.code);
  }

  @FieldResolver(() => ArticleConnection, {
    description: "Articles classified into this topic (and matching `filter`).",
  })
  async articles(
    @Root() topic: Topic,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    const filter = requiring(await resolveFilter(prisma, args.filter), "topics", topic.code);
    return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
  }
}
