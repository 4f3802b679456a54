import { defineKind } from "../shared/entity-kind.js";
import { findCountries, resolveCountryCodes } from "./country.data.js";
import { Country } from "./country.type.js";

export const countryKind = defineKind({
  name: "countries",
  singular: "country",
  type: Country,
  idOf: (country) => country.code,
  idType: "text",
  verb: "mention",
  filter: {
    shape: "sets",
    description:
      'Countries by ISO code or German/English name or alias, case-insensitive ("JP", "Japan", "USA", "Vereinigte Staaten").',
  },
  coMentioned: true,
  ownCoMentions: true,
  resolveIds: resolveCountryCodes,
  findByIds: findCountries,
  pairCounts: { table: "country_pair_count", id: "country_code", other: "other_code", cast: "bpchar" },
});
