import { type GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Info,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
import { ArticlesArgs, FacetArgs } from "../article/article.args.js";
import { articleConnection } from "../article/article.data.js";
import { filterSql, requiring, resolveFilter } from "../article/article.filter.js";
import { ArticleConnection } from "../article/article.type.js";
import { CoMention } from "../article/facets.type.js";
import { pageRequest } from "../shared/connection.js";
import { Selection } from "../shared/selection.js";
import { listCountries, resolveCountryCodes } from "./country.data.js";
import { Country } from "./country.type.js";

@InputType()
class CountryListFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: "true: only countries some article mentions; false: only those none mentions.",
  })
  mentioned?: boolean;
}

@ArgsType()
class CountryLookupArgs {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. "JP".' })
  code?: string;

  @Field(() => String, {
    nullable: true,
    description: 'German or English name or alias, e.g. "Vereinigte Staaten", "USA".',
  })
  name?: string;
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], {
    description: "ISO 3166-1 countries by code; `mentioned` restricts to those articles mention (or not).",
  })
  countries(
    @Arg("filter", () => CountryListFilter, { nullable: true }) filter: CountryListFilter | undefined,
    @Ctx() { prisma }: Context,
  ) {
    return listCountries(prisma, filter?.mentioned ?? undefined);
  }

  @Query(() => Country, {
    nullable: true,
    description: "One country by code or name (case-insensitive); an unknown one is an error.",
  })
  async country(@Args(() => CountryLookupArgs) { code, name }: CountryLookupArgs, @Ctx() { prisma, loaders }: Context) {
    if ((code == null) === (name == null)) throw new UserInputError("code", "pass exactly one of code and name");
    const value = (code ?? name)!;
    const codes = await resolveCountryCodes(prisma, [{ value, argument: code != null ? "code" : "name" }]);
    return loaders.country.byCode.load(codes.get(value)!);
  }

  @FieldResolver(() => Int, { description: "Articles that mention this country." })
  articleCount(@Root() country: Country, @Ctx() { loaders }: Context) {
    return loaders.country.articleCount.load(country.code);
  }

  @FieldResolver(() => [CoMention], {
    description:
      "Countries mentioned in the same articles as this one, most frequent first; `filter` restricts the articles counted.",
  })
  async coMentions(
    @Root() country: Country,
    @Args(() => FacetArgs) { first, filter }: FacetArgs,
    @Ctx() { loaders }: Context,
  ) {
    const scope = filter ? filterSql(await loaders.article.filter(filter)) : null;
    return loaders.country.coMentions({ first, scope }).load(country.code);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention this country (and match `filter`)." })
  async articles(
    @Root() country: Country,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageRequest(args);
    const filter = requiring(await resolveFilter(prisma, args.filter), "countries", country.code);
    return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
  }
}
