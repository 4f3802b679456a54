import { type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { ArticlesArgs, FacetArgs } from "../article/article.args.js";
import { articleConnection, coMentionsOf } from "../article/article.data.js";
import { requiring, resolveFilter } from "../article/article.filter.js";
import { ArticleConnection } from "../article/article.type.js";
import { EntityCoMentions } from "../article/facets.type.js";
import { pageRequest } from "../shared/connection.js";
import { Selection } from "../shared/selection.js";
import { listOrganisations, resolveOrganisationCodes } from "./organisation.data.js";
import { Organisation } from "./organisation.type.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: "Every international organisation the extractor knows, by code." })
  organisations(@Ctx() { prisma }: Context) {
    return listOrganisations(prisma);
  }

  @Query(() => Organisation, {
    description:
      'One organisation by code or German/English name or abbreviation, any case ("NATO", "Vereinte Nationen", "IWF"); an unknown one is an error.',
  })
  organisation(@Arg("code", () => String) code: string, @Ctx() { loaders }: Context) {
    const [resolved] = resolveOrganisationCodes([{ value: code, argument: "code" }]).values();
    return loaders.organisation.byCode.load(resolved!);
  }

  @FieldResolver(() => Int, { description: "Articles that name this organisation." })
  articleCount(@Root() organisation: Organisation, @Ctx() { loaders }: Context) {
    return loaders.organisation.articleCount.load(organisation.code);
  }

  @FieldResolver(() => EntityCoMentions, {
    description:
      "Countries, places and other organisations named in the same articles, most frequent first (at most `first` each); `filter` restricts the articles counted.",
  })
  async coMentions(
    @Root() organisation: Organisation,
    @Args(() => FacetArgs) { first, filter }: FacetArgs,
    @Ctx() { prisma }: Context,
  ) {
    return coMentionsOf(prisma, await resolveFilter(prisma, filter), "organisations", organisation.code, first);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that name this organisation (and match `filter`)." })
  async articles(
    @Root() organisation: Organisation,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    const filter = requiring(await resolveFilter(prisma, args.filter), "organisations", organisation.code);
    return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
  }
}
