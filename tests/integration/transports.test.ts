// Issue 19, repro 5: the guards are the same over WebSocket as over HTTP (src/guards.ts, one
// implementation). Each case is sent over both transports and must get the same error code.
import "reflect-metadata";
import { type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { wsClient } from "../helpers/processes.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

type Errors = Array<{ message: string; extensions?: { code?: string } }>;

/** Runs one operation over graphql-ws; resolves to its errors (from an error message or a result), or [] when it ran. */
function overWebSocket(client: Client, query: string, variables?: Record<string, unknown>): Promise<Errors> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (errors: Errors) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(errors);
    };
    // A subscription that is accepted simply waits: no error within a second means it ran.
    const timer = setTimeout(() => done([]), 1000);
    const unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (result) => done((result.errors as Errors | undefined) ?? []),
        error: (error) => done(Array.isArray(error) ? (error as Errors) : [{ message: String(error) }]),
        complete: () => done([]),
      },
    );
  });
}

/** Like overWebSocket, but an accepted subscription is kept open (it holds its slot until the socket closes). */
function overWebSocketHeld(client: Client, query: string): Promise<Errors> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), 500);
    client.subscribe(
      { query },
      {
        next: () => {},
        error: (error) => {
          clearTimeout(timer);
          resolve(error as Errors);
        },
        complete: () => {},
      },
    );
  });
}

const codes = (errors: Errors | undefined) => [...new Set((errors ?? []).map((e) => e.extensions?.code))];
const manyValues = (n: number, length = 2) => Array.from({ length: n }, (_, i) => `${i}`.padStart(length, "x"));

/** Queries that are refused before or while running; each must get `code` over both transports. */
const CASES: Array<{ label: string; query: string; variables?: Record<string, unknown>; code: string }> = [
  {
    label: "a nested list of articles per topic (the nested-connection limit)",
    query: "{ topics { code articles { totalCount edges { node { headline } } } } }",
    code: "COST_LIMIT_EXCEEDED",
  },
  {
    label: "fifteen aliased pages of 100 (graphql-armor's cost limit)",
    query: `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: articles(first: 100) { edges { node { headline countries { code name } } } }`).join(" ")} }`,
    code: "COST_LIMIT_EXCEEDED",
  },
  { label: "1,500 tokens", query: `{ ${"__typename ".repeat(1500)}}`, code: "GRAPHQL_PARSE_FAILED" },
  { label: "a syntax error", query: "{ articles { ", code: "GRAPHQL_PARSE_FAILED" },
  { label: "a document over 32,768 characters", query: `{ __typename } #${"x".repeat(40_000)}`, code: "BAD_REQUEST" },
  {
    label: "an unknown field",
    query: "{ articles { edges { node { headlin } } } }",
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    label: "depth over 8",
    query: `{ ${"__schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }"} }`,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    label: "a 12,000-character string variable",
    query: "query($q: String!) { search(query: $q) { totalCount } }",
    variables: { q: "a".repeat(12_000) },
    code: "BAD_USER_INPUT",
  },
  {
    label: "a NUL character in filter.text",
    query: "query($t: String) { articles(filter: { text: $t }) { totalCount } }",
    variables: { t: "Japan\u0000" },
    code: "BAD_USER_INPUT",
  },
  {
    label: "an invalid DateTime variable",
    query: "query($d: DateTimeISO) { articles(filter: { publishedAfter: $d }) { totalCount } }",
    variables: { d: "yesterday" },
    code: "BAD_USER_INPUT",
  },
  {
    label: "51 countries in a filter",
    query: "query($c: [String!]) { articles(filter: { countries: { any: $c } }) { totalCount } }",
    variables: { c: manyValues(51) },
    code: "BAD_USER_INPUT",
  },
  {
    label: "51 places in a filter",
    query: "query($c: [String!]) { articles(filter: { places: { all: $c } }) { totalCount } }",
    variables: { c: manyValues(51) },
    code: "BAD_USER_INPUT",
  },
  {
    label: "50 unknown countries of 10,000 characters",
    query: "query($c: [String!]) { articles(filter: { countries: { any: $c } }) { totalCount } }",
    variables: { c: manyValues(50, 10_000) },
    code: "BAD_USER_INPUT",
  },
];

/** Subscriptions that are refused: over WebSocket they must get the code a query with the same fault gets over HTTP. */
const SUBSCRIPTIONS: Array<{ label: string; query: string; variables?: Record<string, unknown>; code: string }> = [
  {
    label: "two root fields",
    query: "subscription { a: articlePublished { id } b: articlePublished { id } }",
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    label: "an unknown field",
    query: "subscription { articlePublished { headlin } }",
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    label: "51 countries in the filter",
    query: "subscription($c: [String!]) { articlePublished(filter: { countries: { all: $c } }) { id } }",
    variables: { c: manyValues(51) },
    code: "BAD_USER_INPUT",
  },
  {
    label: "51 organisations in the filter",
    query: "subscription($c: [String!]) { articlePublished(filter: { organisations: { any: $c } }) { id } }",
    variables: { c: manyValues(51) },
    code: "BAD_USER_INPUT",
  },
  {
    label: "50 unknown countries of 10,000 characters",
    query: "subscription($c: [String!]) { articlePublished(filter: { countries: { any: $c } }) { id } }",
    variables: { c: manyValues(50, 10_000) },
    code: "BAD_USER_INPUT",
  },
  {
    label: "a NUL character in filter.text",
    query: "subscription($t: String) { articlePublished(filter: { text: $t }) { id } }",
    variables: { t: "Japan\u0000" },
    code: "BAD_USER_INPUT",
  },
  {
    label: "an invalid DateTime",
    query: 'subscription { articlePublished(filter: { publishedAfter: "yesterday" }) { id } }',
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    label: "an invalid DateTime variable",
    query: "subscription($d: DateTimeISO) { articlePublished(filter: { publishedAfter: $d }) { id } }",
    variables: { d: "yesterday" },
    code: "BAD_USER_INPUT",
  },
];

describe("the same guards over HTTP and WebSocket (production configuration)", () => {
  let db: TestDatabase;
  let api: TestServer;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { production: true });
    await seedVocabularies(api.db.prisma);
    client = wsClient(api.server.url.replace(/^http/, "ws"), undefined, false);
  });
  afterAll(async () => {
    await client?.dispose();
    await api?.stop();
    await db?.drop();
  });

  for (const c of CASES) {
    it(`answers ${c.label} with ${c.code} over both`, async () => {
      const http = await api.graphql(c.query, c.variables);
      const ws = await overWebSocket(client, c.query, c.variables);
      expect(codes(http.body.errors)).toEqual([c.code]);
      expect(codes(ws)).toEqual([c.code]);
      for (const e of [...(http.body.errors ?? []), ...ws]) expect(e.message).not.toMatch(/Did you mean|at .*\.ts/);
    });
  }

  for (const c of SUBSCRIPTIONS) {
    it(`answers a subscription with ${c.label} with ${c.code}`, async () => {
      expect(codes(await overWebSocket(client, c.query, c.variables))).toEqual([c.code]);
    });
  }

  it("still serves a valid query and subscription on the same socket afterwards", async () => {
    expect(await overWebSocket(client, "{ countries(filter: { mentioned: true }) { code } }")).toEqual([]);
    expect(
      await overWebSocket(client, 'subscription { articlePublished(filter: { countries: { all: ["JP"] } }) { id } }'),
    ).toEqual([]);
  });
});

describe("subscription limits", () => {
  let db: TestDatabase;
  let api: TestServer;
  const clients: Client[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { subscriptionLimits: { perSocket: 2, perAddress: 10, total: 3 } });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await api?.stop();
    await db?.drop();
  });

  const open = () => {
    const client = wsClient(api.server.url.replace(/^http/, "ws"), undefined, false);
    clients.push(client);
    return client;
  };
  const sub = "subscription { articlePublished { id } }";

  it("refuses past the per-socket limit, then past the process's total", async () => {
    const a = open();
    expect(await Promise.all([overWebSocketHeld(a, sub), overWebSocketHeld(a, sub)])).toMatchObject([[], []]);
    const third = await overWebSocket(a, sub);
    expect(codes(third)).toEqual(["TOO_MANY_SUBSCRIPTIONS"]);
    expect(third[0]?.message).toMatch(/at most 2 subscriptions per connection/);
    const b = open();
    const held = await overWebSocketHeld(b, sub);
    expect(held).toEqual([]);
    const over = await overWebSocket(b, sub);
    expect(codes(over)).toEqual(["TOO_MANY_SUBSCRIPTIONS"]);
    expect(over[0]?.message).toMatch(/maximum of 3 subscriptions/);
  });
});
