import { buildSchema } from "type-graphql";
import {
  ArticleResolver,
  MentionResolver,
  OrganisationReferenceResolver,
  PlaceMentionResolver,
} from "./modules/article/article.resolver.js";
import {
  AuthorCountResolver,
  CoMentionResolver,
  CountryCountResolver,
  OrganisationCountResolver,
  PlaceCountResolver,
  TopicCountResolver,
} from "./modules/article/facets.resolver.js";
import { AuthorResolver } from "./modules/author/author.resolver.js";
import { CountryResolver } from "./modules/country/country.resolver.js";
import { OrganisationResolver } from "./modules/organisation/organisation.resolver.js";
import { PlaceResolver } from "./modules/place/place.resolver.js";
import { TopicResolver } from "./modules/topic/topic.resolver.js";

/** The executable GraphQL schema, built from the TypeGraphQL resolvers. */
export function createSchema() {
  return buildSchema({
    resolvers: [
      ArticleResolver,
      MentionResolver,
      CountryResolver,
      CoMentionResolver,
      CountryCountResolver,
      TopicResolver,
      TopicCountResolver,
      AuthorResolver,
      AuthorCountResolver,
      PlaceResolver,
      PlaceMentionResolver,
      PlaceCountResolver,
      OrganisationResolver,
      OrganisationReferenceResolver,
      OrganisationCountResolver,
    ],
    validate: { forbidUnknownValues: false },
  });
}
