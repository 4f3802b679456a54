import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";

/** Authors by slug or name (any case) -> author ids. */
export async function resolveAuthorIds(prisma: PrismaClient, values: string[], argument: string): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await prisma.$queryRaw<Array<{ value: string; id: string }>>`
    SELECT v AS value, a.id FROM unnest(${values}::text[]) AS v
    JOIN author a ON lower(trim(v)) = a.slug OR lower(trim(v)) = lower(a.name)`;
  const found = new Set(rows.map((r) => r.value));
  const unknown = values.find((v) => !found.has(v));
  if (unknown !== undefined) throw new UserInputError(argument, `unknown author "${unknown}"`);
  return [...new Set(rows.map((r) => r.id))];
}
