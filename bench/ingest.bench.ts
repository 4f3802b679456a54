// npm run bench:ingest [-- COUNT]: generates COUNT (default 10,000) source files, ingests them into a
// new PostgreSQL database (DATABASE_URL's server, else 127.0.0.1:5432) and prints the rate.
import "reflect-metadata";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openServerDatabase } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { ingestFiles } from "../src/ingest/files.js";
import { expandSources } from "../src/ingest/sources.js";
import { seedVocabularies } from "../src/ingest/seed.js";
import { syntheticArticle } from "./corpus.js";

const count = Number(process.argv[2] ?? 10_000);
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const dbName = `newsroom_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();
const dir = mkdtempSync(join(tmpdir(), "newsroom-bench-"));
try {
  const migrator = new pg.Client({ connectionString: url });
  await migrator.connect();
  await applyMigrations({
    exec: (sql) => migrator.query(sql),
    query: async (sql, params) => (await migrator.query(sql, params)).rows,
  });
  await migrator.end();

  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = syntheticArticle(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `article-${String(i).padStart(6, "0")}.txt`), text);
  }
  const db = await openServerDatabase(url);
  await seedVocabularies(db.prisma);
  const files = await expandSources([dir]);

  const started = performance.now();
  const summary = await ingestFiles(db.prisma, files);
  const seconds = (performance.now() - started) / 1000;
  const rerunStarted = performance.now();
  const rerun = await ingestFiles(db.prisma, files);
  const rerunSeconds = (performance.now() - rerunStarted) / 1000;
  const rows = await db.prisma.mentionOccurrence.count();
  await db.close();

  console.log(
    `corpus: ${count} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (avg ${(bytes / count / 1024).toFixed(1)} KB)`,
  );
  console.log(
    `ingest: ${summary.ingested} ingested, ${summary.failed.length} failed in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} articles/s (${rows} evidence rows)`,
  );
  console.log(
    `re-ingest (all unchanged): ${rerun.unchanged} unchanged in ${rerunSeconds.toFixed(2)} s = ${Math.round(count / rerunSeconds)} articles/s`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
