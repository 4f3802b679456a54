import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/** The server's log lines, parsed. */
function logCapture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger("info", stream) };
}

const SEARCH = `query Search($q: String!) { search(query: $q, first: 2) { totalCount edges { node { headline } } } }`;

describe("request ids, request log lines, /metrics and /ready", () => {
  let db: TestDatabase;
  let api: TestServer;
  const captured = logCapture();
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(api.server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const requestLines = () => captured.lines.filter((l) => l.msg === "request");

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { log: captured.log });
    await seedDatabase(api.db.prisma);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("keeps a client's X-Request-Id, logs one line with operation, result and database time, and no query data", async () => {
    const res = await post(JSON.stringify({ query: SEARCH, variables: { q: "Sicherheitspartnerschaft" } }), {
      "x-request-id": "cms-7f3a.42",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("cms-7f3a.42");
    const line = requestLines().find((l) => l.requestId === "cms-7f3a.42");
    expect(line).toMatchObject({ operation: "Search", status: 200, code: "OK" });
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(line!.databaseMs).toBeGreaterThan(0);
    expect(line!.statements).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(captured.lines)).not.toContain("Sicherheitspartnerschaft");
  });

  it("generates an id when none or an unusable one is sent, and logs requests the body parser refuses", async () => {
    const plain = await post(JSON.stringify({ query: "{ __typename }" }));
    expect(plain.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const forged = await post(JSON.stringify({ query: "{ __typename }" }), { "x-request-id": "a b\tc" });
    expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    const malformed = await post('{"query":', { "x-request-id": "broken-body" });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("x-request-id")).toBe("broken-body");
    expect(requestLines().find((l) => l.requestId === "broken-body")).toMatchObject({
      status: 400,
      code: "BAD_REQUEST",
    });

    await post(JSON.stringify({ query: "{ articles(first: -1) { totalCount } }" }), { "x-request-id": "bad-arg" });
    expect(requestLines().find((l) => l.requestId === "bad-arg")).toMatchObject({
      operation: "anonymous",
      code: "BAD_USER_INPUT",
    });
  });

  it("serves Prometheus metrics: requests and latency per operation, errors by code, pool usage", async () => {
    await post(JSON.stringify({ query: "{" }));
    const res = await fetch(new URL("/metrics", api.server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/newsroom_graphql_requests_total\{operation="Search",code="OK"\} [1-9]/);
    expect(text).toMatch(/newsroom_graphql_request_duration_seconds_bucket\{le="0\.5",operation="Search"\} [1-9]/);
    expect(text).toMatch(/newsroom_graphql_errors_total\{code="GRAPHQL_PARSE_FAILED"\} [1-9]/);
    expect(text).toMatch(/newsroom_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/newsroom_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toContain("newsroom_process_resident_memory_bytes");
  });

  it("answers /ready on its own connection while every pooled connection is busy", async () => {
    const busy = Array.from({ length: 14 }, () => api.db.prisma.$queryRaw`SELECT 1 AS slept FROM pg_sleep(1.5)`);
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    const ready = await fetch(new URL("/ready", api.server.url));
    const elapsed = performance.now() - started;
    expect(ready.status).toBe(200);
    expect(elapsed).toBeLessThan(1000); // the pool frees its first connection only after 1.5 s
    await Promise.all(busy);
  });

  it("is not ready while a committed migration is missing from the database", async () => {
    const [last] = await api.db.prisma.$queryRaw<Array<{ migration_name: string }>>`
      DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")
      RETURNING migration_name`;
    const res = await fetch(new URL("/ready", api.server.url));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: "migrations pending",
      database: "server",
      pending: [last!.migration_name],
    });
  });
});
