import { IsUUID, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { PageArgs } from "../shared/connection.js";
import { ArticleFilter, ArticleOrder } from "./article.input.js";

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true, description: "Which articles; all conditions must hold." })
  @ValidateNested()
  filter?: ArticleFilter;

  @Field(() => ArticleOrder, { defaultValue: ArticleOrder.PUBLISHED_DESC, description: "Order of the list." })
  orderBy: ArticleOrder;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field(() => String, { description: 'German full-text query, web-search syntax: words, "a phrase", -excluded, or.' })
  query: string;

  @Field(() => ArticleFilter, { nullable: true, description: "Further conditions on the hits." })
  @ValidateNested()
  filter?: ArticleFilter;

  @Field(() => ArticleOrder, {
    defaultValue: ArticleOrder.RELEVANCE,
    description: "Best match first by default; PUBLISHED_DESC for newest first.",
  })
  orderBy: ArticleOrder;
}

@ArgsType()
export class ArticleLookupArgs {
  @Field(() => ID, { nullable: true, description: "The article's id." })
  @IsUUID("all", { message: "id must be an article id (a UUID)" })
  id?: string;

  @Field(() => String, { nullable: true, description: "The article's slug." })
  slug?: string;
}

@ArgsType()
export class TopNArgs {
  @Field(() => Int, { defaultValue: 10, description: "How many, 1 to 100." })
  @Min(1, { message: "first must be between 1 and 100" })
  @Max(100, { message: "first must be between 1 and 100" })
  first: number;
}

@ArgsType()
export class FacetArgs extends TopNArgs {
  @Field(() => ArticleFilter, {
    nullable: true,
    description: "Count over the articles matching this filter (all articles without it).",
  })
  @ValidateNested()
  filter?: ArticleFilter;
}
