import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { mediaTopicUri } from "../../vocab/mediatopics.js";
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
    return loaders.entities.topics.byId.load(codes.get(code)!);
  }

  @FieldResolver(() => String, { description: "The concept's URI at IPTC." })
  uri(@Root() topic: Topic) {
    return mediaTopicUri(topic.code);
  }

  @FieldResolver(() => Topic, { nullable: true, description: "The broader concept, if any." })
  parent(@Root() topic: Topic, @Ctx() { loaders }: Context) {
    return topic.parentCode ? loaders.entities.topics.byId.load(topic.parentCode) : null;
  }
}
