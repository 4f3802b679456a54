// The organisation module's data access: the vocabulary (a table seeded from src/vocab), name
// resolution (in memory, the extractor's own table).
import { queryRaw } from "../../db/rows.js";
import { type PrismaClient } from "../../db/client.js";
import { type Organisation } from "../../generated/prisma/client.js";
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

/** Organisations by code, as Prisma's model returns them. */
export function findOrganisations(prisma: PrismaClient, codes: string[]) {
  return queryRaw(prisma)<Organisation[]>`
    SELECT code, name_de AS "nameDe", name_en AS "nameEn" FROM organisation WHERE code = ANY(${codes}::text[])`;
}

export function listOrganisations(prisma: PrismaClient) {
  return prisma.organisation.findMany({ orderBy: { code: "asc" } });
}
