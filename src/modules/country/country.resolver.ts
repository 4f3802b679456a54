import { Arg, Args, ArgsType, Ctx, Field, InputType, Query, Resolver } from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
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
    return loaders.entities.countries.byId.load(codes.get(value)!);
  }
}
