import { type GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { ArticlesArgs, FacetArgs } from "../article/article.args.js";
import { articleConnection, coMentionsOf } from "../article/article.data.js";
import { requiring, resolveFilter } from "../article/article.filter.js";
import { ArticleConnection } from "../article/article.type.js";
import { EntityCoMentions } from "../article/facets.type.js";
import { Country } from "../country/country.type.js";
import { pageRequest } from "../shared/connection.js";
import { Selection } from "../shared/selection.js";
import { resolvePlaceKeys, findPlace } from "./place.data.js";
import { Place } from "./place.type.js";

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, {
    description:
      'One place by German, English or local name, any case, or by key ("Kiew", "Kyiv", "KAIRO", "Weißes Haus"); an unknown one is an error.',
  })
  place(@Arg("name", () => String) name: string) {
    const [key] = resolvePlaceKeys([{ value: name, argument: "name" }]).values();
    return findPlace(key!);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country the place lies in." })
  country(@Root() place: Place, @Ctx() { loaders }: Context) {
    return loaders.country.byCode.load(place.code);
  }

  @FieldResolver(() => Int, { description: "Articles that name this place." })
  articleCount(@Root() place: Place, @Ctx() { loaders }: Context) {
    return loaders.place.articleCount.load(place.key);
  }

  @FieldResolver(() => EntityCoMentions, {
    description:
      "Countries, other places and organisations named in the same articles, most frequent first (at most `first` each); `filter` restricts the articles counted.",
  })
  async coMentions(
    @Root() place: Place,
    @Args(() => FacetArgs) { first, filter }: FacetArgs,
    @Ctx() { prisma }: Context,
  ) {
    return coMentionsOf(prisma, await resolveFilter(prisma, filter), "places", place.key, first);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that name this place (and match `filter`)." })
  async articles(
    @Root() place: Place,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    const filter = requiring(await resolveFilter(prisma, args.filter), "places", place.key);
    return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
  }
}
