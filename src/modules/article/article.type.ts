import { Node } from "../shared/node.type.js";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Connection, Edge } from "../shared/connection.js";

@ObjectType({
  implements: Node,
  description: "A news article with its authors, the countries it mentions (with evidence) and its topics.",
})
export class Article {
  @Field(() => ID, { description: "Stable id (UUID)." })
  id: string;

  @Field(() => String, {
    description: 'Unique, URL-safe name: publication date and headline, e.g. "2025-03-29-japan-und-usa-...".',
  })
  slug: string;

  @Field(() => String, { description: "Main headline." })
  headline: string;

  @Field(() => String, { nullable: true, description: "Sub-heading above the body, if the source had one." })
  subheadline: string | null;

  @Field(() => String, { description: "Lead text (teaser)." })
  teaser: string;

  @Field(() => String, {
    description: "Body text; paragraphs separated by a blank line. Mention offsets point into it.",
  })
  body: string;

  @Field(() => String, { description: 'BCP 47 language code, e.g. "de".' })
  language: string;

  @Field(() => DateTimeISOResolver, { description: "Publication date (midnight UTC of the date the source gives)." })
  publishedAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When this article was first ingested." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When this article was last ingested or corrected." })
  updatedAt: Date;

  @Field(() => Int, { description: "Words in the body." })
  wordCount: number;

  @Field(() => String, { description: "The source file the article was read from." })
  sourceName: string;
}

@ObjectType({ description: "An article in a list, with its cursor." })
export class ArticleEdge extends Edge(Article) {}

@ObjectType({ description: "A page of articles (Relay connection)." })
export class ArticleConnection extends Connection(ArticleEdge) {}

@ObjectType({ description: "A full-text search hit." })
export class SearchEdge extends Edge(Article) {
  @Field(() => Float, { description: "Relevance (PostgreSQL ts_rank_cd); higher is better." })
  score: number;

  @Field(() => String, {
    description:
      "Snippets of sub-heading, teaser and body with the matches in <mark>…</mark> (computed only when asked for).",
  })
  highlight: string;
}

@ObjectType({ description: "Full-text search results (Relay connection)." })
export class SearchConnection extends Connection(SearchEdge) {}
