// The organisation module's data access: the vocabulary (a table seeded from src/vocab), name
// resolution (in memory, the extractor's own table) and counts read from the entity sets.
import { type PrismaClient } from "../../db/client.js";
import { resolveOrganisation } from "../../ingest/organisations.js";
import { countsByKey, resolveInMemory, rowsByKey } from "../shared/loading.js";

/** Organisation values as users write them (code, German or English name or abbreviation; any case) -> codes. */
export function resolveOrganisationCodes(values: Array<{ value: string; argument: string }>): Map<string, string> {
  return resolveInMemory(
    values,
    resolveOrganisation,
    (shown) => `unknown organisation "${shown}" (use a code such as "NATO" or a German or English name)`,
  );
}

export function listOrganisations(prisma: PrismaClient) {
  return prisma.organisation.findMany({ orderBy: { code: "asc" } });
}

/** Per-request loaders of the organisation module. */
export function organisationLoaders(prisma: PrismaClient) {
  return {
    byCode: rowsByKey(
      (codes) => prisma.organisation.findMany({ where: { code: { in: codes } } }),
      (o) => o.code,
    ),
    /** Articles that name each organisation (the GIN index on the entity sets). */
    articleCount: countsByKey(
      (codes) =>
        prisma.$queryRaw<Array<{ key: string; count: number }>>`
        SELECT k AS key, (SELECT count(*) FROM article_entity_set WHERE organisations @> ARRAY[k])::int AS count
        FROM unnest(${codes}::text[]) AS k`,
    ),
  };
}
