import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { type GraphQLBody, startTestServer, type TestServer } from "../helpers/server.js";

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
    // A low failure limit, so a few wrong tokens reach the rate limit (429).
    api = await startTestServer(db.url, { log: captured.log, access: { authFailuresPerMinute: 3 } });
    await seedDatabase(api.db.prisma);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("keeps a client's X-Request-Id, logs one line with operation and result, and no query data", async () => {
    const res = await post(JSON.stringify({ query: SEARCH, variables: { q: "Sicherheitspartnerschaft" } }), {
      "x-request-id": "cms-7f3a.42",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("cms-7f3a.42");
    const line = requestLines().find((l) => l.requestId === "cms-7f3a.42");
    expect(line).toMatchObject({ operation: "Search", status: 200, code: "OK" });
    expect(line!.durationMs).toBeGreaterThan(0);
    // The per-request database time is opt-in (NEWSROOM_REQUEST_DATABASE_TIME, below).
    expect(line).not.toHaveProperty("databaseMs");
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

  describe("the operation the request named and the first error's code, in every status class", () => {
    /** The request's log line (by its id) and its count in newsroom_graphql_requests_total. */
    const observed = async (id: string) => {
      const line = requestLines().find((l) => l.requestId === id);
      const metrics = await (await fetch(new URL("/metrics", api.server.url))).text();
      const count = (operation: string, code: string) =>
        Number(
          new RegExp(`^newsroom_graphql_requests_total\\{operation="${operation}",code="${code}"\\} (\\d+)$`, "m").exec(
            metrics,
          )?.[1] ?? 0,
        );
      return { line, count };
    };
    const expectObserved = async (id: string, status: number, operation: string, code: string) => {
      const { line, count } = await observed(id);
      expect(line).toMatchObject({ status, operation, code });
      expect(count(operation, code)).toBe(1);
    };
    const postAs = (id: string, body: unknown, headers: Record<string, string> = {}) =>
      post(JSON.stringify(body), { "x-request-id": id, ...headers });

    it("200 without errors: the operation, OK", async () => {
      const res = await postAs("class-200", { query: "query Ping200 { __typename }" });
      expect(res.status).toBe(200);
      await expectObserved("class-200", 200, "Ping200", "OK");
    });

    it("200 with errors: the operation, the first error's code", async () => {
      const res = await postAs("class-200-errors", {
        query: "query NegativePage { articles(first: -1) { totalCount } }",
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as GraphQLBody).errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
      await expectObserved("class-200-errors", 200, "NegativePage", "BAD_USER_INPUT");
    });

    it("400 for a parse error, a validation error and CSRF: the name the document gives", async () => {
      expect((await postAs("class-400-parse", { query: "query Unclosed { articles(" })).status).toBe(400);
      await expectObserved("class-400-parse", 400, "Unclosed", "GRAPHQL_PARSE_FAILED");

      const typo = "query Typo { articles { edges { node { headlin } } } }";
      expect((await postAs("class-400-validation", { query: typo })).status).toBe(400);
      await expectObserved("class-400-validation", 400, "Typo", "GRAPHQL_VALIDATION_FAILED");

      // A GET without a preflight header is what a cross-site <img> or form would send: CSRF prevention refuses it.
      const url = new URL(api.server.url);
      url.searchParams.set("query", "query CrossSite { __typename }");
      const csrf = await fetch(url, { headers: { "x-request-id": "class-400-csrf" } });
      expect(csrf.status).toBe(400);
      await expectObserved("class-400-csrf", 400, "CrossSite", "BAD_REQUEST");

      // operationName wins over the document; a persisted query unknown to the server is named by it too.
      const persisted = await postAs("class-persisted", {
        operationName: "Persisted",
        extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } },
      });
      const { errors } = (await persisted.json()) as GraphQLBody;
      expect(errors?.[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      await expectObserved("class-persisted", persisted.status, "Persisted", "PERSISTED_QUERY_NOT_FOUND");
    });

    it("401 for a wrong token and 429 past the failure limit, named, and no token in the log", async () => {
      const token = "nrg_this-token-does-not-exist-0123456789";
      const wrong = { authorization: `Bearer ${token}` };
      const res = await postAs("class-401", { query: "query WithWrongToken { __typename }" }, wrong);
      expect(res.status).toBe(401);
      await expectObserved("class-401", 401, "WithWrongToken", "UNAUTHENTICATED");
      expect(captured.lines.find((l) => l.msg === "failed authentication")).toMatchObject({ requestId: "class-401" });

      // The limit is 3 failures a minute: two more, then the fourth request is refused.
      for (const n of [1, 2]) await postAs(`class-401-${n}`, { query: "query AgainWrong { __typename }" }, wrong);
      const limited = await postAs("class-429", { query: "query OverTheLimit { __typename }" }, wrong);
      expect(limited.status).toBe(429);
      await expectObserved("class-429", 429, "OverTheLimit", "RATE_LIMITED");
      expect(JSON.stringify(captured.lines)).not.toContain("this-token-does-not-exist");
    });

    it("413 for a document over the length limit (named by it) and a body over 1 MB (named by its header)", async () => {
      const long = `query TooLong { __typename } # ${"x".repeat(40_000)}`;
      const res = await postAs("class-413-document", { query: long });
      expect(res.status).toBe(413);
      await expectObserved("class-413-document", 413, "TooLong", "BAD_REQUEST");

      // The body is not read, so only Apollo's header can name the operation.
      const huge = await postAs(
        "class-413-body",
        { query: "query Huge { __typename }", variables: { pad: "y".repeat(1_100_000) } },
        { "x-apollo-operation-name": "HugeBody" },
      );
      expect(huge.status).toBe(413);
      await expectObserved("class-413-body", 413, "HugeBody", "BAD_REQUEST");
      expect(JSON.stringify(captured.lines)).not.toMatch(/xxxx|yyyy|__typename/);
    });
  });

  it("serves Prometheus metrics: requests and latency per operation, errors by code, pool usage", async () => {
    await post(JSON.stringify({ query: "{" }));
    const res = await fetch(new URL("/metrics", api.server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/newsroom_graphql_requests_total\{operation="Search",code="OK"\} [1-9]/);
    expect(text).toMatch(/newsroom_graphql_request_duration_seconds_bucket\{le="5",operation="Search"\} [1-9]/);
    expect(text).toMatch(/newsroom_graphql_errors_total\{code="GRAPHQL_PARSE_FAILED"\} [1-9]/);
    expect(text).toMatch(/newsroom_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/newsroom_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/newsroom_db_statement_duration_seconds_count\{database="primary"\} [1-9]/);
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

describe("per-request database time (NEWSROOM_REQUEST_DATABASE_TIME) and internal errors", () => {
  let db: TestDatabase;
  let api: TestServer;
  const captured = logCapture();
  const post = (query: string, id: string) =>
    fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": id },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { log: captured.log, requestDatabaseTime: true });
    await seedDatabase(api.db.prisma);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("is switched on by NEWSROOM_REQUEST_DATABASE_TIME=true, off by default; other values are refused", () => {
    expect(loadConfig({}).requestDatabaseTime).toBe(false);
    expect(loadConfig({ NEWSROOM_REQUEST_DATABASE_TIME: "true" }).requestDatabaseTime).toBe(true);
    expect(() => loadConfig({ NEWSROOM_REQUEST_DATABASE_TIME: "yes" })).toThrow(ConfigError);
  });

  it("adds the summed time and number of the request's SQL statements to its line", async () => {
    expect((await post("query Topics { topics { code } }", "timed")).status).toBe(200);
    const line = captured.lines.find((l) => l.msg === "request" && l.requestId === "timed");
    expect(line).toMatchObject({ operation: "Topics", code: "OK" });
    expect(line!.databaseMs).toBeGreaterThan(0);
    expect(line!.statements).toBeGreaterThanOrEqual(1);
  });

  it("logs an internal error with the request's id, and sends only its code", async () => {
    // A table gone from under the server: an error nobody anticipated.
    await api.db.prisma.$executeRawUnsafe("ALTER TABLE topic RENAME TO topic_gone");
    try {
      const res = await post("query Broken { topics { code } }", "broken-table");
      const body = (await res.json()) as GraphQLBody;
      expect(body.errors?.[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
      expect(JSON.stringify(body)).not.toMatch(/topic_gone|relation|SELECT/i);
      const error = captured.lines.find((l) => l.msg === "internal error in a GraphQL request");
      expect(error).toMatchObject({ requestId: "broken-table", level: 50 });
      expect(captured.lines.find((l) => l.msg === "request" && l.requestId === "broken-table")).toMatchObject({
        operation: "Broken",
        code: "INTERNAL_SERVER_ERROR",
      });
    } finally {
      await api.db.prisma.$executeRawUnsafe("ALTER TABLE topic_gone RENAME TO topic");
    }
  });
});
