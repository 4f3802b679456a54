import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Matches, MaxLength, MinLength } from "class-validator";
import { DateTimeISOResolver, JSONObjectResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { MentionSource, RevisionAction } from "../../generated/prisma/enums.js";
import { Article } from "../article/article.type.js";
import { MAX_INGEST_CHARACTERS } from "../../limits.js";

export enum IngestOutcome {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
  STALE = "STALE",
}
registerEnumType(IngestOutcome, {
  name: "IngestOutcome",
  description: "What ingesting a text did.",
  valuesConfig: {
    CREATED: { description: "A new article was stored." },
    UPDATED: { description: "A corrected text of a stored article (same headline and date) replaced it in place." },
    UNCHANGED: { description: "The same text was stored already; nothing changed." },
    STALE: {
      description:
        "A newer version of the article is stored (a later version time, see README: Corrections); this text was not stored.",
    },
  },
});
registerEnumType(MentionSource, {
  name: "MentionSource",
  description: "Where an article's link to a country or topic comes from.",
  valuesConfig: {
    EXTRACTED: { description: "Found in the text by the extractor or classifier." },
    EDITOR: { description: "Set by an editor's override; kept whenever the text is extracted again." },
  },
});
registerEnumType(RevisionAction, {
  name: "RevisionAction",
  description: "What a revision did to an article.",
  valuesConfig: {
    CREATED: { description: "Stored for the first time (ingest)." },
    UPDATED: { description: "A corrected source text was ingested in place." },
    EDITED: { description: "Changed field by field (updateArticle)." },
    DELETED: { description: "Deleted (deleteArticle)." },
    COUNTRY_OVERRIDE: { description: "An editor said the article is or is not about a country." },
    TOPICS_OVERRIDE: { description: "An editor set the article's topics." },
    PERSONS_MERGED: { description: "An editor merged persons the article names into one (mergePersons)." },
  },
});

const SINGLE_LINE = /^[^\r\n]+$/;

@InputType({ description: "A source text in the newsroom format, as the CLI's `ingest` reads it from a file." })
export class IngestArticleInput {
  @Field(() => String, {
    description:
      "The whole source text: headline, teaser, optional sub-heading, paragraphs, author line (Autor: ...), date line (DD.MM.YYYY).",
  })
  @MaxLength(MAX_INGEST_CHARACTERS, { message: `text must be at most ${MAX_INGEST_CHARACTERS} characters` })
  text: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the text came from (a file or feed item name); default "api".',
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(200)
  sourceName?: string;
}

@InputType({ description: "Changes to an article; fields left out stay as they are. The text is extracted again." })
export class UpdateArticleInput {
  @Field(() => String, { nullable: true, description: "New headline (one line). The slug stays as it is." })
  @IsOptional()
  @Matches(SINGLE_LINE, { message: "headline must be one non-empty line" })
  @MaxLength(500)
  headline?: string;

  @Field(() => String, { nullable: true, description: "New teaser (one line)." })
  @IsOptional()
  @Matches(SINGLE_LINE, { message: "teaser must be one non-empty line" })
  @MaxLength(2000)
  teaser?: string;

  @Field(() => String, { nullable: true, description: "New body; paragraphs separated by a blank line." })
  @IsOptional()
  @MinLength(1)
  @MaxLength(MAX_INGEST_CHARACTERS)
  body?: string;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "New publication date; the calendar day (UTC) is kept, as in a source text's date line.",
  })
  @IsOptional()
  publishedAt?: Date;

  @Field(() => [String], { nullable: true, description: "New authors, in byline order (names)." })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[^\r\n,;]+$/, { each: true, message: "each author must be a name without commas or line breaks" })
  @MaxLength(200, { each: true })
  authors?: string[];
}

@ArgsType()
export class ArticleIdArgs {
  @Field(() => ID, { description: "The article's id." })
  @IsUUID("all", { message: "id must be an article id (a UUID)" })
  id: string;
}

@ArgsType()
export class UpdateArticleArgs extends ArticleIdArgs {
  @Field(() => UpdateArticleInput, { description: "The fields to change." })
  input: UpdateArticleInput;
}

@ArgsType()
export class SetCountryMentionArgs {
  @Field(() => ID, { description: "The article's id." })
  @IsUUID("all", { message: "articleId must be an article id (a UUID)" })
  articleId: string;

  @Field(() => String, { description: 'The country: ISO code or German/English name ("GE", "Georgien").' })
  @MaxLength(100)
  country: string;

  @Field(() => Boolean, {
    description: "true: the article is about this country (added or confirmed); false: it is not (removed).",
  })
  present: boolean;
}

@ArgsType()
export class SetArticleTopicsArgs {
  @Field(() => ID, { description: "The article's id." })
  @IsUUID("all", { message: "articleId must be an article id (a UUID)" })
  articleId: string;

  @Field(() => [String], {
    description: 'The article\'s topics, replacing the classifier\'s: codes or labels ("medtop:11000000", "Politik").',
  })
  @ArrayMaxSize(50)
  topics: string[];
}

@ArgsType()
export class MergePersonsArgs {
  @Field(() => ID, { description: "The person the others are merged into; it keeps its id and name." })
  @IsUUID("all", { message: "into must be a person id (a UUID)" })
  into: string;

  @Field(() => [ID], {
    description:
      'The persons merged into it (spelling variants of one name: "Netanyahu" into "Netanjahu"). Their ids end; their names resolve to it from now on.',
  })
  @ArrayMinSize(1, { message: "from must name at least one person" })
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true, message: "from must hold person ids (UUIDs)" })
  from: string[];
}

@ObjectType({ description: "The result of ingestArticle." })
export class IngestArticlePayload {
  @Field(() => Article, { description: "The stored article (for UNCHANGED, the one stored already)." })
  article: Article;

  @Field(() => IngestOutcome, { description: "Whether the article was created, updated or left unchanged." })
  outcome: IngestOutcome;
}

@ObjectType({ description: "The result of deleteArticle." })
export class DeleteArticlePayload {
  @Field(() => ID, { description: "Id of the deleted article (its revisions keep it)." })
  id: string;

  @Field(() => String, { description: "Slug of the deleted article." })
  slug: string;
}

@ObjectType({ description: "One entry of an article's audit trail." })
export class Revision {
  @Field(() => DateTimeISOResolver, { description: "When." })
  at: Date;

  @Field(() => String, { description: 'Who: "token:<name>", "jwt:<subject>" or "cli:<user>".' })
  actor: string;

  @Field(() => RevisionAction, { description: "What kind of change." })
  action: RevisionAction;

  @Field(() => JSONObjectResolver, {
    description: "What changed: for edits {field: {from, to}}; for ingests the stored headline, slug and hash.",
  })
  changes: Record<string, unknown>;
}

@ObjectType({
  description: "An editor's topic list for an article, which replaces the classifier's after every extraction.",
})
export class TopicOverride {
  @Field(() => [String], { description: "The topic codes the editor set." })
  topics: string[];

  @Field(() => String, { description: "Who set them (as in the revisions)." })
  actor: string;

  @Field(() => DateTimeISOResolver, { description: "When." })
  at: Date;
}
