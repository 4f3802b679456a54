import { type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from "type-graphql";
import { type Principal } from "../../auth/principal.js";
import { type Context } from "../../context.js";
import { AuthenticationError, NotFoundError } from "../../errors.js";
import { MentionSource } from "../../generated/prisma/enums.js";
import { articleSelect, type ArticleRecord, findArticle } from "../article/article.data.js";
import { Article } from "../article/article.type.js";
import { Person } from "../person/person.type.js";
import { Mention } from "../article/mention.type.js";
import { resolveCountryCodes } from "../country/country.data.js";
import { Selection } from "../shared/selection.js";
import { resolveTopicCodes } from "../topic/topic.data.js";
import { deleteArticle, mergePersons, setCountryOverride, setTopicOverride } from "./editorial.data.js";
import { extractText, updateArticleText, writeOne } from "./editorial.ingest.js";
import {
  ArticleIdArgs,
  DeleteArticlePayload,
  IngestArticleInput,
  IngestArticlePayload,
  MergePersonsArgs,
  Revision,
  SetArticleTopicsArgs,
  SetCountryMentionArgs,
  TopicOverride,
  UpdateArticleArgs,
} from "./editorial.type.js";

function actorOf(user: Principal | null): string {
  if (!user) throw new AuthenticationError(); // @Authorized ran first; this keeps the types honest
  return user.actor;
}

/** The article a mutation returns, with the columns and relations its selection asks for. */
async function articleFor(prisma: Context["prisma"], id: string, selection: Selection) {
  const article = await findArticle(prisma, { id }, articleSelect(selection.names()));
  if (!article) throw new NotFoundError("id", `no article with id "${id}"`);
  return article;
}

/**
 * Every mutation's payload is nullable: one that fails is null beside its error, while the others of
 * the same request still return what they committed (a non-null field's error would null all of `data`).
 */
@Resolver()
export class EditorialResolver {
  @Authorized("editor")
  @Mutation(() => IngestArticlePayload, {
    nullable: true,
    description:
      "Stores a source text exactly as `npm run cli -- ingest` does (same parser, extractor and writer, one transaction). Idempotent; a corrected text with the same headline and date updates the article in place. Editor role.",
  })
  async ingestArticle(
    @Arg("input", () => IngestArticleInput, { description: "The source text." }) input: IngestArticleInput,
    @Ctx() { prisma, user }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<{ article: ArticleRecord; outcome: string }> {
    const actor = actorOf(user);
    const extracted = await extractText(input.text, input.sourceName ?? "api", "input.text");
    const { id, outcome } = await writeOne(prisma, extracted, { actor });
    return { outcome, article: await articleFor(prisma, id, Selection.of(info).child("article")) };
  }

  @Authorized("editor")
  @Mutation(() => Article, {
    nullable: true,
    description:
      "Changes an article's headline, teaser, body, date or authors; its countries and topics are extracted again (editorial overrides stay). Editor role.",
  })
  async updateArticle(
    @Args(() => UpdateArticleArgs) { id, input }: UpdateArticleArgs,
    @Ctx() { prisma, user }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = actorOf(user);
    const result = await updateArticleText(prisma, id, input, actor);
    if (!result) throw new NotFoundError("id", `no article with id "${id}"`);
    return articleFor(prisma, id, Selection.of(info));
  }

  @Authorized("admin")
  @Mutation(() => DeleteArticlePayload, {
    nullable: true,
    description: "Deletes an article: gone from every query, facet and count. Its revisions stay. Admin role.",
  })
  async deleteArticle(@Args(() => ArticleIdArgs) { id }: ArticleIdArgs, @Ctx() { prisma, user }: Context) {
    return deleteArticle(prisma, id, actorOf(user));
  }

  @Authorized("editor")
  @Mutation(() => Article, {
    nullable: true,
    description:
      "An editor's decision that the article is (present: true) or is not (present: false) about a country. Remembered: extracting the text again never undoes it. Editor role.",
  })
  async setCountryMention(
    @Args(() => SetCountryMentionArgs) { articleId, country, present }: SetCountryMentionArgs,
    @Ctx() { prisma, user }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = actorOf(user);
    const codes = await resolveCountryCodes(prisma, [{ value: country, argument: "country" }]);
    await setCountryOverride(prisma, articleId, codes.get(country)!, present, actor);
    return articleFor(prisma, articleId, Selection.of(info));
  }

  @Authorized("editor")
  @Mutation(() => Article, {
    nullable: true,
    description:
      "Sets the article's topics, replacing the classifier's. Remembered: extracting the text again never undoes it. Editor role.",
  })
  async setArticleTopics(
    @Args(() => SetArticleTopicsArgs) { articleId, topics }: SetArticleTopicsArgs,
    @Ctx() { prisma, user }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const actor = actorOf(user);
    const codes = await resolveTopicCodes(
      prisma,
      topics.map((value, i) => ({ value, argument: `topics[${i}]` })),
    );
    await setTopicOverride(prisma, articleId, [...new Set(topics.map((t) => codes.get(t)!))], actor);
    return articleFor(prisma, articleId, Selection.of(info));
  }

  @Authorized("editor")
  @Mutation(() => Person, {
    nullable: true,
    description:
      "Merges spelling variants of one person into one (their occurrences, quotes and names move to `into`; audited on every article concerned). Editor role. Extraction itself merges two names only where an article gives one as the other's birth or civil name.",
  })
  async mergePersons(
    @Args(() => MergePersonsArgs) { into, from }: MergePersonsArgs,
    @Ctx() { prisma, user, loaders }: Context,
  ) {
    await mergePersons(prisma, into, from, actorOf(user));
    return loaders.entities.persons.byId.load(into);
  }
}

@Resolver(() => Article)
export class ArticleRevisionResolver {
  @Authorized("editor")
  @FieldResolver(() => [Revision], {
    nullable: true,
    description:
      "The audit trail, oldest first: who changed the article, when and what. Editors and admins only; for anyone else this field is null with an UNAUTHENTICATED or FORBIDDEN error.",
  })
  revisions(@Root() article: ArticleRecord, @Ctx() context: Context) {
    return context.loaders.editorial.revisions.load(article.id);
  }

  @FieldResolver(() => TopicOverride, {
    nullable: true,
    description:
      "The topic list an editor set (setArticleTopics), and who set it; null when the classifier's topics stand.",
  })
  topicOverride(@Root() article: ArticleRecord, @Ctx() context: Context) {
    return context.loaders.editorial.topicOverrides.load(article.id);
  }
}

@Resolver(() => Mention)
export class MentionSourceResolver {
  @FieldResolver(() => MentionSource, { description: "EXTRACTED from the text, or EDITOR: kept by an override." })
  async source(@Root() mention: Mention, @Ctx() context: Context) {
    return (await context.loaders.editorial.mentionSources.load(mention.id)).source;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who made the override (for EDITOR mentions), as recorded in the revisions.",
  })
  async editedBy(@Root() mention: Mention, @Ctx() context: Context) {
    return (await context.loaders.editorial.mentionSources.load(mention.id)).editedBy;
  }
}
