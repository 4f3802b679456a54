import { Field, InterfaceType, Int, registerEnumType } from "type-graphql";
import { TextField } from "../../generated/prisma/enums.js";

registerEnumType(TextField, { name: "TextField", description: "Part of an article." });

@InterfaceType({ description: "Where in an article something stands." })
export abstract class TextSpan {
  @Field(() => TextField, { description: "Where it stands: headline, teaser or body." })
  field: TextField;

  @Field(() => Int, { description: "Start offset in that field (UTF-16 code units)." })
  start: number;

  @Field(() => Int, { description: "End offset in that field, exclusive." })
  end: number;
}
