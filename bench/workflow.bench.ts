// npm run bench:workflow [-- ARTICLES]: the write side, measured through two real API processes
// (node dist/main.js) on one new PostgreSQL database holding ARTICLES (default 1,000) articles.
//  1. Subscription delivery: a graphql-ws subscriber on B, 20 ingestArticle mutations on A, one at a
//     time; the time from sending the mutation to the message on B (and from A's answer to it).
//  2. Mutation throughput: 4 concurrent clients send ingestArticle (new texts) to A for 10 s.
import "reflect-metadata";
import { spawn } from "node:child_process";
import { createClient } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { createToken } from "../src/auth/tokens.js";
import { openServerDatabase } from "../src/db/client.js";
import { applyMigrations } from "../src/db/migrate.js";
import { extractArticle } from "../src/ingest/extract.js";
import { seedVocabularies } from "../src/ingest/seed.js";
import { writeArticles } from "../src/ingest/write.js";
import { syntheticArticle } from "./corpus.js";

const articles = Number(process.argv[2] ?? 1000);
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const dbName = `newsroom_bench_workflow_${process.pid}`;
const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
const url = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }`;
const SUBSCRIBE = `subscription { articlePublished { id } }`;

/** A real API process; resolves to its GraphQL URL once it serves. */
function startProcess(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["dist/main.js"], {
    env: { ...process.env, DATABASE_URL: url, PORT: "0", LOG_LEVEL: "info", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /GraphQL ready at (http:\/\/localhost:\d+\/graphql)/.exec(out);
      if (m) resolve({ url: m[1]!, stop: () => child.kill("SIGTERM") });
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const processes: Array<{ stop: () => void }> = [];
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
    await writeArticles(
      db.prisma,
      Array.from({ length: Math.min(500, articles - i) }, (_, j) => extractArticle(syntheticArticle(i + j), "bench")),
    );
  }
  await db.prisma.$executeRawUnsafe("ANALYZE");
  const token = await createToken(db.prisma, "bench", "editor");
  await db.close();

  const [a, b] = await Promise.all([startProcess(), startProcess()]);
  processes.push(a, b);
  let next = 1_000_000; // synthetic texts not in the database yet
  const ingest = async () => {
    const res = await fetch(a.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: INGEST, variables: { input: { text: syntheticArticle(next++) } } }),
    });
    const body = (await res.json()) as { data?: { ingestArticle: { outcome: string; article: { id: string } } } };
    if (!body.data) throw new Error(JSON.stringify(body));
    return body.data.ingestArticle;
  };

  // 1. Delivery latency, A -> PostgreSQL NOTIFY -> B -> subscriber.
  const arrivals = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const client = createClient({ url: b.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
  client.subscribe<{ articlePublished: { id: string } }>(
    { query: SUBSCRIBE },
    {
      next: ({ data }) => {
        const id = data!.articlePublished.id;
        arrivals.set(id, performance.now());
        waiters.get(id)?.();
      },
      error: (e) => console.error("subscription error", e),
      complete: () => {},
    },
  );
  await new Promise((r) => setTimeout(r, 1000));
  for (let i = 0; i < 5; i++) await ingest(); // warm-up
  const endToEnd: number[] = [];
  const afterAnswer: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const { article } = await ingest();
    const answered = performance.now();
    if (!arrivals.has(article.id)) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message for ${article.id} within 5 s`)), 5000);
        waiters.set(article.id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const arrived = arrivals.get(article.id)!;
    endToEnd.push(arrived - started);
    afterAnswer.push(arrived - answered);
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log(`${articles} articles stored; 2 API processes (node dist/main.js) on one PostgreSQL`);
  console.log(
    `subscription delivery, ingestArticle sent to A -> message on B (20): median ${ms(quantile(endToEnd, 0.5))}, p95 ${ms(quantile(endToEnd, 0.95))}, max ${ms(Math.max(...endToEnd))}`,
  );
  console.log(
    `  of which after A answered (commit -> NOTIFY -> B's filter query -> message): median ${ms(quantile(afterAnswer, 0.5))}, max ${ms(Math.max(...afterAnswer))}`,
  );

  // 2. Throughput: 4 clients, 10 s, every request a new text.
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  const deadline = performance.now() + 10_000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const { outcome } = await ingest();
        latencies.push(performance.now() - t);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `ingestArticle throughput, 4 concurrent clients for 10 s: ${(latencies.length / seconds).toFixed(1)} req/s (${latencies.length} requests, ${JSON.stringify(outcomes)}), latency median ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}`,
  );
  console.log(`messages delivered to the subscriber on B meanwhile: ${arrivals.size}`);
  await client.dispose();
} finally {
  for (const p of processes) p.stop();
  await new Promise((r) => setTimeout(r, 500));
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
}
