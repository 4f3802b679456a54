// npm run bench:api [-- COUNT]: ingests COUNT (default 10,000) synthetic articles into a new
// PostgreSQL database, starts the real HTTP server and times typical operations (median and p95
// of 50 sequential requests each, after 5 warm-up requests).
import "reflect-metadata";
import pg from "pg";
import { openServerDatabase } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { writeArticles } from "../src/ingest/write.js";
import { extractArticle } from "../src/ingest/extract.js";
import { seedVocabularies } from "../src/ingest/seed.js";
import { createLogger } from "../src/logger.js";
import { startServer } from "../src/server.js";
import { syntheticArticle } from "./corpus.js";

const count = Number(process.argv[2] ?? 10_000);
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const dbName = `newsroom_bench_api_${process.pid}`;
const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();

const OPERATIONS: Record<string, string> = {
  "BothJapanAndUSA (20 per page, authors, countries, topics)": `{ articles(filter: { countries: { all: ["JP", "US"] } }, first: 20) {
    totalCount edges { cursor node { id slug headline publishedAt authors { name } countries { code name } topics { code name } } } pageInfo { hasNextPage endCursor } } }`,
  "articles any-of/none-of + topic, 50 per page": `{ articles(filter: { countries: { any: ["FR", "PL"], none: ["CN"] }, topics: { all: ["Sport"] } }, first: 50) { totalCount edges { node { slug } } } }`,
  "search 'Zusammenarbeit' newest first, highlights": `{ search(query: "Zusammenarbeit Delegation", orderBy: PUBLISHED_DESC, first: 10) { totalCount edges { score highlight node { headline } } } }`,
  "co-mentions of Japan (top 5)": `{ country(code: "JP") { coMentions(first: 5) { country { code } articleCount } } }`,
  "facets for Japan": `{ articleFacets(filter: { countries: { all: ["JP"] } }) { totalCount countries { country { code } count } topics { topic { code } count } authors { author { slug } count } } }`,
  "related articles for 20 articles": `{ articles(first: 20) { edges { node { related(first: 3) { slug } } } } }`,
};

try {
  const migrator = new pg.Client({ connectionString: url });
  await migrator.connect();
  await applyMigrations({
    exec: (sql) => migrator.query(sql),
    query: async (sql, params) => (await migrator.query(sql, params)).rows,
  });
  await migrator.end();
  const db = await openServerDatabase(url);
  await seedVocabularies(db.prisma);
  for (let i = 0; i < count; i += 500) {
    await writeArticles(
      db.prisma,
      Array.from({ length: Math.min(500, count - i) }, (_, j) => extractArticle(syntheticArticle(i + j), "bench")),
    );
  }
  await db.prisma.$executeRawUnsafe("ANALYZE");
  const http = await startServer({ db, log: createLogger("silent"), port: 0, production: false });
  console.log(`${count} articles; latency over HTTP, 50 requests each:`);
  for (const [name, query] of Object.entries(OPERATIONS)) {
    const times: number[] = [];
    for (let i = 0; i < 55; i++) {
      const started = performance.now();
      const res = await fetch(http.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      if (i >= 5) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${name}: median ${times[25]!.toFixed(1)} ms, p95 ${times[47]!.toFixed(1)} ms`);
  }
  await http.stop();
  await db.close();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
