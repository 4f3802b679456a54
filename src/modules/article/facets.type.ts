import { Field, Int, ObjectType } from "type-graphql";
import { Author } from "../author/author.type.js";
import { Country } from "../country/country.type.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Place } from "../place/place.type.js";
import { Topic } from "../topic/topic.type.js";

@ObjectType({ description: "How many matching articles mention a country." })
export class CountryCount {
  @Field(() => Country, { description: "The country." })
  country: Country;

  @Field(() => Int, { description: "Matching articles that mention it." })
  count: number;

  code: string;
}

@ObjectType({ description: "How many matching articles have a topic." })
export class TopicCount {
  @Field(() => Topic, { description: "The topic." })
  topic: Topic;

  @Field(() => Int, { description: "Matching articles classified into it." })
  count: number;

  code: string;
}

@ObjectType({ description: "How many matching articles an author wrote." })
export class AuthorCount {
  @Field(() => Author, { description: "The author." })
  author: Author;

  @Field(() => Int, { description: "Matching articles by this author." })
  count: number;

  authorId: string;
}

@ObjectType({ description: "How many matching articles name a place." })
export class PlaceCount {
  @Field(() => Place, { description: "The place." })
  place: Place;

  @Field(() => Int, { description: "Matching articles that name it." })
  count: number;

  key: string;
}

@ObjectType({ description: "How many matching articles name an organisation." })
export class OrganisationCount {
  @Field(() => Organisation, { description: "The organisation." })
  organisation: Organisation;

  @Field(() => Int, { description: "Matching articles that name it." })
  count: number;

  code: string;
}

@ObjectType({
  description:
    "Countries, places and organisations named in the same articles as a place or organisation; most frequent first.",
})
export class EntityCoMentions {
  @Field(() => [CountryCount], { description: "Countries named in the same articles." })
  countries: CountryCount[];

  @Field(() => [PlaceCount], { description: "Other places named in the same articles." })
  places: PlaceCount[];

  @Field(() => [OrganisationCount], { description: "Other organisations named in the same articles." })
  organisations: OrganisationCount[];
}

@ObjectType({ description: "Counts over the articles matching a filter, for a filter sidebar; most frequent first." })
export class ArticleFacets {
  @Field(() => Int, { description: "Articles matching the filter." })
  totalCount: number;

  @Field(() => [CountryCount], { description: "Countries, most frequent first (at most `first`)." })
  countries: CountryCount[];

  @Field(() => [TopicCount], { description: "Topics, most frequent first (at most `first`)." })
  topics: TopicCount[];

  @Field(() => [AuthorCount], { description: "Authors, most frequent first (at most `first`)." })
  authors: AuthorCount[];

  @Field(() => [PlaceCount], { description: "Places, most frequent first (at most `first`)." })
  places: PlaceCount[];

  @Field(() => [OrganisationCount], { description: "Organisations, most frequent first (at most `first`)." })
  organisations: OrganisationCount[];
}

@ObjectType({ description: "A country named in the same articles as another, and in how many." })
export class CoMention {
  @Field(() => Country, { description: "The other country." })
  country: Country;

  @Field(() => Int, { description: "Articles that mention both countries." })
  articleCount: number;

  code: string;
}
