import { Node } from "../shared/node.type.js";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { TextSpan } from "../shared/text-span.js";
import { Connection, Edge } from "../shared/connection.js";

@ObjectType({
  implements: Node,
  description:
    "A person named in articles, by the fullest form a text gave. Extraction merges two names only where an article gives one as the other's birth or civil name (“hieß eigentlich”); editors merge spelling variants (mergePersons).",
})
export class Person {
  @Field(() => ID, { description: "Stable id (UUID)." })
  id: string;

  @Field(() => String, { description: 'The fullest form a text gave, e.g. "Donald Trump".' })
  name: string;

  /** The folded name; a person named in part carries its article's number (partialPersonKey). */
  key: string;

  /** ISO code of the country a role named; the `country` field resolves it. */
  countryCode: string | null;
}

@ObjectType({ description: "A person in a list, with its cursor." })
export class PersonEdge extends Edge(Person) {}

@ObjectType({ description: "A page of persons, by name (Relay connection)." })
export class PersonConnection extends Connection(PersonEdge) {}

@ObjectType({
  implements: TextSpan,
  description: 'A direct quote in an article („…“ or "…"), with its speaker where the text attributes it.',
})
export class Quote extends TextSpan {
  @Field(() => ID, { description: "Stable id of this quote." })
  id: string;

  @Field(() => String, { description: "The quoted words, without the quotation marks." })
  text: string;

  @Field(() => String, { description: "The sentence in which the quote starts." })
  sentence: string;

  /** The speaker's person id; the `speaker` field resolves it. */
  speakerId: string | null;
  articleId: string;
}

@ObjectType({ implements: TextSpan, description: "One occurrence of a person in an article: the evidence." })
export class PersonOccurrence extends TextSpan {
  @Field(() => String, { description: 'The name as written ("Trumps", "Merkel").' })
  text: string;

  @Field(() => String, { description: "The sentence around it." })
  sentence: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The role or title written with the name here ("US-Präsident", "der japanische Verteidigungsminister").',
  })
  role: string | null;
}

@ObjectType({ description: "An article's references to one person." })
export class PersonReference {
  @Field(() => Int, { description: "How often the article names the person (kept occurrences)." })
  count: number;

  @Field(() => [String], { description: "The distinct roles the article gives the person, in text order." })
  roles: string[];

  @Field(() => [PersonOccurrence], { description: "Every occurrence, in text order." })
  mentions: PersonOccurrence[];

  personId: string;
  /** The country a role named in this article, else null. */
  countryCode: string | null;
}
