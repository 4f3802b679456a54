import { defineKind } from "../shared/entity-kind.js";
import { findPlace, resolvePlaceKeys } from "./place.data.js";
import { Place } from "./place.type.js";

export const placeKind = defineKind({
  name: "places",
  singular: "place",
  type: Place,
  idOf: (place) => place.key,
  idType: "text",
  verb: "name",
  filter: {
    shape: "sets",
    description:
      'Places (capitals, cities, government seats) by German, English or local name, any case ("Kiew", "Kyiv", "Weißes Haus").',
  },
  coMentioned: true,
  resolveIds: (_prisma, values) => resolvePlaceKeys(values),
  findByIds: (_prisma, keys) => keys.flatMap((key) => findPlace(key) ?? []),
});
