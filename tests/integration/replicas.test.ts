// Issue 17, item 1: read replicas, for real. The test starts a primary and two streaming replicas
// (pg_basebackup -R), the second held 2 s behind (recovery_min_apply_delay), and the real server with
// DATABASE_REPLICA_URLS. Queries read from the replicas, mutations write to the primary, an editor
// reads their own writes at once although a replica lags, and a replica stopped under load costs no
// request.
import "reflect-metadata";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { walPosition } from "../../src/db/replicas.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { type Clusters, clustersUnavailable, startClusters } from "../helpers/clusters.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const ARTICLE = `query ($slug: String!) { article(slug: $slug) { id headline } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { headline } }`;
/** The delayed replica's lag: long enough that a loaded machine still reads within it (checked below). */
const DELAY_MS = 5000;

const unavailable = clustersUnavailable();
if (unavailable) console.warn(`skipping the read-replica tests: ${unavailable}`);

describe.skipIf(unavailable !== null)("read replicas", () => {
  let clusters: Clusters;
  let api: TestServer;
  let slug: string;
  let id: string;
  let editor: string;

  /** A GraphQL POST; the database that answered and the body. */
  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      readFrom: res.headers.get("x-newsroom-read-from"),
      writePosition: res.headers.get("x-newsroom-write-position"),
      // biome-ignore lint/suspicious/noExplicitAny: GraphQL JSON
      body: (await res.json()) as { data?: any; errors?: unknown[] },
    };
  };
  const headline = async (headers: Record<string, string> = {}) => {
    const { body, readFrom } = await post(ARTICLE, { slug }, headers);
    expect(body.errors).toBeUndefined();
    return { headline: body.data.article.headline as string, readFrom };
  };
  /**
   * The article as read from one database: reads until that one serves it (the replicas take turns;
   * on a busy machine a replica may miss a check and be skipped for a moment).
   */
  const readVia = async (database: string, headers: Record<string, string> = {}) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const read = await headline(headers);
      if (read.readFrom === database) return read;
    }
    throw new Error(`no read was served by ${database}; replicas: ${JSON.stringify((await readiness()).replicas)}`);
  };

  beforeAll(async () => {
    clusters = await startClusters({ replicas: 2, applyDelayMs: [0, DELAY_MS] });
    const primary = new pg.Client(clusters.primary.url());
    await primary.connect();
    await primary.query("CREATE DATABASE newsroom");
    await primary.end();
    const url = clusters.primary.url("newsroom");
    const client = new pg.Client(url);
    await client.connect();
    await applyMigrations({
      exec: (sql) => client.query(sql),
      query: async (sql, params) => (await client.query(sql, params)).rows,
    });
    await client.end();
    api = await startTestServer(url, {
      replicaUrls: clusters.replicas.map((r) => r.url("newsroom")),
      replicaMaxLagSeconds: 30,
    });
    await seedDatabase(api.db.prisma);
    const article = await api.db.prisma.article.findFirstOrThrow({ select: { id: true, slug: true } });
    ({ id, slug } = article);
    editor = await createToken(api.db.prisma, "replica-editor", "editor");
    // Both replicas are up and have the seed before the tests start (the delayed one after its delay:
    // until then it has not even replayed CREATE DATABASE, so its checks fail and it counts as down).
    await until(async () => (await readiness()).replicas.every((r) => r.up));
    await until(async () => (await replicaReads(4)).every((r) => r.ok));
  }, 120_000);
  afterAll(async () => {
    try {
      await api?.stop();
    } finally {
      clusters?.destroy(); // also when the server fails to stop: no cluster outlives the test
    }
  });

  const readiness = async () =>
    (await (await fetch(new URL("/ready", api.server.url))).json()) as {
      status: string;
      replicas: Array<{ name: string; up: boolean; replayed: string | null; lagSeconds: number | null }>;
    };

  /** `n` anonymous reads of the article: which replica answered, and whether it had the article yet. */
  const replicaReads = async (n: number) =>
    Promise.all(
      Array.from({ length: n }, async () => {
        const { body, readFrom } = await post(ARTICLE, { slug });
        return { readFrom, ok: body.data?.article != null };
      }),
    );

  it("reads queries from the replicas in turn, writes to the primary, and shows each replica in /ready and /metrics", async () => {
    const readers = new Set((await replicaReads(6)).map((r) => r.readFrom));
    expect(readers, JSON.stringify((await readiness()).replicas)).toEqual(new Set(["replica-1", "replica-2"]));

    const ready = await readiness();
    expect(ready.status).toBe("ready");
    expect(ready.replicas.map((r) => [r.name, r.up])).toEqual([
      ["replica-1", true],
      ["replica-2", true],
    ]);
    const metrics = await (await fetch(new URL("/metrics", api.server.url))).text();
    expect(metrics).toMatch(/newsroom_db_replica_up\{replica="replica-1"\} 1/);
    expect(metrics).toMatch(/newsroom_db_replica_lag_seconds\{replica="replica-2"\} [0-9.]+/);
  });

  it("lets an editor read their own write at once while a replica lags; others catch up after the delay", async () => {
    const before = (await headline()).headline;
    const changed = `${before} (korrigiert ${Date.now()})`;
    const auth = { authorization: `Bearer ${editor}` };
    const write = await post(UPDATE, { id, input: { headline: changed } }, auth);
    expect(write.body.errors).toBeUndefined();
    expect(write.readFrom).toBeNull(); // a mutation reads and writes the primary
    expect(write.writePosition).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

    // An anonymous reader on the delayed replica still sees the old headline: the lag is real.
    expect((await readVia("replica-2")).headline).toBe(before);
    // Every read by the editor sees the change, wherever it was served from.
    const editorReads = await Promise.all(Array.from({ length: 6 }, () => headline(auth)));
    expect(editorReads.map((r) => r.headline)).toEqual(editorReads.map(() => changed));
    // A client carrying the write position back gets the same, without the editor's token.
    const carried = await Promise.all(
      Array.from({ length: 4 }, () => headline({ "x-newsroom-read-after": write.writePosition! })),
    );
    expect(carried.map((r) => r.headline)).toEqual(carried.map(() => changed));
    // All of that happened while the delayed replica still lagged, read from it directly.
    expect(await headlineOn(clusters.replicas[1]!.url("newsroom"))).toBe(before);

    // After the delay every replica has it, and the editor reads from replicas again once the delayed one
    // has replayed the write's position (its commit record, replayed 5 s late like every other).
    await until(async () => (await headlineOn(clusters.replicas[1]!.url("newsroom"))) === changed);
    const written = walPosition(write.writePosition!);
    await until(async () =>
      (await readiness()).replicas.every((r) => r.replayed !== null && walPosition(r.replayed) >= written),
    );
    expect((await readVia("replica-1", auth)).headline).toBe(changed);
    expect((await readVia("replica-2", auth)).headline).toBe(changed);
  });

  it("answers every request while a replica is stopped under load, and reports it down", async () => {
    const results: Array<{ status: number; errors: boolean; at: number; body?: unknown }> = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const { status, body } = await post(ARTICLE, { slug });
        const errors = body.errors !== undefined || body.data?.article == null;
        results.push({ status, errors, at: Date.now(), ...(errors ? { body } : {}) });
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await new Promise((resolve) => setTimeout(resolve, 500));
    clusters.replicas[0]!.stop("immediate"); // like a crash
    const stoppedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    running = false;
    await Promise.all(workers);

    expect(results.filter((r) => r.at > stoppedAt).length).toBeGreaterThanOrEqual(8);
    expect(results.filter((r) => r.status !== 200 || r.errors)).toEqual([]);
    const ready = await readiness();
    expect(ready.replicas.find((r) => r.name === "replica-1")?.up).toBe(false);
    const readers = new Set((await replicaReads(4)).map((r) => r.readFrom));
    expect(readers).toEqual(new Set(["replica-2"]));
  });
});

/** The article's headline as a database has it, read directly. */
async function headlineOn(url: string): Promise<string> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query("SELECT headline FROM article LIMIT 1")).rows[0].headline;
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("timed out");
}
