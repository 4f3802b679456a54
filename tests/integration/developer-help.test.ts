// Error texts that help: graphql-js's "Did you mean …?" where the schema is public (development, or
// NEWSROOM_EXPLORER=true), cut in production; production's texts name this project's settings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { type ProductionServer, seededDatabase, startProductionServer } from "../helpers/production.js";
import { type GraphQLBody, startTestServer, type TestServer } from "../helpers/server.js";

const TYPO_FIELD = "{ articles { edges { node { headlin } } } }";
const TYPO_ARGUMENT = "{ articles(frist: 5) { totalCount } }";
const TYPO_ENUM = "{ articles(orderBy: RELEVANT) { totalCount } }";
const INTROSPECTION = "query IntrospectionQuery { __schema { queryType { name } } }";

const messages = (body: GraphQLBody) => (body.errors ?? []).map((e: { message: string }) => e.message);

describe("in development", () => {
  let db: TestDatabase;
  let api: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("suggests the field, argument or enum value meant", async () => {
    expect(messages((await api.graphql(TYPO_FIELD)).body)).toEqual([
      'Cannot query field "headlin" on type "Article". Did you mean "headline"?',
    ]);
    expect(messages((await api.graphql(TYPO_ARGUMENT)).body)[0]).toMatch(
      /Unknown argument "frist".*Did you mean "first"( or "last")?\?/,
    );
    expect(messages((await api.graphql(TYPO_ENUM)).body)[0]).toMatch(/Did you mean the enum value "RELEVANCE"\?/);
  });
});

describe("in production", () => {
  let db: TestDatabase;
  let api: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { production: true });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("cuts suggestions, leaving the rest of the message", async () => {
    const { status, body } = await api.graphql(TYPO_FIELD);
    expect(status).toBe(400);
    expect(messages(body)).toEqual(['Cannot query field "headlin" on type "Article".']);
    for (const query of [TYPO_ARGUMENT, TYPO_ENUM]) {
      const text = messages((await api.graphql(query)).body).join("\n");
      expect(text).not.toMatch(/Did you mean|Suggestion hidden|RELEVANCE|"first"/);
    }
  });

  it("suggests again with NEWSROOM_EXPLORER=true, which makes the schema public anyway", async () => {
    const open = await startTestServer(db.url, { production: true, explorer: true });
    try {
      expect(messages((await open.graphql(TYPO_FIELD)).body)[0]).toContain('Did you mean "headline"?');
    } finally {
      await open.stop();
    }
  });
});

describe("in production as `npm start` runs it", () => {
  let db: TestDatabase;
  let server: ProductionServer;
  beforeAll(async () => {
    ({ db } = await seededDatabase([]));
    server = await startProductionServer(db.url);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it("tells an introspection query which setting turns introspection on, and hides suggestions", async () => {
    const post = async (query: string) => {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLBody };
    };
    const introspection = await post(INTROSPECTION);
    expect(introspection.status).toBe(400);
    for (const message of messages(introspection.body)) {
      expect(message).toContain("NEWSROOM_EXPLORER=true");
      expect(message).not.toMatch(/ApolloServer|introspection: true/);
    }
    expect(messages((await post(TYPO_FIELD)).body)).toEqual(['Cannot query field "headlin" on type "Article".']);
  });
});
