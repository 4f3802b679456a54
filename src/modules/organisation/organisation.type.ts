import { Node } from "../shared/node.type.js";
import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  implements: Node,
  description: "An international or supranational organisation (EU, NATO, UN, ...). Its code is its identity.",
})
export class Organisation {
  @Field(() => ID, { description: 'Stable code, e.g. "NATO", "EUROPEAN_COMMISSION", "OPEC_PLUS".' })
  code: string;

  @Field(() => String, { name: "name", description: 'German name, e.g. "Vereinte Nationen".' })
  nameDe: string;

  @Field(() => String, { description: 'English name, e.g. "United Nations".' })
  nameEn: string;
}
