// The organisation module's data access: the vocabulary (a table seeded from src/vocab), name
// resolution (in memory, the extractor's own table).
import { type PrismaClient } from "../../db/client.js";
import { resolveOrganisation } from "../../vocab/organisations.js";
import { type NamedValue } from "../shared/entity-kind.js";
import { resolveInMemory } from "../shared/loading.js";

/** Organisation values as users write them (code, German or English name or abbreviation; any case) -> codes. */
export function resolveOrganisationCodes(values: NamedValue[]): Map<string, string> {
  return resolveInMemory(
    values,
    resolveOrganisation,
    (shown) => `unknown organisation "${shown}" (use a code such as "NATO" or a German or English name)`,
  );
}

export function findOrganisations(prisma: PrismaClient, codes: string[]) {
  return prisma.organisation.findMany({ where: { code: { in: codes } } });
}

export function listOrganisations(prisma: PrismaClient) {
  return prisma.organisation.findMany({ orderBy: { code: "asc" } });
}
