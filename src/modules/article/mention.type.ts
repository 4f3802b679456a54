import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { MentionKind, PlaceKind } from "../../generated/prisma/enums.js";
import { TextSpan } from "../shared/text-span.js";
import { Country } from "../country/country.type.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Topic } from "../topic/topic.type.js";

registerEnumType(MentionKind, {
  name: "MentionKind",
  description: "The form in which a text names a country.",
  valuesConfig: {
    NAME: { description: '"Japan", "Japans", "der Türkei", "Vereinigten Staaten"' },
    ADJECTIVE: { description: '"japanischen", "amerikanischer"' },
    DEMONYM: { description: '"Japaner", "Amerikanerinnen"' },
    ABBREVIATION: { description: '"USA", "VAE"' },
    COMPOUND: { description: '"US-Verteidigungsminister", "deutsch-französische"' },
  },
});

@ObjectType({ implements: TextSpan, description: "One occurrence of a country in an article: the evidence." })
export class Occurrence extends TextSpan {
  @Field(() => String, { description: "The text as written (the whole word for compounds)." })
  text: string;

  @Field(() => String, { description: "The sentence around it." })
  sentence: string;

  @Field(() => MentionKind, {
    description: "The form of the reference: name, adjective, demonym, abbreviation or compound.",
  })
  kind: MentionKind;
}

@ObjectType({ description: "An article's references to one country." })
export class Mention {
  @Field(() => ID, { description: "Stable id of this article-country link." })
  id: string;

  @Field(() => Country, { description: "The country referenced." })
  country: Country;

  @Field(() => Int, { description: "How often the article references the country." })
  count: number;

  countryCode: string;
}

@ObjectType({ description: "An article's classification into a topic." })
export class Classification {
  @Field(() => Topic, { description: "The topic." })
  topic: Topic;

  @Field(() => Float, { description: "0 to 1: how strongly the article is about the topic." })
  relevance: number;

  @Field(() => [String], { description: "The words in the article that triggered the topic." })
  triggers: string[];
}

@ObjectType({
  implements: TextSpan,
  description:
    "One occurrence of a place (capital, city, government metonym) in the article, with its evidence; never counted as a country mention.",
})
export class PlaceMention extends TextSpan {
  @Field(() => String, { description: 'The place\'s German name, e.g. "Kairo" (also where the text wrote "KAIRO").' })
  name: string;

  @Field(() => String, { description: 'The text as written at start..end, e.g. "KAIRO", "Moskaus".' })
  text: string;

  @Field(() => String, { description: "The sentence around it." })
  sentence: string;

  @Field(() => PlaceKind, { description: "Capital, city or government metonym." })
  kind: PlaceKind;

  @Field(() => String, { nullable: true, description: "ISO code of the country the place lies in." })
  countryCode: string | null;

  /** The gazetteer key; the `place` field resolves it. */
  placeKey: string;
}

@ObjectType({ implements: TextSpan, description: "One occurrence of an organisation in an article: the evidence." })
export class OrganisationOccurrence extends TextSpan {
  @Field(() => String, { description: 'The text as written (the whole word for compounds: "Nato-Gipfel").' })
  text: string;

  @Field(() => String, { description: "The sentence around it." })
  sentence: string;
}

@ObjectType({ description: "An article's references to one organisation." })
export class OrganisationReference {
  @Field(() => Organisation, { description: "The organisation referenced." })
  organisation: Organisation;

  @Field(() => Int, { description: "How often the article references it." })
  count: number;

  @Field(() => [OrganisationOccurrence], { description: "Every occurrence, in text order." })
  mentions: OrganisationOccurrence[];

  code: string;
}
