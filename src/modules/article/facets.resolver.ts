import { GraphQLError } from "graphql";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { ErrorCode } from "../../errors.js";
import { Author } from "../author/author.type.js";
import { Country } from "../country/country.type.js";
import { Topic } from "../topic/topic.type.js";
import { Organisation } from "../organisation/organisation.type.js";
import { findPlace } from "../place/place.data.js";
import { Place } from "../place/place.type.js";
import { AuthorCount, CoMention, CountryCount, OrganisationCount, PlaceCount, TopicCount } from "./facets.type.js";

async function found<T>(value: Promise<T | null>, what: string): Promise<T> {
  const result = await value;
  if (result === null)
    throw new GraphQLError(`${what} no longer exists`, { extensions: { code: ErrorCode.NOT_FOUND } });
  return result;
}

@Resolver(() => CountryCount)
export class CountryCountResolver {
  @FieldResolver(() => Country)
  country(@Root() row: CountryCount, @Ctx() { loaders }: Context) {
    return found(loaders.country.byCode.load(row.code), `country ${row.code}`);
  }
}

@Resolver(() => TopicCount)
export class TopicCountResolver {
  @FieldResolver(() => Topic)
  topic(@Root() row: TopicCount, @Ctx() { loaders }: Context) {
    return found(loaders.topic.byCode.load(row.code), `topic ${row.code}`);
  }
}

@Resolver(() => CoMention)
export class CoMentionResolver {
  @FieldResolver(() => Country)
  country(@Root() row: CoMention, @Ctx() { loaders }: Context) {
    return found(loaders.country.byCode.load(row.code), `country ${row.code}`);
  }
}

@Resolver(() => AuthorCount)
export class AuthorCountResolver {
  @FieldResolver(() => Author)
  author(@Root() row: AuthorCount, @Ctx() { loaders }: Context) {
    return found(loaders.author.byId.load(row.authorId), `author ${row.authorId}`);
  }
}

@Resolver(() => PlaceCount)
export class PlaceCountResolver {
  @FieldResolver(() => Place)
  place(@Root() row: PlaceCount) {
    return found(Promise.resolve(findPlace(row.key)), `place ${row.key}`);
  }
}

@Resolver(() => OrganisationCount)
export class OrganisationCountResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() row: OrganisationCount, @Ctx() { loaders }: Context) {
    return found(loaders.organisation.byCode.load(row.code), `organisation ${row.code}`);
  }
}
