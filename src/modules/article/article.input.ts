import { ArrayMaxSize, ValidateNested } from "class-validator";
import { Field, InputType, registerEnumType } from "type-graphql";
import { DateTimeISOResolver } from "graphql-scalars";
import { KINDS } from "../entity/registry.js";
import { type KindName } from "../shared/entity-kind.js";
import { MAX_FILTER_VALUES } from "../../limits.js";

export enum ArticleOrder {
  PUBLISHED_DESC = "PUBLISHED_DESC",
  PUBLISHED_ASC = "PUBLISHED_ASC",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(ArticleOrder, {
  name: "ArticleOrder",
  description: "Order of an article list. Ties are broken by id, so pages are stable.",
  valuesConfig: {
    PUBLISHED_DESC: { description: "Newest first (default)." },
    PUBLISHED_ASC: { description: "Oldest first." },
    RELEVANCE: { description: "Best full-text match first; needs `filter.text` (or `search`)." },
  },
});

@InputType({ description: "Related-entity filter: all-of, any-of and none-of, combined with AND." })
export class EntityFilter {
  @Field(() => [String], { nullable: true, description: "The article references every one of these." })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  all?: string[];

  @Field(() => [String], { nullable: true, description: "The article references at least one of these." })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  any?: string[];

  @Field(() => [String], { nullable: true, description: "The article references none of these." })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  none?: string[];
}

/** The kinds filtered by all-of, any-of and none-of (authors are a plain list): one EntityFilter field each, declared below. */
type SetKindName = Exclude<KindName, "authors">;

export interface ArticleFilter extends Partial<Record<SetKindName, EntityFilter>> {}

@InputType({ description: "Which articles to return. All given conditions must hold (AND)." })
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the entity fields are declared by the loop below
export class ArticleFilter {
  @Field(() => [String], { nullable: true, description: "Written by any of these authors (slug or name)." })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  authors?: string[];

  @Field(() => DateTimeISOResolver, { nullable: true, description: "Published at or after this instant." })
  publishedAfter?: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "Published at or before this instant." })
  publishedBefore?: Date;

  @Field(() => String, { nullable: true, description: 'Language code, e.g. "de".' })
  language?: string;

  @Field(() => String, {
    nullable: true,
    description: 'German full-text query in web-search syntax: words, "quoted phrases", -excluded, or.',
  })
  text?: string;
}

for (const kind of KINDS) {
  if (kind.filter.shape !== "sets") continue;
  Field(() => EntityFilter, { nullable: true, description: kind.filter.description })(
    ArticleFilter.prototype,
    kind.name,
  );
  // Without it class-validator never looks inside, and ArrayMaxSize on all/any/none is not applied.
  ValidateNested()(ArticleFilter.prototype, kind.name);
}
