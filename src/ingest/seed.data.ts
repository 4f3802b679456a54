// The seed's SQL: vocabulary rows, inserted where missing. Raw statements like the writer's (write.data.ts): the API
// server adds missing entries before its first write, and otherwise runs raw SQL only.
import { type PrismaClient } from "../db/client.js";

export interface VocabularyRows {
  countries: ReadonlyArray<{ code: string; nameDe: string; nameEn: string; aliases: string[] }>;
  topics: ReadonlyArray<{ code: string; labelDe: string; labelEn: string; parentCode: string | null }>;
  organisations: ReadonlyArray<{ code: string; nameDe: string; nameEn: string }>;
}

/** Inserts the vocabulary rows that are missing (existing ones are left as they are); how many were new. */
export async function insertVocabularies(prisma: PrismaClient, rows: VocabularyRows) {
  const countries = await prisma.$executeRaw`
    INSERT INTO country (code, name_de, name_en, aliases)
    SELECT code, "nameDe", "nameEn", aliases
    FROM jsonb_to_recordset(${JSON.stringify(rows.countries)}::jsonb)
      AS r(code text, "nameDe" text, "nameEn" text, aliases text[])
    ON CONFLICT (code) DO NOTHING`;
  // One statement: its foreign keys are checked at its end, so a parent may come after its children.
  const topics = await prisma.$executeRaw`
    INSERT INTO topic (code, label_de, label_en, parent_code)
    SELECT code, "labelDe", "labelEn", "parentCode"
    FROM jsonb_to_recordset(${JSON.stringify(rows.topics)}::jsonb)
      AS r(code text, "labelDe" text, "labelEn" text, "parentCode" text)
    ON CONFLICT (code) DO NOTHING`;
  const organisations = await prisma.$executeRaw`
    INSERT INTO organisation (code, name_de, name_en)
    SELECT code, "nameDe", "nameEn"
    FROM jsonb_to_recordset(${JSON.stringify(rows.organisations)}::jsonb) AS r(code text, "nameDe" text, "nameEn" text)
    ON CONFLICT (code) DO NOTHING`;
  return { countries, topics, organisations };
}

/** How many rows each vocabulary table holds. */
export async function countVocabularies(prisma: PrismaClient) {
  const [counts] = await prisma.$queryRaw<[{ countries: number; topics: number; organisations: number }]>`
    SELECT (SELECT count(*) FROM country)::int AS countries, (SELECT count(*) FROM topic)::int AS topics,
      (SELECT count(*) FROM organisation)::int AS organisations`;
  return counts;
}
