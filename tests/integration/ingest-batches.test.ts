import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openServerDatabase } from "../../src/db/client.js";
import { ingestFiles, type IngestSummary } from "../../src/ingest/files.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { writeSources } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

// ingestFiles with more than one batch extracts on a worker thread while it stores the previous batch
// (src/ingest/sources.worker.ts). What it is for (articles per second) is measured by benchmarks; here:
// the same rows and the same failures as one batch extracted on the calling thread.
const TEXTS = new URL("../fixtures/heldout-persons/texts/", import.meta.url).pathname;
const BROKEN = writeSources({ "kaputt.txt": "Nur eine Zeile, kein Datum, kein Autor." }, "ingest-batches-");
const FILES = [
  ...readdirSync(TEXTS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(TEXTS, f)),
  join(BROKEN, "kaputt.txt"),
  join(BROKEN, "fehlt.txt"),
].sort();

/** What an ingest stored, without ids and times: every derived row, by article slug. */
const STORED = `
  SELECT a.slug, a.source_name, a.headline, a.word_count, a.content_hash,
    (SELECT json_agg(json_build_object('country', m.country_code, 'count', m.count,
       'evidence', (SELECT json_agg(json_build_object('field', o.field, 'start', o.start, 'end', o."end", 'sentence', o.sentence)
         ORDER BY o.field, o.start) FROM mention_occurrence o WHERE o.mention_id = m.id)) ORDER BY m.country_code)
     FROM mention m WHERE m.article_id = a.id) AS countries,
    (SELECT json_agg(json_build_object('key', pm.place_key, 'field', pm.field, 'start', pm.start, 'sentence', pm.sentence)
       ORDER BY pm.field, pm.start) FROM place_mention pm WHERE pm.article_id = a.id) AS places,
    (SELECT json_agg(json_build_object('name', p.name, 'field', pm.field, 'start', pm.start, 'role', pm.role, 'country', pm.country_code)
       ORDER BY pm.field, pm.start) FROM person_mention pm JOIN person p ON p.id = pm.person_id WHERE pm.article_id = a.id) AS persons,
    (SELECT json_agg(json_build_object('text', q.text, 'speaker', p.name) ORDER BY q.field, q.start)
       FROM quote q LEFT JOIN person p ON p.id = q.speaker_id WHERE q.article_id = a.id) AS quotes,
    (SELECT json_agg(json_build_object('organisation', om.organisation_code, 'field', om.field, 'start', om.start)
       ORDER BY om.field, om.start) FROM organisation_mention om WHERE om.article_id = a.id) AS organisations,
    (SELECT json_agg(t.topic_code ORDER BY t.topic_code) FROM article_topic t WHERE t.article_id = a.id) AS topics,
    (SELECT json_agg(au.name ORDER BY aa.position) FROM article_author aa JOIN author au ON au.id = aa.author_id
       WHERE aa.article_id = a.id) AS authors
  FROM article a ORDER BY a.slug`;

describe("ingestFiles in several batches", () => {
  const databases: Array<{ db: TestDatabase; database: Database }> = [];

  const ingestInto = async (options: { batchSize?: number }) => {
    const db = await createTestDatabase();
    const database = await openServerDatabase(db.url);
    databases.push({ db, database });
    await seedVocabularies(database.prisma);
    const summary = await ingestFiles(database.prisma, FILES, options);
    const { rows } = await database.pool!.query(STORED);
    return { summary, rows };
  };

  let oneBatch: { summary: IngestSummary; rows: unknown[] };
  let batches: { summary: IngestSummary; rows: unknown[] };
  beforeAll(async () => {
    oneBatch = await ingestInto({});
    batches = await ingestInto({ batchSize: 5 });
  });
  afterAll(async () => {
    for (const { db, database } of databases) {
      await database.close();
      await db.drop();
    }
  });

  it("stores every text with the rows one batch stores", () => {
    expect(batches.summary.ingested).toBe(FILES.length - 2);
    expect(batches.rows).toHaveLength(FILES.length - 2);
    expect(batches.rows).toEqual(oneBatch.rows);
  });

  it("reports the files that could not be read or parsed, as one batch does", () => {
    expect(batches.summary.failed.map((f) => f.file)).toEqual([join(BROKEN, "fehlt.txt"), join(BROKEN, "kaputt.txt")]);
    expect(batches.summary.failed).toEqual(oneBatch.summary.failed);
    expect(batches.summary.warnings).toEqual(oneBatch.summary.warnings);
  });
});
