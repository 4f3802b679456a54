import { type GraphQLInterfaceType } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth/checker.js";
import { LiveResolver } from "./live/live.resolver.js";
import {
  ArticleResolver,
  MentionResolver,
  OrganisationReferenceResolver,
  PersonReferenceResolver,
  PlaceMentionResolver,
} from "./modules/article/article.resolver.js";
import { PersonResolver, QuoteResolver } from "./modules/person/person.resolver.js";
import { ENTITY_RESOLVERS } from "./modules/article/entity.resolver.js";
import { NODE_RESOLVERS } from "./modules/node/node.resolver.js";
import { nodeTypeOf } from "./modules/shared/node.type.js";
import { AuthorResolver } from "./modules/author/author.resolver.js";
import { CountryResolver } from "./modules/country/country.resolver.js";
import { OrganisationResolver } from "./modules/organisation/organisation.resolver.js";
import { PlaceResolver } from "./modules/place/place.resolver.js";
import { TopicResolver } from "./modules/topic/topic.resolver.js";
import {
  ArticleRevisionResolver,
  EditorialResolver,
  MentionSourceResolver,
} from "./modules/editorial/editorial.resolver.js";
import { AuditResolver } from "./modules/editorial/audit.resolver.js";

const UNUSED_PUBSUB = {
  publish() {
    throw new Error("no pubSub: subscriptions use their own subscribe function");
  },
  subscribe(): AsyncIterable<never> {
    throw new Error("no pubSub: subscriptions use their own subscribe function");
  },
};

/** The executable GraphQL schema, built from the TypeGraphQL resolvers. */
export async function createSchema() {
  const schema = await buildSchema({
    resolvers: [
      ArticleResolver,
      MentionResolver,
      CountryResolver,
      TopicResolver,
      AuthorResolver,
      PlaceResolver,
      PlaceMentionResolver,
      OrganisationResolver,
      OrganisationReferenceResolver,
      PersonReferenceResolver,
      PersonResolver,
      QuoteResolver,
      ...ENTITY_RESOLVERS,
      ...NODE_RESOLVERS,
      EditorialResolver,
      ArticleRevisionResolver,
      MentionSourceResolver,
      AuditResolver,
      LiveResolver,
    ],
    authChecker,
    // Every subscription brings its own `subscribe` (PostgreSQL LISTEN, see src/live); TypeGraphQL
    // still insists on a pubSub, which is never used.
    pubSub: UNUSED_PUBSUB,
    validate: { forbidUnknownValues: false },
  });
  // TypeGraphQL wraps resolveType in an async function; compiled plans (src/execution.ts) need an answer at once.
  (schema.getType("Node") as GraphQLInterfaceType).resolveType = nodeTypeOf;
  return schema;
}
