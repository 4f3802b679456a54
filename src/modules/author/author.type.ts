import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A person who writes articles. One row per person, identified by a stable slug." })
export class Author {
  @Field(() => ID, { description: "Stable id (UUID)." })
  id: string;

  @Field(() => String, { description: "Name as in the byline." })
  name: string;

  @Field(() => String, { description: 'Stable, URL-safe identity, e.g. "anita-faake".' })
  slug: string;
}
