import { Field, Int, ObjectType } from "type-graphql";
import { Author } from "../author/author.type.js";
import { Country } from "../country/country.type.js";
import { Topic } from "../topic/topic.type.js";

@ObjectType({ description: "How many matching articles mention a country." })
export class CountryCount {
  @Field(() => Country)
  country: Country;

  @Field(() => Int)
  count: number;

  code: string;
}

@ObjectType({ description: "How many matching articles have a topic." })
export class TopicCount {
  @Field(() => Topic)
  topic: Topic;

  @Field(() => Int)
  count: number;

  code: string;
}

@ObjectType({ description: "How many matching articles an author wrote." })
export class AuthorCount {
  @Field(() => Author)
  author: Author;

  @Field(() => Int)
  count: number;

  authorId: string;
}

@ObjectType({ description: "Counts over the articles matching a filter, for a filter sidebar; most frequent first." })
export class ArticleFacets {
  @Field(() => Int, { description: "Articles matching the filter." })
  totalCount: number;

  @Field(() => [CountryCount])
  countries: CountryCount[];

  @Field(() => [TopicCount])
  topics: TopicCount[];

  @Field(() => [AuthorCount])
  authors: AuthorCount[];
}

@ObjectType({ description: "A country named in the same articles as another, and in how many." })
export class CoMention {
  @Field(() => Country)
  country: Country;

  @Field(() => Int, { description: "Articles that mention both countries." })
  articleCount: number;

  code: string;
}
