import { Node } from "../shared/node.type.js";
import { Field, ID, ObjectType } from "type-graphql";
import { MEDIATOPIC_ATTRIBUTION } from "../../vocab/mediatopics.js";

@ObjectType({
  implements: Node,
  description: `A concept of a controlled vocabulary: ${MEDIATOPIC_ATTRIBUTION}.`,
})
export class Topic {
  @Field(() => ID, { description: 'QCode, e.g. "medtop:11000000".' })
  code: string;

  @Field(() => String, { name: "name", description: 'German label, e.g. "Politik".' })
  labelDe: string;

  @Field(() => String, { name: "nameEn", description: 'English label, e.g. "politics".' })
  labelEn: string;

  parentCode: string | null;
}
