// Cacheable public reads (issue 17, item 2): trusted GETs without a preflight header, Cache-Control,
// Vary and Surrogate-Key on the real server, and the shipped VCL in a real Varnish purged on writes.
import "reflect-metadata";
import { print } from "graphql";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { loadTrustedManifest } from "../../src/http/trusted-manifest.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { IngestArticleDocument, UpdateArticleDocument } from "../generated/operations.js";
import { sourceText } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { wsClient } from "../helpers/processes.js";
import { type GraphQLBody, startTestServer, type TestServer } from "../helpers/server.js";
import { startVarnish, type Varnish, varnishMissing } from "../helpers/varnish.js";

const manifest = loadTrustedManifest();
const hashOf = (name: string) => [...manifest.values()].find((o) => o.name === name)!.id;
const manifestBody = (name: string) => manifest.get(hashOf(name))!.body;

/** The URL of a GET naming a trusted operation by hash only, as a CDN or Apollo Client sends it. */
function persistedGet(origin: string, name: string, variables?: Record<string, unknown>) {
  const params = new URLSearchParams({
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf(name) } }),
  });
  if (variables) params.set("variables", JSON.stringify(variables));
  return `${origin}/graphql?${params}`;
}

const article = (headline: string, countries: string[]) =>
  sourceText({ headline, countries, topic: "politics", authors: ["Anita Faake"], date: "29.03.2025" });

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLBody };
}

/** Sets up a database with three articles (two about Japan and the USA) and an editor token. */
async function setup(api: TestServer) {
  await seedVocabularies(api.db.prisma);
  const editor = await createToken(api.db.prisma, "editor", "editor");
  const ids: string[] = [];
  for (const [headline, countries] of [
    ["Japan und USA beraten", ["JP", "US"]],
    ["USA und Japan einig", ["US", "JP"]],
    ["Deutschland allein", ["DE"]],
  ] as const) {
    const { body } = await api.graphql(
      print(IngestArticleDocument),
      { input: { text: article(headline, [...countries]) } },
      { authorization: `Bearer ${editor}` },
    );
    ids.push(body.data.ingestArticle.article.id);
  }
  return { editor, ids };
}

describe("cache headers and trusted GETs", () => {
  let db: TestDatabase;
  let api: TestServer;
  let origin: string;
  let editor: string;
  let ids: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    origin = new URL(api.server.url).origin;
    ({ editor, ids } = await setup(api));
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("serves a trusted query by hash over GET without a preflight header, public, tagged", async () => {
    const res = await get(persistedGet(origin, "BothJapanAndUSA"));
    expect(res.status).toBe(200);
    expect(res.body.data.articles.totalCount).toBe(2);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=30");
    expect(res.headers.get("vary")).toBe("Authorization, Cookie, Accept, Accept-Encoding");
    const tags = res.headers.get("surrogate-key")!.split(" ");
    expect(tags).toEqual(expect.arrayContaining(["newsroom", "country:JP", "country:US", `article:${ids[0]}`]));
    expect(tags).toContain(`article:${ids[1]}`);
    // Filtered by countries only: a new article can change it only by naming Japan or the USA.
    expect(tags).not.toContain("articles");
    expect(tags).not.toContain(`article:${ids[2]}`);
  });

  it("tags lists that depend on every article with the coarse tag, and vocabulary lives longer", async () => {
    const search = await get(persistedGet(origin, "Search", { query: "Japan" }));
    expect(search.headers.get("surrogate-key")!.split(" ")).toContain("articles");
    // A Node whose concrete type the tagger cannot tell at once is tagged coarse rather than not at all.
    const node = await get(`${origin}/graphql?query=${encodeURIComponent('{ node(id: "Country:JP") { id } }')}`, {
      "apollo-require-preflight": "true",
    });
    expect(node.headers.get("surrogate-key")).toMatch(/\barticles\b|country:JP/);
    const topics = await get(persistedGet(origin, "Organisations"));
    expect(topics.status).toBe(200);
    expect(topics.headers.get("cache-control")).toBe("public, max-age=3600, stale-while-revalidate=600");
  });

  it("never lets a shared cache keep answers to credentials, errors, POSTs or the audit trail", async () => {
    const bearer = await get(persistedGet(origin, "BothJapanAndUSA"), { authorization: `Bearer ${editor}` });
    expect(bearer.status).toBe(200);
    expect(bearer.headers.get("cache-control")).toBe("private, no-store");
    expect(bearer.headers.get("surrogate-key")).toBeNull();
    const cookie = await get(persistedGet(origin, "BothJapanAndUSA"), { cookie: "session=1" });
    expect(cookie.headers.get("cache-control")).toBe("private, no-store");
    const failing = await get(persistedGet(origin, "Articles", { first: 1000 }));
    expect(failing.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(failing.headers.get("cache-control")).toBe("private, no-store");
    const revisions = await get(persistedGet(origin, "ArticleRevisions", { id: ids[0] }));
    expect(revisions.headers.get("cache-control")).toBe("private, no-store");
    const post = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ topics { code } }" }),
    });
    expect(post.headers.get("cache-control")).toBe("private, no-store");
  });

  it("refuses a mutation over GET, even a trusted one, and changes nothing", async () => {
    const res = await fetch(persistedGet(origin, "UpdateArticle", { id: ids[0], input: { headline: "Per GET" } }));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const row = await api.db.prisma.article.findUnique({ where: { id: ids[0] }, select: { headline: true } });
    expect(row?.headline).toBe("Japan und USA beraten");
  });

  it("keeps CSRF prevention for ad-hoc GETs", async () => {
    const plain = await get(`${origin}/graphql?query=${encodeURIComponent("{ articles { totalCount } }")}`);
    expect(plain.status).toBe(400);
    expect(JSON.stringify(plain.body)).toMatch(/CSRF/);
    const preflighted = await get(`${origin}/graphql?query=${encodeURIComponent("{ articles { totalCount } }")}`, {
      "apollo-require-preflight": "true",
    });
    expect(preflighted.body.data.articles.totalCount).toBe(3);
    expect(preflighted.headers.get("surrogate-key")).toBe("newsroom articles");
  });

  it("with NEWSROOM_TRUSTED_DOCUMENTS=only, runs nothing but the trusted documents", async () => {
    const only = await startTestServer(db.url, { cache: { ...defaultCache(), trustedDocuments: "only" } });
    try {
      const adHoc = await only.graphql("{ articles { totalCount } }");
      expect(adHoc.status).toBe(400);
      expect(adHoc.body.errors?.[0]?.message).toMatch(/^NEWSROOM_TRUSTED_DOCUMENTS=only: /);
      const trusted = await get(persistedGet(new URL(only.server.url).origin, "BothJapanAndUSA"));
      expect(trusted.body.data.articles.totalCount).toBe(2);
      // Over WebSocket too: an ad-hoc subscription is refused, the shipped one is accepted.
      const client = wsClient(only.server.url.replace(/^http/, "ws"));
      const outcome = (query: string) =>
        new Promise<string>((resolve) => {
          const stop = client.subscribe(
            { query },
            {
              next: () => resolve("data"),
              error: (e) => resolve(JSON.stringify(e)),
              complete: () => resolve("complete"),
            },
          );
          setTimeout(() => {
            stop();
            resolve("running");
          }, 500);
        });
      expect(await outcome("subscription { articlePublished { id } }")).toMatch(
        /NEWSROOM_TRUSTED_DOCUMENTS=only: .*BAD_REQUEST/,
      );
      expect(await outcome(manifestBody("ArticlePublished"))).toBe("running");
      await client.dispose();
    } finally {
      await only.stop();
    }
  });
});

const defaultCache = () => ({
  trustedDocuments: "allow" as const,
  purgeUrls: [] as string[],
  purgeHeader: "xkey-purge",
  purgeMethod: "PURGE" as const,
  purgeEchoMs: 500,
});

const skipVarnish = varnishMissing();
if (skipVarnish) console.warn(`skipping the Varnish tests: ${skipVarnish}`);

describe.skipIf(skipVarnish)("Varnish in front (deploy/varnish/newsroom.vcl)", () => {
  let db: TestDatabase;
  let api: TestServer;
  let varnish: Varnish;
  let editor: string;
  let ids: string[];
  let backendPort: number;

  /** Successful flagship requests the API itself has answered (its own /metrics). */
  const backendHits = async (operation: string) => {
    const text = await (await fetch(`http://127.0.0.1:${backendPort}/metrics`)).text();
    const line = text
      .split("\n")
      .find((l) => l.startsWith(`newsroom_graphql_requests_total{operation="${operation}",code="OK"}`));
    return line ? Number(line.split(" ").at(-1)) : 0;
  };
  /** Polls until `check` holds for the flagship through Varnish; resolves to the ms it took. */
  const until = async (check: (body: GraphQLBody) => boolean, limitMs = 1000) => {
    const started = performance.now();
    for (;;) {
      const res = await get(persistedGet(varnish.origin, "BothJapanAndUSA"));
      if (check(res.body)) return performance.now() - started;
      if (performance.now() - started > limitMs)
        throw new Error(`not fresh after ${limitMs} ms: ${JSON.stringify(res.body)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const headlines = (body: GraphQLBody): string[] =>
    body.data.articles.edges.map((e: { node: { headline: string } }) => e.node.headline);

  beforeAll(async () => {
    db = await createTestDatabase();
    // The purge target is Varnish, whose port is known only once it runs: start the API on a fixed
    // backend port after Varnish? Varnish needs the backend port first, so the API starts twice:
    // a first server for setup, then the one Varnish fronts, with its purge URL.
    api = await startTestServer(db.url);
    backendPort = api.server.port;
    ({ editor, ids } = await setup(api));
    varnish = await startVarnish(backendPort);
    await api.stop();
    api = await startTestServer(db.url, {
      port: backendPort,
      cache: { ...defaultCache(), purgeUrls: [`${varnish.origin}/`] },
    });
  });
  afterAll(async () => {
    await varnish?.stop();
    await api?.stop();
    await db?.drop();
  });

  it("serves a repeated anonymous flagship GET from the cache", async () => {
    const first = await get(persistedGet(varnish.origin, "BothJapanAndUSA"));
    expect(first.headers.get("x-cache")).toBe("MISS");
    const before = await backendHits("BothJapanAndUSA");
    const second = await get(persistedGet(varnish.origin, "BothJapanAndUSA"));
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.headers.get("x-varnish")).toMatch(/^\d+ \d+$/); // this request's id and the cached object's
    expect(second.body).toEqual(first.body);
    expect(await backendHits("BothJapanAndUSA")).toBe(before);
    // Browsers are told to revalidate: they cannot be purged.
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("shows an updateArticle on the next GET within 1 s (purged through the NOTIFY bus)", async () => {
    await get(persistedGet(varnish.origin, "BothJapanAndUSA"));
    const { body } = await api.graphql(
      print(UpdateArticleDocument),
      { id: ids[0], input: { headline: "Japan und USA beraten erneut" } },
      { authorization: `Bearer ${editor}` },
    );
    expect(body.errors).toBeUndefined();
    const ms = await until((b) => headlines(b).includes("Japan und USA beraten erneut"));
    expect(ms).toBeLessThan(1000);
  });

  it("purges for writes that bypass the API (plain SQL, as the CLI or another instance would)", async () => {
    await get(persistedGet(varnish.origin, "BothJapanAndUSA"));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(`UPDATE article SET headline = 'Direkt geändert' WHERE id = $1`, [ids[1]]);
    } finally {
      await client.end();
    }
    expect(await until((b) => headlines(b).includes("Direkt geändert"))).toBeLessThan(1000);
  });

  it("purges a filtered page when a new article names its entities", async () => {
    await until((b) => b.data.articles.totalCount === 2);
    await api.graphql(
      print(IngestArticleDocument),
      { input: { text: article("Japan, USA und ein drittes Treffen", ["JP", "US", "DE"]) } },
      { authorization: `Bearer ${editor}` },
    );
    expect(await until((b) => b.data.articles.totalCount === 3)).toBeLessThan(1000);
  });

  it("never caches credentialed requests", async () => {
    const before = await backendHits("BothJapanAndUSA");
    for (let i = 0; i < 2; i++) {
      const res = await get(persistedGet(varnish.origin, "BothJapanAndUSA"), { authorization: `Bearer ${editor}` });
      expect(res.headers.get("x-cache")).toBe("MISS");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
    }
    expect(await backendHits("BothJapanAndUSA")).toBe(before + 2);
  });

  it("refuses mutations over GET and ad-hoc GETs without a preflight header, through Varnish too", async () => {
    const mutation = await fetch(
      persistedGet(varnish.origin, "UpdateArticle", { id: ids[0], input: { headline: "x" } }),
    );
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    const adHoc = await fetch(`${varnish.origin}/graphql?query=${encodeURIComponent("{ articles { totalCount } }")}`);
    expect(adHoc.status).toBe(400);
  });

  it("counts purges in /metrics, and a PURGE from outside the ACL's addresses would be refused", async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${backendPort}/metrics`)).text();
    expect(metrics).toMatch(/newsroom_cache_purge_requests_total\{result="ok"\} [1-9]/);
    const missingHeader = await fetch(`${varnish.origin}/`, { method: "PURGE" });
    expect(missingHeader.status).toBe(400);
  });
});
