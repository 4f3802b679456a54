import { buildSchema } from "type-graphql";
import { CountryResolver } from "./modules/country/country.resolver.js";

/** The executable GraphQL schema, built from the TypeGraphQL resolvers. */
export function createSchema() {
  return buildSchema({
    resolvers: [CountryResolver],
    validate: { forbidUnknownValues: false },
  });
}
