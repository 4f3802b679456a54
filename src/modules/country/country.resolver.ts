import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
import { ArticlesArgs, FacetArgs } from "../article/article.args.js";
import { articlePage, resolveFilter } from "../article/article.query.js";
import { ArticleConnection } from "../article/article.type.js";
import { CoMention } from "../article/facets.type.js";
import { pageRequest } from "../shared/connection.js";
import { resolveCountryCodes } from "./country.lookup.js";
import { Country } from "./country.type.js";

@InputType()
class CountryListFilter {
  @Field(() => Boolean, { nullable: true, description: "true: only countries some article mentions; false: only those none mentions." })
  mentioned?: boolean;
}

@ArgsType()
class CountryLookupArgs {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. "JP".' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'German or English name or alias, e.g. "Vereinigte Staaten", "USA".' })
  name?: string;
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: "ISO 3166-1 countries by code; `mentioned` restricts to those articles mention (or not)." })
  countries(@Arg("filter", () => CountryListFilter, { nullable: true }) filter: CountryListFilter | undefined, @Ctx() { prisma }: Context) {
    const mentioned = filter?.mentioned;
    return prisma.country.findMany({
      where: mentioned === undefined || mentioned === null ? {} : mentioned ? { mentions: { some: {} } } : { mentions: { none: {} } },
      orderBy: { code: "asc" },
    });
  }

  @Query(() => Country, { nullable: true, description: "One country by code or name (case-insensitive); an unknown one is an error." })
  async country(@Args(() => CountryLookupArgs) { code, name }: CountryLookupArgs, @Ctx() { prisma, loaders }: Context) {
    if ((code == null) === (name == null)) throw new UserInputError("code", "pass exactly one of code and name");
    const value = (code ?? name)!;
    const codes = await resolveCountryCodes(prisma, [{ value, argument: code != null ? "code" : "name" }]);
    return loaders.countryByCode.load(codes.get(value)!);
  }

  @FieldResolver(() => Int, { description: "Articles that mention this country." })
  articleCount(@Root() country: Country, @Ctx() { loaders }: Context) {
    return loaders.articleCountByCountry.load(country.code);
  }

  @FieldResolver(() => [CoMention], {
    description: "Countries mentioned in the same articles as this one, most frequent first; `filter` restricts the articles counted.",
  })
  async coMentions(@Root() country: Country, @Args(() => FacetArgs) { first, filter }: FacetArgs, @Ctx() { prisma, loaders }: Context) {
    const resolved = await resolveFilter(prisma, filter);
    return loaders.coMentions({ first, filter: resolved }).load(country.code);
  }

  @FieldResolver(() => ArticleConnection, { description: "Articles that mention this country (and match `filter`)." })
  async articles(@Root() country: Country, @Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() { prisma }: Context) {
    const filter = await resolveFilter(prisma, args.filter);
    filter.countries = { ...filter.countries, all: [...new Set([...filter.countries.all, country.code])] };
    return articlePage(prisma, filter, args.orderBy, pageRequest(args));
  }
}
