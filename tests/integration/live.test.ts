// Live updates: articlePublished over graphql-ws, delivered across processes through PostgreSQL.
import "reflect-metadata";
import { type ExecutionResult, print } from "graphql";
import { type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openLocalDatabase, openServerDatabase } from "../../src/db/client.js";
import { stopLocalPostgres } from "../../src/db/local-postgres.js";
import { createLogger } from "../../src/logger.js";
import { startServer } from "../../src/server.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { ArticlePublishedDocument, IngestArticleDocument } from "../generated/operations.js";
import { sourceText } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { type ServerProcess, startServerProcess, wsClient } from "../helpers/processes.js";
import { startTestServer } from "../helpers/server.js";

type Received = ExecutionResult<{ articlePublished: { id: string; headline: string; countries: { code: string }[] } }>;

/** Subscribes and collects what arrives; `next()` waits for the next message (or fails after `ms`). */
function subscribe(client: Client, variables: Record<string, unknown>) {
  const messages: Array<{ result: Received; at: number }> = [];
  const waiting: Array<() => void> = [];
  let error: unknown;
  let completed = false;
  const unsubscribe = client.subscribe<Received["data"]>(
    { query: print(ArticlePublishedDocument), variables },
    {
      next: (result) => {
        messages.push({ result: result as Received, at: performance.now() });
        for (const w of waiting.splice(0)) w();
      },
      error: (e) => {
        error = e;
        for (const w of waiting.splice(0)) w();
      },
      complete: () => {
        completed = true;
        for (const w of waiting.splice(0)) w();
      },
    },
  );
  return {
    messages,
    unsubscribe,
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    /** Resolves when a message, an error or completion arrives, or after `ms`. */
    settle: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

const article = (headline: string, countries: string[], date = "02.04.2025") =>
  sourceText({ headline, countries, topic: "politics", authors: ["Anita Faake"], date });

describe("articlePublished across two server processes on one PostgreSQL", () => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let editor: string;
  let reader: string;
  const ingestOnA = async (text: string) => {
    const res = await fetch(a.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: print(IngestArticleDocument), variables: { input: { text } } }),
    });
    const body = (await res.json()) as { data?: { ingestArticle: { article: { id: string } } }; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.ingestArticle.article.id;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const setup = await openServerDatabase(db.url);
    await seedVocabularies(setup.prisma);
    editor = await createToken(setup.prisma, "desk editor", "editor");
    reader = await createToken(setup.prisma, "desk reader", "reader");
    await setup.close();
    [a, b] = await Promise.all([
      startServerProcess({ DATABASE_URL: db.url }),
      startServerProcess({ DATABASE_URL: db.url }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db.drop();
  });

  it("delivers an article ingested through A to a subscriber of B within a second, filtered like `articles`", async () => {
    const client = wsClient(b.wsUrl, { authorization: `Bearer ${reader}` });
    try {
      const both = subscribe(client, { filter: { countries: { all: ["Japan", "USA"] } } });
      const all = subscribe(client, {});
      await new Promise((r) => setTimeout(r, 500)); // the subscriptions are registered on B
      await ingestOnA(article("Nur Frankreich", ["FR"])); // also warms both processes up
      const started = performance.now();
      const id = await ingestOnA(article("Japan und USA live", ["JP", "US"]));
      const committed = performance.now();
      while (both.messages.length === 0 && performance.now() - started < 2000) await both.settle(2000);
      expect(both.error).toBeUndefined();
      expect(both.messages).toHaveLength(1);
      const [first] = both.messages;
      expect(first!.result.data?.articlePublished).toMatchObject({
        id,
        headline: "Japan und USA live",
        countries: [{ code: "JP" }, { code: "US" }],
      });
      console.log(
        `ingest ${Math.round(committed - started)} ms, delivered ${Math.round(first!.at - committed)} ms after the response`,
      );
      expect(first!.at - started).toBeLessThan(1000);
      while (all.messages.length < 2 && performance.now() - started < 2000) await all.settle(2000);
      expect(all.messages.map((m) => m.result.data?.articlePublished.headline)).toEqual([
        "Nur Frankreich",
        "Japan und USA live",
      ]);
      // Re-ingesting the same text publishes nothing new.
      await ingestOnA(article("Japan und USA live", ["JP", "US"]));
      await both.settle(500);
      expect(both.messages).toHaveLength(1);
    } finally {
      await client.dispose();
    }
  });

  it("answers an invalid filter with an error on subscribe, keeping the socket open", async () => {
    const client = wsClient(b.wsUrl, undefined, false); // one socket: a server-side drop would show
    try {
      let closed = false;
      client.on("closed", () => {
        closed = true;
      });
      await new Promise<void>((resolve) => client.on("connected", () => resolve()));
      const bad = subscribe(client, { filter: { countries: { all: ["Atlantis"] } } });
      await bad.settle(5000);
      expect(bad.messages[0]?.result.errors?.[0]).toMatchObject({
        message: expect.stringContaining('unknown country "Atlantis"'),
        extensions: { code: "BAD_USER_INPUT", argument: "filter.countries.all[0]" },
      });
      const alsoBad = subscribe(client, { filter: { text: "   " } });
      await alsoBad.settle(5000);
      expect(alsoBad.messages[0]?.result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      // The same connection still serves a valid subscription.
      const good = subscribe(client, { filter: { countries: { any: ["IT"] } } });
      await new Promise((r) => setTimeout(r, 500));
      await ingestOnA(article("Italien live", ["IT"]));
      await good.settle(3000);
      expect(good.messages[0]?.result.data?.articlePublished.headline).toBe("Italien live");
      expect(closed).toBe(false);
    } finally {
      await client.dispose();
    }
  });
});

describe("articlePublished with NEWSROOM_ANONYMOUS_READ=false", () => {
  it("refuses a subscription without a token, closes a connection with a bad one, serves a reader", async () => {
    const db = await createTestDatabase();
    const api = await startTestServer(db.url, { access: { anonymousRead: false, authFailuresPerMinute: 100 } });
    const clients: Client[] = [];
    try {
      await seedVocabularies(api.db.prisma);
      const reader = await createToken(api.db.prisma, "reader", "reader");
      const editor = await createToken(api.db.prisma, "editor", "editor");
      const wsUrl = api.server.url.replace(/^http/, "ws");

      const anonymous = wsClient(wsUrl);
      clients.push(anonymous);
      const refused = subscribe(anonymous, {});
      await refused.settle(5000);
      expect(refused.error).toBeDefined();
      expect(JSON.stringify(refused.error)).toContain("UNAUTHENTICATED");

      const wrong = wsClient(wsUrl, { authorization: "Bearer nrg_wrongwrongwrongwrongwrongwrongwrongwrongwro" });
      clients.push(wrong);
      const closed = subscribe(wrong, {});
      await closed.settle(5000);
      expect((closed.error as { code?: number } | undefined)?.code).toBe(4403);

      const ok = wsClient(wsUrl, { authorization: `Bearer ${reader}` });
      clients.push(ok);
      const served = subscribe(ok, {});
      await new Promise((r) => setTimeout(r, 500));
      await api.graphql(
        print(IngestArticleDocument),
        { input: { text: article("Für Leser", ["DE"]) } },
        { authorization: `Bearer ${editor}` },
      );
      await served.settle(3000);
      expect(served.messages[0]?.result.data?.articlePublished.headline).toBe("Für Leser");

      // The HTTP endpoint's limits (graphql-armor) hold over WebSocket too.
      let deepError: unknown;
      await new Promise<void>((resolve) => {
        ok.subscribe(
          {
            query:
              "subscription { articlePublished { related { related { related { related { related { related { related { slug } } } } } } } } }",
          },
          {
            next: () => {},
            error: (e) => {
              deepError = e;
              resolve();
            },
            complete: resolve,
          },
        );
      });
      expect(JSON.stringify(deepError)).toMatch(/depth/i);
    } finally {
      for (const c of clients) await c.dispose();
      await api.stop();
      await db.drop();
    }
  });
});

describe("articlePublished on the zero-setup database (the local PostgreSQL)", () => {
  it("delivers through the local server's LISTEN", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsroom-live-"));
    const db = await openLocalDatabase(dir);
    const server = await startServer({ db, log: createLogger("silent"), port: 0, production: false });
    const client = wsClient(server.url.replace(/^http/, "ws"));
    try {
      await seedVocabularies(db.prisma);
      const editor = await createToken(db.prisma, "embedded editor", "editor");
      const japan = subscribe(client, { filter: { countries: { all: ["JP"] } } });
      await new Promise((r) => setTimeout(r, 500));
      for (const [headline, countries] of [
        ["Eingebettet Brasilien", ["BR"]],
        ["Eingebettet Japan", ["JP"]],
      ] as const) {
        const res = await fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
          body: JSON.stringify({
            query: print(IngestArticleDocument),
            variables: { input: { text: article(headline, [...countries]) } },
          }),
        });
        expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      }
      await japan.settle(3000);
      expect(japan.messages.map((m) => m.result.data?.articlePublished.headline)).toEqual(["Eingebettet Japan"]);
    } finally {
      await client.dispose();
      await server.stop();
      await db.close();
      stopLocalPostgres(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
