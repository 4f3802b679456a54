import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";

/**
 * Country values as users write them (ISO code, German or English name, alias; any case) -> ISO codes.
 * One query for all values; an unknown value is a BAD_USER_INPUT error naming it and the argument.
 */
export async function resolveCountryCodes(prisma: PrismaClient, values: Array<{ value: string; argument: string }>): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  const distinct = [...new Set(values.map((v) => v.value))];
  const rows = await prisma.$queryRaw<Array<{ value: string; code: string }>>`
    SELECT DISTINCT ON (v) v AS value, c.code
    FROM unnest(${distinct}::text[]) AS v
    JOIN country c ON upper(trim(v)) = c.code OR lower(trim(v)) = lower(c.name_de) OR lower(trim(v)) = lower(c.name_en)
      OR lower(trim(v)) IN (SELECT lower(a) FROM unnest(c.aliases) AS a)
    ORDER BY v, (upper(trim(v)) = c.code) DESC, c.code`;
  const found = new Map(rows.map((r) => [r.value, r.code]));
  for (const { value, argument } of values) {
    if (!found.has(value)) throw new UserInputError(argument, `unknown country "${value}" (use an ISO 3166-1 code such as "JP", or a German or English name)`);
  }
  return found;
}
