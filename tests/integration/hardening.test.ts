import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print } from "graphql";
import { stopLocalPostgres } from "../../src/db/local-postgres.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { MAX_COST } from "../../src/limits.js";
import { PlanEvidenceDocument, ReadPathTopicArticlesDocument } from "../generated/operations.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTcpProxy } from "../helpers/proxy.js";
import { ROOT, tsx } from "../helpers/run.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const NO_LEAK = /stacktrace|\n\s+at |node_modules|\/src\/|SELECT |prisma/i;

/** A cursor of the article list with an arbitrary key and id, as a client could forge one. */
const forgedCursor = (kind: string, key: unknown, id: unknown) =>
  Buffer.from(JSON.stringify([kind, key, id])).toString("base64url");

describe("client mistakes are 4xx or a specific GraphQL error, never a 500 or INTERNAL_SERVER_ERROR", () => {
  let db: TestDatabase;
  let api: TestServer;
  const post = (body: string, contentType = "application/json") =>
    fetch(api.server.url, { method: "POST", headers: { "content-type": contentType }, body });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { statementTimeoutMs: 300 });
    await seedVocabularies(api.db.prisma);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("answers syntax errors and documents over the token limit with 400 GRAPHQL_PARSE_FAILED", async () => {
    for (const query of ["{", `{ ${"countries { code } ".repeat(400)} }`]) {
      const res = await post(JSON.stringify({ query }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0]?.extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    }
  });

  it("answers unreadable bodies with GraphQL-shaped JSON and the right status, without Express's page or header", async () => {
    const cases: Array<[string, string, number]> = [
      ['{"query":', "application/json", 400],
      ["null", "application/json", 400],
      [JSON.stringify({ query: `{ countries { code } } #${"x".repeat(1_100_000)}` }), "application/json", 413],
      ['{"query":"{ countries { code } }"}', "application/json; charset=latin-9", 415],
    ];
    for (const [body, contentType, status] of cases) {
      const res = await post(body, contentType);
      expect(res.status, body.slice(0, 30)).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      expect(res.headers.get("x-powered-by")).toBeNull();
      const text = await res.text();
      expect(text).not.toMatch(NO_LEAK);
      expect(JSON.parse(text).errors[0].extensions.code).toMatch(/^BAD_REQUEST$/);
    }
  });

  it("rejects NUL characters in arguments and variables as BAD_USER_INPUT naming them", async () => {
    // Twice: the second time the parsed document, and its check, come from the caches.
    for (let i = 0; i < 2; i++) {
      const literal = await api.graphql(`{ article(slug: "a\\u0000b") { id } }`);
      expect(literal.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "slug" });
    }
    const variable = await api.graphql(`query ($s: String!) { article(slug: $s) { id } }`, { s: "a\u0000b" });
    expect(variable.body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "$s" });
  });

  it("rejects forged cursors (keys that are no date, no finite number, ids that are no UUID) as BAD_USER_INPUT", async () => {
    const uuid = "0196f0c2-0000-7000-8000-000000000000";
    const cursors = [
      forgedCursor("PUBLISHED_DESC", "not a date", uuid),
      forgedCursor("PUBLISHED_DESC", "-004714-01-01T00:00:00.000Z", uuid),
      forgedCursor("PUBLISHED_DESC", "2025-01-01T00:00:00.000Z", "x'; DROP TABLE article; --"),
      forgedCursor("PUBLISHED_DESC", 1e20, uuid),
      "%%%not-base64%%%",
    ];
    for (const after of cursors) {
      const { status, body } = await api.graphql(`query ($after: String) { articles(after: $after) { totalCount } }`, {
        after,
      });
      expect(status).toBe(200);
      expect(body.errors?.[0].extensions, after).toEqual({ code: "BAD_USER_INPUT", argument: "after" });
    }
    const relevance = forgedCursor("RELEVANCE", 1e20, uuid);
    const { body } = await api.graphql(
      `query ($after: String) { search(query: "Japan", after: $after) { totalCount } }`,
      { after: relevance },
    );
    expect(body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("rejects dates PostgreSQL cannot store (year 0) as BAD_USER_INPUT", async () => {
    const { body } = await api.graphql(
      `{ articles(filter: { publishedAfter: "0000-01-01T00:00:00Z" }) { totalCount } }`,
    );
    expect(body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "filter.publishedAfter" });
  });

  it("answers a subscription sent over HTTP with BAD_REQUEST (they are served over WebSocket)", async () => {
    const { status, body } = await api.graphql(`subscription { articlePublished { id } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("refuses search texts over 500 characters before PostgreSQL parses them", async () => {
    const { body } = await api.graphql(`query ($q: String!) { search(query: $q, first: 1) { totalCount } }`, {
      q: "Japan ".repeat(500),
    });
    expect(body.errors?.[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "query" });
    expect(body.errors?.[0].message.length).toBeLessThan(200);
  });

  it("refuses search texts of more than 32 words, however short", async () => {
    const query = `query ($q: String!) { search(query: $q, first: 1) { totalCount } }`;
    const { body } = await api.graphql(query, { q: "a ".repeat(33) });
    expect(body.errors?.[0]).toMatchObject({
      message: "query: the search text has 33 words; at most 32 are allowed",
      extensions: { code: "BAD_USER_INPUT", argument: "query" },
    });
    expect((await api.graphql(query, { q: "Japan ".repeat(32) })).body.errors).toBeUndefined();
  });

  it("ends a statement that runs past the statement timeout with QUERY_TIMEOUT and a plain message", async () => {
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE country_pair_count IN ACCESS EXCLUSIVE MODE");
      const started = performance.now();
      const { body } = await api.graphql(`{ country(code: "JP") { articleCount } }`);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(body.errors?.[0].extensions).toEqual({ code: "QUERY_TIMEOUT" });
      expect(JSON.stringify(body)).not.toMatch(NO_LEAK);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    const { body } = await api.graphql(`{ country(code: "JP") { articleCount } }`);
    expect(body).toEqual({ data: { country: { articleCount: 0 } } });
  });
});

describe("what the hostile suite found (tests/integration/hostile.test.ts)", () => {
  let db: TestDatabase;
  let api: TestServer;
  const post = (body: unknown) =>
    fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const answer = async (body: unknown) => {
    const res = await post(body);
    const text = await res.text();
    expect(text).not.toMatch(NO_LEAK);
    return {
      status: res.status,
      body: JSON.parse(text) as {
        data?: unknown;
        errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
      },
    };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("answers a NUL character with 400, not 500 (the check runs before execution)", async () => {
    const { status, body } = await answer({ query: '{ article(slug: "a\u0000b") { id } }' });
    expect(status).toBe(400);
    expect(body.errors[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "slug" });
  });

  it("refuses strings over 10,000 characters before they reach PostgreSQL", async () => {
    const { status, body } = await answer({
      query: "query ($t: [String!]) { articles(filter: { topics: { all: $t } }) { totalCount } }",
      variables: { t: ["x".repeat(1_000_000)] },
    });
    expect(status).toBe(400);
    expect(body.errors[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "$t" });
  });

  it("applies the 50-value limit inside filter.countries (class-validator did not look inside)", async () => {
    const { status, body } = await answer({
      query: "query ($c: [String!]) { articles(filter: { countries: { all: $c } }) { totalCount } }",
      variables: { c: Array.from({ length: 10_000 }, (_, i) => `country-${i}`) },
    });
    expect(status).toBe(200);
    expect(body.errors[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "filter.countries.all" });
  });

  it("answers a search text with more operators in a row than PostgreSQL's parser takes as BAD_USER_INPUT", async () => {
    const { body } = await answer({
      query: "query ($q: String!) { search(query: $q) { totalCount } }",
      variables: { q: "-".repeat(40) },
    });
    expect(body.errors[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "query" });
  });

  it("answers a persisted query with a wrong hash or version with 400 BAD_REQUEST", async () => {
    for (const persistedQuery of [
      { version: 1, sha256Hash: "0".repeat(64) },
      { version: 2, sha256Hash: "0".repeat(64) },
    ]) {
      const { status, body } = await answer({ query: "{ topics { code } }", extensions: { persistedQuery } });
      expect(status).toBe(400);
      expect(body.errors[0]?.extensions).toEqual({ code: "BAD_REQUEST" });
    }
  });

  it("cuts values that graphql-js repeats in messages to 100 characters", async () => {
    const long = "y".repeat(300);
    for (const query of [`{ articles(first: "${long}") { totalCount } }`, `{ ${long} }`]) {
      const { body } = await answer({ query });
      expect(body.errors[0]?.message).toContain(`${"y".repeat(100)}…`);
      expect(body.errors[0]?.message).not.toContain("y".repeat(101));
    }
  });

  it("lets the largest legitimate operations through the cost limit and refuses an alias flood with 400 COST_LIMIT_EXCEEDED", async () => {
    const page = (first: number) =>
      `articles(filter: { countries: { all: ["JP", "US"] } }, first: ${first}) { totalCount edges { cursor node { id slug headline publishedAt authors { name } countries { code name } topics { code name } } } pageInfo { hasNextPage endCursor } }`;
    const evidence = `{ articles(first: 20) { edges { node { slug mentions { count country { code } occurrences { text kind field start end } } related(first: 3) { slug } } } } }`;
    for (const query of [
      `{ ${page(100)} }`,
      evidence,
      print(PlanEvidenceDocument),
      print(ReadPathTopicArticlesDocument),
    ]) {
      const { status, body } = await answer({ query, variables: { code: "medtop:16000000" } });
      expect(status, query.slice(0, 60)).toBe(200);
      expect(body.errors?.[0]?.extensions?.code).not.toBe("COST_LIMIT_EXCEEDED");
    }
    const flood = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${page(100 - i)}`).join(" ")} }`;
    const { status, body } = await answer({ query: flood });
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.extensions).toMatchObject({ code: "COST_LIMIT_EXCEEDED", maxCost: MAX_COST });
    expect(body.errors[0]?.message).toMatch(/^the operation's estimated cost \d+ is over the limit of 10000/);
  });

  it("refuses lists of articles below long lists (topics { articles }) with 400 COST_LIMIT_EXCEEDED", async () => {
    const { status, body } = await answer({ query: "{ topics { articles { totalCount } } }" });
    expect(status).toBe(400);
    expect(body.errors[0]?.extensions).toEqual({ code: "COST_LIMIT_EXCEEDED" });
    const one = await answer({ query: '{ topic(code: "medtop:16000000") { articles { totalCount } } }' });
    expect(one.body).toEqual({ data: { topic: { articles: { totalCount: 0 } } } });
    const page = await answer({
      query: "{ authors(first: 20) { edges { node { articles(first: 5) { totalCount } } } } }",
    });
    expect(page.status).toBe(200);
  });
});

describe("a database outage while requests run", () => {
  it("answers 503 DATABASE_UNAVAILABLE (and /ready 503) while PostgreSQL is cut off, and recovers by itself", async () => {
    const db = await createTestDatabase();
    const target = new URL(db.url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = Object.assign(new URL(db.url), { port: String(proxy.port) }).toString();
    const api = await startTestServer(viaProxy);
    const query = `{ countries(filter: { mentioned: true }) { code } }`;
    try {
      await seedVocabularies(api.db.prisma);
      expect((await api.graphql(query)).status).toBe(200);

      await proxy.cut();
      const during = await Promise.all(Array.from({ length: 20 }, () => api.graphql(query)));
      for (const { status, body } of during) {
        expect(status).toBe(503);
        expect(body.errors?.[0]).toMatchObject({ extensions: { code: "DATABASE_UNAVAILABLE" } });
        expect(JSON.stringify(body)).not.toMatch(NO_LEAK);
      }
      expect((await fetch(new URL("/ready", api.server.url))).status).toBe(503);
      expect((await fetch(new URL("/health", api.server.url))).status).toBe(200);

      await proxy.restore();
      let recovered = false;
      for (let i = 0; i < 50 && !recovered; i++) {
        recovered = (await api.graphql(query)).status === 200;
        if (!recovered) await new Promise((r) => setTimeout(r, 100));
      }
      expect(recovered).toBe(true);
      expect((await fetch(new URL("/ready", api.server.url))).status).toBe(200);
    } finally {
      await api.stop();
      await proxy.close();
      await db.drop();
    }
  });
});

describe("lifecycle", () => {
  it("on SIGTERM finishes, closes its database connections, logs one line and exits 0", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "newsroom-signal-"));
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", NEWSROOM_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      for (let i = 0; i < 1200 && !stdout.includes("GraphQL ready"); i++) await new Promise((r) => setTimeout(r, 100));
      expect(stdout).toContain("GraphQL ready");
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      const lines = stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).msg);
      expect(lines.slice(-2)).toEqual(["shutting down", "stopped"]);
    } finally {
      child.kill("SIGKILL");
      // The local PostgreSQL outlives the server on purpose (the CLI may use it); the test ends it.
      stopLocalPostgres(dataDir);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it("reports every configuration problem on its own line, with no stack, before opening anything", async () => {
    const result = await tsx(["src/main.ts"], { PORT: "abc", LOG_LEVEL: "loud", NEWSROOM_STATEMENT_TIMEOUT_MS: "-1" });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^newsroom: PORT must be/);
    expect(result.stderr).toContain("LOG_LEVEL must be one of");
    expect(result.stderr).toContain("NEWSROOM_STATEMENT_TIMEOUT_MS must be");
  });
});
