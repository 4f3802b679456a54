import { Ctx, Query, Resolver } from "type-graphql";
import { type Context } from "../../context.js";
import { Country } from "./country.type.js";

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => [Country], { description: "All ISO 3166-1 countries, by code." })
  countries(@Ctx() { prisma }: Context) {
    return prisma.country.findMany({ orderBy: { code: "asc" } });
  }
}
