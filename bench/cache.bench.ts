// npm run bench:cache [-- ARTICLES]: the anonymous flagship (BothJapanAndUSA, a trusted document sent
// by hash over GET) through Varnish with the shipped VCL, next to the same GET straight to the API.
// Fills a new database with ARTICLES (default 10,000) synthetic articles, or uses BENCH_DATABASE_URL
// as it is (e.g. the 1 M corpus of bench:corpus). The API runs as `npm start` does, in production
// mode, with NEWSROOM_PURGE_URL pointing at the Varnish. Writes bench/results/cache.json.
import "reflect-metadata";
import autocannon from "autocannon";
import { mkdirSync, writeFileSync } from "node:fs";
import pg from "pg";
import { openServerDatabase } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { loadTrustedManifest } from "../src/http/trusted-manifest.js";
import { extractArticle } from "../src/ingest/extract.js";
import { seedVocabularies } from "../src/ingest/seed.js";
import { writeArticles } from "../src/ingest/write.js";
import { startVarnish } from "../tests/helpers/varnish.js";
import { syntheticArticle } from "./corpus.js";
import { freePort, withChildServer } from "./scale/server.js";

const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const count = Number(process.argv[2] ?? 10_000);

/** A new database with `articles` synthetic articles; its URL and how to drop it. */
async function scratchDatabase(articles: number) {
  const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const name = `newsroom_bench_cache_${process.pid}`;
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString(),
  });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
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
    for (let i = 0; i < articles; i += 500) {
      const batch = Array.from({ length: Math.min(500, articles - i) }, (_, j) => syntheticArticle(i + j));
      await writeArticles(
        db.prisma,
        batch.map((text) => extractArticle(text, "bench")),
      );
    }
    await db.prisma.$executeRawUnsafe("ANALYZE");
    await db.close();
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, drop };
}

/** GETs `url` over CONNECTIONS connections for SECONDS s; every answer must be data without errors. */
async function getLoad(url: string) {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    verifyBody: (body) => body.startsWith('{"data"') && !body.includes('"errors"'),
  });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round((latencies[Math.ceil(p * latencies.length) - 1] ?? Number.NaN) * 10) / 10;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    latencyMs: { p50: at(0.5), p99: at(0.99) },
    non2xx: result.non2xx,
    errors: result.errors + result.mismatches,
  };
}

const flagship = [...loadTrustedManifest().values()].find((o) => o.name === "BothJapanAndUSA")!;
const path = `/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: flagship.id } }))}`;
const existing = process.env.BENCH_DATABASE_URL;
const database = existing ? { url: existing, drop: async () => {} } : await scratchDatabase(count);
try {
  const port = await freePort(4400);
  const varnish = await startVarnish(port);
  process.env.NEWSROOM_PURGE_URL = `${varnish.origin}/`;
  try {
    const results = await withChildServer(database.url, port, async () => {
      const direct = `http://127.0.0.1:${port}${path}`;
      const probe = await fetch(direct);
      if (probe.status !== 200 || probe.headers.get("cache-control")?.startsWith("public") !== true)
        throw new Error(`the flagship GET is not a public answer: ${probe.status} ${await probe.text()}`);
      await getLoad(direct); // warm-up: prepared statements, JIT
      const uncached = await getLoad(direct);
      const cached = await getLoad(`${varnish.origin}${path}`);
      return { uncached, cached };
    });
    const ratio = results.cached.requestsPerSecond / results.uncached.requestsPerSecond;
    const report = {
      corpus: existing ? `BENCH_DATABASE_URL (${new URL(existing).pathname.slice(1)})` : `${count} synthetic articles`,
      operation: "BothJapanAndUSA (10 per page), GET by persisted-query hash, anonymous",
      connections: CONNECTIONS,
      seconds: SECONDS,
      ...results,
      ratio: Math.round(ratio * 10) / 10,
    };
    console.log(JSON.stringify(report, null, 2));
    mkdirSync(new URL("results/", import.meta.url), { recursive: true });
    writeFileSync(new URL("results/cache.json", import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await varnish.stop();
  }
} finally {
  await database.drop();
}
