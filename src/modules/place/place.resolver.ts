import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { Country } from "../country/country.type.js";
import { resolvePlaceKeys, findPlace } from "./place.data.js";
import { Place } from "./place.type.js";

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, {
    description:
      'One place by German, English or local name, any case, or by key ("Kiew", "Kyiv", "KAIRO", "Weißes Haus"); an unknown one is an error.',
  })
  place(@Arg("name", () => String) name: string) {
    const [key] = resolvePlaceKeys([{ value: name, argument: "name" }]).values();
    return findPlace(key!);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country the place lies in." })
  country(@Root() place: Place, @Ctx() { loaders }: Context) {
    return loaders.entities.countries.byId.load(place.code);
  }
}
