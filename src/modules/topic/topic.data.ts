// The topic module's data access: name resolution and the vocabulary.
import { queryRaw } from "../../db/rows.js";
import { type PrismaClient } from "../../db/client.js";
import { type Topic } from "../../generated/prisma/client.js";
import { UserInputError } from "../../errors.js";
import { type NamedValue } from "../shared/entity-kind.js";
import { truncate } from "../shared/loading.js";

/** Topic values (code with or without "medtop:", German or English label; any case) -> codes. */
export async function resolveTopicCodes(prisma: PrismaClient, values: NamedValue[]): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  const distinct = [...new Set(values.map((v) => v.value))];
  const rows = await queryRaw(prisma)<Array<{ value: string; code: string }>>`
    SELECT DISTINCT ON (v) v AS value, t.code
    FROM unnest(${distinct}::text[]) AS v
    JOIN topic t ON lower(trim(v)) = t.code OR 'medtop:' || trim(v) = t.code
      OR lower(trim(v)) = lower(t.label_de) OR lower(trim(v)) = lower(t.label_en)
    ORDER BY v, t.code`;
  const found = new Map(rows.map((r) => [r.value, r.code]));
  for (const { value, argument } of values) {
    if (!found.has(value)) {
      throw new UserInputError(
        argument,
        `unknown topic "${truncate(value)}" (use a code such as "medtop:11000000" or a label such as "Politik")`,
      );
    }
  }
  return found;
}

/** Topics by code, as Prisma's model returns them. */
export function findTopics(prisma: PrismaClient, codes: string[]) {
  return queryRaw(prisma)<Topic[]>`
    SELECT code, label_de AS "labelDe", label_en AS "labelEn", parent_code AS "parentCode"
    FROM topic WHERE code = ANY(${codes}::text[])`;
}

export function listTopics(prisma: PrismaClient) {
  return prisma.topic.findMany({ orderBy: { code: "asc" } });
}
