import { Node } from "../shared/node.type.js";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  implements: Node,
  description: "A country (ISO 3166-1). Its alpha-2 code is its identity.",
})
export class Country {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "JP".' })
  code: string;

  @Field(() => String, { name: "name", description: 'German name, e.g. "Vereinigte Staaten".' })
  nameDe: string;

  @Field(() => String, { description: 'English name, e.g. "United States".' })
  nameEn: string;

  @Field(() => [String], {
    description: 'Other names that resolve to this country ("USA", "United States of America").',
  })
  aliases: string[];
}
