import { Node } from "../shared/node.type.js";
import { Field, ID, ObjectType } from "type-graphql";
import { Connection, Edge } from "../shared/connection.js";

@ObjectType({
  implements: Node,
  description: "A person who writes articles. One row per person, identified by a stable slug.",
})
export class Author {
  @Field(() => ID, { description: "Stable id (UUID)." })
  id: string;

  @Field(() => String, { description: "Name as in the byline." })
  name: string;

  @Field(() => String, { description: 'Stable, URL-safe identity, e.g. "anita-faake".' })
  slug: string;
}

@ObjectType({ description: "An author in a list, with its cursor." })
export class AuthorEdge extends Edge(Author) {}

@ObjectType({ description: "A page of authors, by name (Relay connection)." })
export class AuthorConnection extends Connection(AuthorEdge) {}
