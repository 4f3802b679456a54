import { defineKind } from "../shared/entity-kind.js";
import { resolveCountryCodes } from "./country.data.js";
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
  findByIds: (prisma, codes) => prisma.country.findMany({ where: { code: { in: codes } } }),
  // The diagonal of the pair counters: one row per country, however many articles mention it.
  countArticles: async (prisma, codes) =>
    (
      await prisma.countryPairCount.findMany({
        where: { countryCode: { in: codes }, otherCode: { in: codes } },
        select: { countryCode: true, otherCode: true, articleCount: true },
      })
    )
      .filter((r) => r.countryCode === r.otherCode)
      .map((r) => ({ key: r.countryCode, count: r.articleCount })),
});
