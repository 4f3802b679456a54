// The seed's SQL: vocabulary rows, inserted where missing.
import { type PrismaClient } from "../db/client.js";

type Rows<M extends "country" | "topic" | "organisation"> = Parameters<PrismaClient[M]["createMany"]>[0] extends
  | { data: infer D }
  | undefined
  ? D
  : never;

/** Inserts the vocabulary rows that are missing (existing ones are left as they are); how many were new. */
export async function insertVocabularies(
  prisma: PrismaClient,
  rows: { countries: Rows<"country">; topics: Rows<"topic">; organisations: Rows<"organisation"> },
) {
  const countries = await prisma.country.createMany({ data: rows.countries, skipDuplicates: true });
  const topics = await prisma.topic.createMany({ data: rows.topics, skipDuplicates: true });
  const organisations = await prisma.organisation.createMany({ data: rows.organisations, skipDuplicates: true });
  return { countries: countries.count, topics: topics.count, organisations: organisations.count };
}

export async function hasVocabularies(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.country.count()) > 0;
}
