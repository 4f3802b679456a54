// `prisma db seed`: vocabularies, then every source text in seed/articles. Safe to run again.
import "reflect-metadata";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";
import { seedDatabase } from "../src/ingest/seed.js";

const db = await openDatabase(loadConfig()).catch((e: Error) => {
  console.error(`seed: ${e.message}`);
  process.exit(1);
});
try {
  const { vocabularies, articles } = await seedDatabase(db.prisma);
  console.log(
    `seed: ${vocabularies.countries} countries, ${vocabularies.topics} topics and ${vocabularies.organisations} organisations added (existing ones kept)`,
  );
  console.log(
    `seed: articles ${articles.ingested} ingested, ${articles.updated} updated, ${articles.unchanged} unchanged, ${articles.stale} older than stored, ${articles.failed.length} failed`,
  );
  for (const f of articles.failed) console.error(`seed: ${f.file}: ${f.error}`);
  process.exitCode = articles.failed.length > 0 ? 1 : 0;
} finally {
  await db.close();
}
