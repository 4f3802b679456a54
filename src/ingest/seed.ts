import { fileURLToPath } from "node:url";
import { type PrismaClient } from "../db/client.js";
import { type Logger } from "../logger.js";
import { allCountries } from "../vocab/countries.js";
import { MEDIA_TOPICS } from "../vocab/mediatopics.js";
import { ORGANISATIONS } from "./organisations.js";
import { ingestFiles, type IngestSummary } from "./files.js";
import { expandSources } from "./sources.js";
import { countVocabularies, insertVocabularies } from "./seed.data.js";

export const SEED_ARTICLES_DIR = fileURLToPath(new URL("../../seed/articles", import.meta.url));

/** Countries, topics and organisations; existing rows are left as they are, so running it twice changes nothing. */
export async function seedVocabularies(
  prisma: PrismaClient,
): Promise<{ countries: number; topics: number; organisations: number }> {
  return insertVocabularies(prisma, {
    countries: allCountries().map(({ code, nameDe, nameEn, aliases }) => ({ code, nameDe, nameEn, aliases })),
    topics: [...MEDIA_TOPICS],
    organisations: [...ORGANISATIONS],
  });
}

/**
 * The vocabularies' missing entries, where any are missing: none on a database migrated and never seeded, new
 * organisations or topics after an upgrade. A complete database costs one count, not the vocabularies' rows.
 */
export async function ensureVocabularies(
  prisma: PrismaClient,
  present?: Awaited<ReturnType<typeof countVocabularies>>,
): Promise<{ countries: number; topics: number; organisations: number } | undefined> {
  present ??= await countVocabularies(prisma);
  if (present.countries > 0 && present.topics >= MEDIA_TOPICS.length && present.organisations >= ORGANISATIONS.length)
    return undefined;
  return seedVocabularies(prisma);
}

/** Vocabularies, then every source text in seed/articles. */
export async function seedDatabase(prisma: PrismaClient, articlesDir = SEED_ARTICLES_DIR) {
  const vocabularies = await seedVocabularies(prisma);
  const articles: IngestSummary = await ingestFiles(prisma, await expandSources([articlesDir]));
  return { vocabularies, articles };
}

/**
 * First start on a new database: seed it. Later starts add vocabulary entries a newer version
 * brought (organisations, say) and leave everything else as it is.
 */
export async function seedIfEmpty(prisma: PrismaClient, log: Logger): Promise<void> {
  const present = await countVocabularies(prisma);
  if (present.countries > 0) {
    const added = await ensureVocabularies(prisma, present);
    if (added && added.countries + added.topics + added.organisations > 0)
      log.info(added, "added new vocabulary entries");
    return;
  }
  const { vocabularies, articles } = await seedDatabase(prisma);
  log.info(
    { ...vocabularies, articles: { ingested: articles.ingested, failed: articles.failed.length } },
    "seeded the new database",
  );
}
