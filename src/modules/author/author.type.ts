import { Field, ID, ObjectType } from "type-graphql";
import { PageInfo } from "../shared/connection.js";

@ObjectType({ description: "A person who writes articles. One row per person, identified by a stable slug." })
export class Author {
  @Field(() => ID, { description: "Stable id (UUID)." })
  id: string;

  @Field(() => String, { description: "Name as in the byline." })
  name: string;

  @Field(() => String, { description: 'Stable, URL-safe identity, e.g. "anita-faake".' })
  slug: string;
}

@ObjectType({ description: "An author in a list, with its cursor." })
export class AuthorEdge {
  @Field(() => String, { description: "Opaque cursor; pass it as `after` or `before`." })
  cursor: string;

  @Field(() => Author, { description: "The author." })
  node: Author;
}

@ObjectType({ description: "A page of authors, by name (Relay connection)." })
export class AuthorConnection {
  @Field(() => [AuthorEdge], { description: "The authors of this page, in order." })
  edges: AuthorEdge[];

  @Field(() => PageInfo, { description: "Whether there are more pages, and the cursors to get them." })
  pageInfo: PageInfo;

  /** Resolved by AuthorConnectionResolver.totalCount, only when asked for. */
  countTotal: () => Promise<number>;
}
