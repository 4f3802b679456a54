// The country module's data access: name resolution, the vocabulary, and counts read from
// country_pair_count (exact, kept by the writer's triggers).
import { queryRaw } from "../../db/rows.js";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { type PrismaClient } from "../../db/client.js";
import { type Country } from "../../generated/prisma/client.js";
import { UserInputError } from "../../errors.js";
import { type NamedValue } from "../shared/entity-kind.js";
import { truncate } from "../shared/loading.js";

/**
 * Country values as users write them (ISO code, German or English name, alias; any case) -> ISO codes.
 * One query for all values not resolved in the last minute; an unknown value is a BAD_USER_INPUT error
 * naming it and the argument.
 */
export async function resolveCountryCodes(prisma: PrismaClient, values: NamedValue[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const missing: string[] = [];
  for (const value of new Set(values.map((v) => v.value))) {
    const code = await resolvedCountries.get(value);
    if (code === undefined) missing.push(value);
    else found.set(value, code);
  }
  if (missing.length > 0) {
    for (const [value, code] of await lookUpCountries(prisma, missing)) {
      found.set(value, code);
      await resolvedCountries.set(value, code, { ttl: COUNTRY_NAMES_TTL_SECONDS });
    }
  }
  for (const { value, argument } of values) {
    if (!found.has(value)) {
      throw new UserInputError(
        argument,
        `unknown country "${truncate(value)}" (use an ISO 3166-1 code such as "JP", or a German or English name)`,
      );
    }
  }
  return found;
}

/**
 * Country values already resolved, per process: a breaking story brings "JP" and "USA" in request after
 * request, and without this every filtered page waited for one more statement before its own. The
 * vocabulary changes only when it is seeded; the minute bounds how long a changed name is served.
 */
const resolvedCountries = new InMemoryLRUCache<string>({ maxSize: 1000, sizeCalculation: () => 1 });
const COUNTRY_NAMES_TTL_SECONDS = 60;

/** ISO code, name or alias (any case) -> code, for the values the vocabulary knows. */
async function lookUpCountries(prisma: PrismaClient, distinct: string[]): Promise<Map<string, string>> {
  // An ISO code is one primary-key lookup; only other values are compared with names and aliases.
  const rows = await queryRaw(prisma)<Array<{ value: string; code: string | null }>>`
    SELECT v AS value, coalesce(
      (SELECT c.code FROM country c WHERE c.code = upper(trim(v))::bpchar),
      (SELECT c.code FROM country c
       WHERE lower(trim(v)) IN (lower(c.name_de), lower(c.name_en)) OR lower(trim(v)) IN (SELECT lower(a) FROM unnest(c.aliases) AS a)
       ORDER BY c.code LIMIT 1)) AS code
    FROM unnest(${distinct}::text[]) AS v`;
  return new Map(rows.flatMap((r) => (r.code ? [[r.value, r.code] as const] : [])));
}

/** Countries by code, as Prisma's model returns them (read through pg, as every read statement: src/db/rows.ts). */
export function findCountries(prisma: PrismaClient, codes: string[]) {
  return queryRaw(prisma)<Country[]>`
    SELECT code, name_de AS "nameDe", name_en AS "nameEn", aliases FROM country WHERE code = ANY(${codes}::bpchar[])`;
}

/** Countries by code; `mentioned` keeps those some article mentions (true) or none does (false). */
export async function listCountries(prisma: PrismaClient, mentioned?: boolean) {
  if (mentioned == null) return prisma.country.findMany({ orderBy: { code: "asc" } });
  const counted = await prisma.countryPairCount.findMany({
    where: { otherCode: { equals: prisma.countryPairCount.fields.countryCode }, articleCount: { gt: 0 } },
    select: { countryCode: true },
  });
  const codes = counted.map((c) => c.countryCode);
  return prisma.country.findMany({
    where: { code: mentioned ? { in: codes } : { notIn: codes } },
    orderBy: { code: "asc" },
  });
}
