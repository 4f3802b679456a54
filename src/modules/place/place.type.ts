import { Node } from "../shared/node.type.js";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { PlaceKind } from "../../generated/prisma/enums.js";

registerEnumType(PlaceKind, {
  name: "PlaceKind",
  description: "What kind of place the gazetteer knows it as.",
  valuesConfig: {
    CAPITAL: { description: "A country's capital (also when it stands for the government: Peking, Washington)." },
    CITY: { description: "Any other city in the gazetteer." },
    METONYM: { description: "A building or street that stands for a government: der Kreml, das Weiße Haus." },
  },
});

@ObjectType({
  implements: Node,
  description:
    "A place from the gazetteer (GeoNames: capitals, cities of 100,000 and more, towns of 15,000 and more in Germany, Austria and Switzerland; plus government metonyms). Its key is its identity.",
})
export class Place {
  @Field(() => ID, { description: 'Stable key: the GeoNames id, or a slug for a metonym ("kreml").' })
  key: string;

  @Field(() => String, { description: 'German name, e.g. "Kiew", "Peking", "Weißes Haus".' })
  name: string;

  @Field(() => String, { description: 'English name, e.g. "Kyiv", "Beijing", "White House".' })
  nameEn: string;

  @Field(() => PlaceKind, { description: "Capital, city or government metonym." })
  kind: PlaceKind;

  /** ISO code of its country; the `country` field resolves it. */
  code: string;
}
