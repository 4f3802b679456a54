import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { openServerDatabase } from "../../src/db/client.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startProductionServer } from "../helpers/production.js";
import { ROOT, tsx } from "../helpers/run.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

describe("HTTP server", () => {
  let db: TestDatabase;
  let api: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("answers /health (the process) and /ready (the database, migrated)", async () => {
    const health = await fetch(new URL("/health", api.server.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(new URL("/ready", api.server.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "server" });
  });

  it("answers GET / with the service's name, version and endpoints: JSON, or a page for a browser", async () => {
    const { name, version } = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8"));
    const json = await fetch(new URL("/", api.server.url));
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toContain("application/json");
    expect(await json.json()).toMatchObject({
      name,
      version,
      links: { graphql: "/graphql", explorer: "/explorer", health: "/health", ready: "/ready", metrics: "/metrics" },
    });
    const page = await fetch(new URL("/", api.server.url), { headers: { accept: "text/html,*/*;q=0.8" } });
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toBe("default-src 'none'");
    const html = await page.text();
    for (const path of ["/graphql", "/health", "/ready", "/metrics"]) expect(html).toContain(`<a href="${path}">`);
  });

  it("serves every ISO country with German and English names", async () => {
    const { body } = await api.graphql(`{ countries { code name nameEn } }`);
    expect(body.data.countries.length).toBeGreaterThanOrEqual(249);
    expect(body.data.countries).toContainEqual({ code: "US", name: "Vereinigte Staaten", nameEn: "United States" });
  });

  it("serves the Apollo Sandbox landing page with an example operation on GET /graphql", async () => {
    const res = await fetch(api.server.url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("embeddable-sandbox");
    expect(html).toContain("BothJapanAndUSA");
  });

  it("answers a bad query with a request error, no stack trace", async () => {
    const { status, body } = await api.graphql(`{ countries { nope } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it("answers a database failure with a bare INTERNAL_SERVER_ERROR: no SQL, no Prisma text, no stack", async () => {
    await api.db.prisma.$executeRawUnsafe(`ALTER TABLE country RENAME TO country_gone`);
    try {
      const { body } = await api.graphql(`{ countries { code } }`);
      expect(body.errors).toEqual([
        {
          message: "Internal server error",
          locations: [{ line: 1, column: 3 }],
          path: ["countries"],
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        },
      ]);
      const ready = await fetch(new URL("/ready", api.server.url));
      expect(ready.status).toBe(200); // the database itself is still there
    } finally {
      await api.db.prisma.$executeRawUnsafe(`ALTER TABLE country_gone RENAME TO country`);
    }
  });

  it("refuses queries nested deeper than the limit (graphql-armor)", async () => {
    const deep = `{ articles { edges { node { related { related { related { related { related { slug } } } } } } } } }`;
    const { status, body } = await api.graphql(deep);
    expect(status).toBe(400);
    expect(body.errors?.[0].message).toMatch(/depth/i);
  });

  it("refuses cross-site simple requests (CSRF prevention)", async () => {
    const res = await fetch(`${api.server.url}?query=${encodeURIComponent("{ countries { code } }")}`);
    expect(res.status).toBe(400);
  });
});

describe("HTTP server in production", () => {
  let db: TestDatabase;
  let api: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { production: true });
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("leaves the explorer out of GET /, as it is not served", async () => {
    const { links } = (await (await fetch(new URL("/", api.server.url))).json()) as { links: Record<string, string> };
    expect(links).toEqual({ graphql: "/graphql", health: "/health", ready: "/ready", metrics: "/metrics" });
  });

  it("turns off introspection and the Sandbox landing page", async () => {
    const { body } = await api.graphql(`{ __schema { types { name } } }`);
    expect(body.errors?.[0].message).toMatch(/introspection/i);
    const html = await (await fetch(api.server.url, { headers: { accept: "text/html" } })).text();
    expect(html).not.toContain("embeddable-sandbox");
  });
});

describe("readiness when the database goes away", () => {
  it("answers 503 on /ready, while /health (the process) stays 200", async () => {
    const db = await createTestDatabase();
    const api = await startTestServer(db.url);
    try {
      await db.drop(); // WITH (FORCE): the server's connections are cut
      const res = await fetch(new URL("/ready", api.server.url));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable", database: "server" });
      expect((await fetch(new URL("/health", api.server.url))).status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});

describe("start-up errors", () => {
  it("names the host and exits non-zero, without a stack trace, when DATABASE_URL cannot be reached", async () => {
    const result = await tsx(["src/main.ts"], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/newsroom",
      PORT: "0",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("cannot reach PostgreSQL at 127.0.0.1:1/newsroom");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the production server on a database that was migrated but never seeded", () => {
  it("adds the vocabularies before its first write, so the first ingestArticle stores its article and countries", async () => {
    const db = await createTestDatabase();
    const direct = await openServerDatabase(db.url);
    const editor = await createToken(direct.prisma, "start editor", "editor");
    const server = await startProductionServer(db.url);
    try {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
        body: JSON.stringify({
          query: `mutation ($input: IngestArticleInput!) {
            ingestArticle(input: $input) { outcome article { countries { code } } }
          }`,
          variables: {
            input: { text: readFileSync(`${ROOT}/seed/articles/japan-usa-sicherheitskooperation.txt`, "utf8") },
          },
        }),
      });
      const body = (await res.json()) as {
        errors?: unknown[];
        data: { ingestArticle: { outcome: string; article: { countries: { code: string }[] } } };
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.ingestArticle.outcome).toBe("CREATED");
      expect(body.data.ingestArticle.article.countries.map((c) => c.code).sort()).toEqual(["JP", "KP", "US"]);
      expect(await direct.prisma.organisation.count()).toBeGreaterThan(0);
    } finally {
      await server.stop();
      await direct.close();
      await db.drop();
    }
  });
});
