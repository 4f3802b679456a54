import { IsNotEmpty, MaxLength } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { ArgsType, Field, ID, ObjectType } from "type-graphql";
import { MAX_NAME_LENGTH } from "../../limits.js";
import { Connection, Edge, PageArgs } from "../shared/connection.js";
import { Revision } from "./editorial.type.js";

@ObjectType({
  description:
    "An article deleted with deleteArticle, as its audit trail keeps it: gone from every other query, its revisions stay. Editors and admins only.",
})
export class DeletedArticle {
  @Field(() => ID, { description: "The id the article had (deleteArticle returned it; its revisions keep it)." })
  id: string;

  @Field(() => String, { description: "The slug the article had; `articleRevisions(slug:)` takes it." })
  slug: string;

  @Field(() => String, { description: "The headline the article had when it was deleted." })
  headline: string;

  @Field(() => DateTimeISOResolver, { description: "When it was deleted." })
  deletedAt: Date;

  @Field(() => String, { description: 'Who deleted it: "token:<name>", "jwt:<subject>" or "cli:<user>".' })
  deletedBy: string;
}

@ObjectType({ description: "A deleted article in a list, with its cursor." })
export class DeletedArticleEdge extends Edge(DeletedArticle) {}

@ObjectType({ description: "A page of deleted articles, most recently deleted first (Relay connection)." })
export class DeletedArticleConnection extends Connection(DeletedArticleEdge) {}

@ObjectType({ description: "A revision in an audit trail, with its cursor." })
export class RevisionEdge extends Edge(Revision) {}

@ObjectType({ description: "A page of an audit trail, oldest first (Relay connection)." })
export class RevisionConnection extends Connection(RevisionEdge) {}

@ArgsType()
export class ArticleRevisionsArgs extends PageArgs {
  @Field(() => String, {
    description: "The slug of a live or a deleted article (deletedArticles lists the slugs of deleted ones).",
  })
  @IsNotEmpty({ message: "slug must not be empty" })
  @MaxLength(MAX_NAME_LENGTH, { message: `slug must be at most ${MAX_NAME_LENGTH} characters` })
  slug: string;
}
