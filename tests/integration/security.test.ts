// Issue 19's security review, parts 4, 6 and 7: each finding against the real HTTP and WebSocket server.
import "reflect-metadata";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { mkdtempSync, writeFileSync } from "node:fs";
import { Writable } from "node:stream";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { ConfigError, type JwtConfig, loadConfig } from "../../src/config.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { createLogger } from "../../src/logger.js";
import { ArticlePublishedDocument } from "../generated/operations.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { INGEST, ingestVariables, proxied, README_READS, Tally } from "../helpers/outage.js";
import { wsClient } from "../helpers/processes.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const ISSUER = "https://sso.example.org/";
const AUDIENCE = "newsroom-graph";
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A local key pair and JWKS file; `sign` issues tokens as the identity provider would (exp in 5 min unless `exp: false`). */
async function identityProvider() {
  const keys = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: "security-1", alg: "RS256", use: "sig" };
  const jwks = join(mkdtempSync(join(tmpdir(), "jwks-")), "jwks.json");
  writeFileSync(jwks, JSON.stringify({ keys: [jwk] }));
  const sign = (claims: JWTPayload, options: { exp?: false } = {}) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: "security-1" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt();
    return (options.exp === false ? jwt : jwt.setExpirationTime("5m")).sign(keys.privateKey);
  };
  const config: JwtConfig = { issuer: ISSUER, audience: AUDIENCE, jwks, roleClaim: "role" };
  return { sign, config };
}

/** The first answer of a subscription: an error (refused) or "subscribed" once the server accepted it. */
function firstAnswer(client: Client, waitMs = 1000): Promise<unknown> {
  return new Promise((resolve) => {
    const stop = client.subscribe(
      { query: print(ArticlePublishedDocument) },
      { next: () => {}, error: (e) => resolve(e), complete: () => resolve("completed") },
    );
    // A subscription that is accepted stays silent until an article is published.
    setTimeout(() => {
      stop();
      resolve("subscribed");
    }, waitMs);
  });
}

describe("access control fails closed (NEWSROOM_ANONYMOUS_READ=false)", () => {
  let db: TestDatabase;
  let api: TestServer;
  let idp: Awaited<ReturnType<typeof identityProvider>>;
  const clients: Client[] = [];
  const query = "{ topics { code } }";

  beforeAll(async () => {
    idp = await identityProvider();
    db = await createTestDatabase();
    api = await startTestServer(db.url, {
      access: { anonymousRead: false, jwt: idp.config, authFailuresPerMinute: 1000 },
    });
    await seedVocabularies(api.db.prisma);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await api.stop();
    await db.drop();
  });

  it("over HTTP: a valid JWT without a known role is refused with 403 FORBIDDEN, nothing runs", async () => {
    for (const claims of [{ sub: "no-role" }, { sub: "intern", role: "intern" }, { sub: "list", role: ["intern"] }]) {
      const { status, body } = await api.graphql(query, {}, bearer(await idp.sign(claims)));
      expect([claims.sub, status, body.errors?.[0]?.extensions]).toEqual([claims.sub, 403, { code: "FORBIDDEN" }]);
      expect(body.data).toBeUndefined();
    }
    // GET goes through the same check.
    const url = new URL(api.server.url);
    url.searchParams.set("query", query);
    const get = await fetch(url, {
      headers: { ...bearer(await idp.sign({ sub: "no-role" })), "apollo-require-preflight": "1" },
    });
    expect(get.status).toBe(403);
    // Known roles still read; no credentials is still 401.
    const reader = await api.graphql(query, {}, bearer(await idp.sign({ sub: "r", role: "reader" })));
    expect([reader.status, reader.body.errors]).toEqual([200, undefined]);
    const token = await createToken(api.db.prisma, "desk", "reader");
    expect((await api.graphql(query, {}, bearer(token))).status).toBe(200);
    expect((await api.graphql(query)).status).toBe(401);
  });

  it("over WebSocket: a subscription of a JWT without a known role is refused with FORBIDDEN", async () => {
    const wsUrl = api.server.url.replace(/^http/, "ws");
    for (const claims of [{ sub: "no-role" }, { sub: "intern", role: "intern" }]) {
      const client = wsClient(wsUrl, bearer(await idp.sign(claims)));
      clients.push(client);
      expect(JSON.stringify(await firstAnswer(client))).toContain("FORBIDDEN");
    }
    const reader = wsClient(wsUrl, bearer(await idp.sign({ sub: "r", role: "reader" })));
    clients.push(reader);
    expect(await firstAnswer(reader)).toBe("subscribed");
  });

  it("refuses a JWT without exp (401) unless NEWSROOM_JWT_ALLOW_NO_EXP=true", async () => {
    const forever = await idp.sign({ sub: "forever", role: "reader" }, { exp: false });
    const refused = await api.graphql(query, {}, bearer(forever));
    expect([refused.status, refused.body.errors?.[0]?.extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
    const allowing = await startTestServer(db.url, {
      access: { anonymousRead: false, jwt: { ...idp.config, allowNoExp: true }, authFailuresPerMinute: 1000 },
    });
    try {
      expect((await allowing.graphql(query, {}, bearer(forever))).status).toBe(200);
    } finally {
      await allowing.stop();
    }
    const jwtEnv = {
      NEWSROOM_JWT_ISSUER: ISSUER,
      NEWSROOM_JWT_AUDIENCE: AUDIENCE,
      NEWSROOM_JWT_JWKS: "/etc/jwks.json",
    };
    expect(loadConfig(jwtEnv).jwt?.allowNoExp).toBe(false);
    expect(loadConfig({ ...jwtEnv, NEWSROOM_JWT_ALLOW_NO_EXP: "true" }).jwt?.allowNoExp).toBe(true);
    expect(() => loadConfig({ NEWSROOM_JWT_ALLOW_NO_EXP: "yes" })).toThrow(ConfigError);
    expect(() => loadConfig({ NEWSROOM_JWT_ALLOW_NO_EXP: "yes" })).toThrow(
      'NEWSROOM_JWT_ALLOW_NO_EXP must be true or false, got "yes"',
    );
  });
});

/** The server's log lines, parsed. */
function logCapture() {
  const lines: Array<{ level: number; msg: string; failedSinceLastWarning?: number }> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger("warn", stream) };
}

/** Opens a graphql-ws connection with `authorization` and resolves to the code the server closes it with. */
function webSocketCloseCode(httpUrl: string, authorization: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(httpUrl.replace(/^http/, "ws"), "graphql-transport-ws");
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization } })));
    socket.on("close", (code) => resolve(code));
    socket.on("error", reject);
  });
}

describe("a database outage is 503 DATABASE_UNAVAILABLE in every shape, logged throttled", () => {
  it("answers the README's reads, a mutation and requests with a token 503 while PostgreSQL is cut off", async () => {
    const db = await createTestDatabase();
    const { proxy, url } = await proxied(db.url);
    const captured = logCapture();
    const api = await startTestServer(url, { log: captured.log });
    try {
      await seedVocabularies(api.db.prisma);
      const editor = await createToken(api.db.prisma, "editor", "editor");
      expect((await api.graphql(INGEST, ingestVariables("Vor dem Ausfall"), bearer(editor))).status).toBe(200);
      for (const [name, query] of Object.entries(README_READS)) {
        expect([name, (await api.graphql(query)).body.errors]).toEqual([name, undefined]);
      }

      await proxy.cut();
      const tally = new Tally();
      const requests = [
        // $queryRaw answers an outage with P2010 "Raw query failed … Can't reach database server".
        ...Object.values(README_READS).map((query) => () => api.graphql(query)),
        // The token lookup and the failure limiter run before the operation, in the context.
        () => api.graphql(README_READS.country!, {}, bearer(editor)),
        () => api.graphql(README_READS.country!, {}, bearer("nrg_wrongwrongwrongwrongwrongwrongwrongwrongwro")),
        () => api.graphql(INGEST, ingestVariables("Während des Ausfalls"), bearer(editor)),
      ];
      for (let round = 0; round < 3; round++) {
        for (const { status, body } of await Promise.all(requests.map((send) => send()))) tally.add(status, body);
      }
      expect(tally.counts).toEqual({ "503 DATABASE_UNAVAILABLE": requests.length * 3 });
      // A WebSocket whose token cannot be checked is closed with 1013 "try again later", not 4403 Forbidden.
      expect(await webSocketCloseCode(api.server.url, bearer(editor).authorization!)).toBe(1013);

      await proxy.restore();
      let recovered = false;
      for (let i = 0; i < 50 && !recovered; i++) {
        recovered = (await api.graphql(README_READS.search!, {}, bearer(editor))).status === 200;
        if (!recovered) await new Promise((r) => setTimeout(r, 100));
      }
      expect(recovered).toBe(true);
      // One warning (the rest counted in the next), no error line per failed request.
      expect(captured.lines.filter((l) => l.level >= 50)).toEqual([]);
      expect(captured.lines.filter((l) => l.msg === "database unavailable")).toHaveLength(1);
      expect(captured.lines.filter((l) => l.msg === "failed authentication")).toEqual([]);
    } finally {
      await api.stop();
      await proxy.close();
      await db.drop();
    }
  });
});

describe("write races, the failure limit and partly successful mutations", () => {
  let db: TestDatabase;
  let api: TestServer;
  let editor: string;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { access: { authFailuresPerMinute: 10 } });
    await seedVocabularies(api.db.prisma);
    editor = await createToken(api.db.prisma, "race editor", "editor");
    admin = await createToken(api.db.prisma, "race admin", "admin");
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const ingest = async (headline: string) => {
    const { body } = await api.graphql(INGEST, ingestVariables(headline), bearer(editor));
    return body.data.ingestArticle.article as { id: string; slug: string };
  };
  const code = (body: { errors?: Array<{ extensions?: { code?: string } }> }) =>
    body.errors?.[0]?.extensions?.code ?? "OK";

  it("every mutation racing deleteArticle answers OK, NOT_FOUND or CONFLICT, and never brings the article back", async () => {
    const answers: Record<string, number> = {};
    let resurrected = 0;
    const after = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (let round = 0; round < 8; round++) {
      const { id, slug } = await ingest(`Wettlauf ${round}`);
      // The deletes start later each round, so they land before, inside and after the others' transactions.
      const remove = () =>
        after(round * 4).then(() =>
          api.graphql("mutation($id: ID!) { deleteArticle(id: $id) { id } }", { id }, bearer(admin)),
        );
      const race = [
        api.graphql(
          'mutation($id: ID!) { updateArticle(id: $id, input: { teaser: "Neu gefasst." }) { id } }',
          { id },
          bearer(editor),
        ),
        api.graphql(
          'mutation($id: ID!) { updateArticle(id: $id, input: { body: "Ein ganz neuer Text über Japan." }) { id } }',
          { id },
          bearer(editor),
        ),
        api.graphql(
          'mutation($id: ID!) { setArticleTopics(articleId: $id, topics: ["Politik"]) { id } }',
          { id },
          bearer(editor),
        ),
        api.graphql(
          'mutation($id: ID!) { setCountryMention(articleId: $id, country: "FR", present: true) { id } }',
          { id },
          bearer(editor),
        ),
        remove(),
        remove(),
      ];
      for (const [i, { status, body }] of (await Promise.all(race)).entries()) {
        const key = `${["update", "update", "topics", "country", "delete", "delete"][i]} ${status} ${code(body)}`;
        answers[key] = (answers[key] ?? 0) + 1;
      }
      // Deleted is deleted: an edit that lost the race must not store the text as a new article.
      resurrected += await api.db.prisma.article.count({ where: { slug } });
    }
    console.log("mutations racing deleteArticle (8 rounds):", JSON.stringify(answers), { resurrected });
    expect(resurrected).toBe(0);
    for (const key of Object.keys(answers)) expect(key).toMatch(/ 200 (OK|NOT_FOUND|CONFLICT)$/);
    expect(answers["delete 200 OK"]).toBe(8);
  });

  it("counts failed authentications atomically: of 200 concurrent wrong tokens only the first 10 are 401", async () => {
    const wrong = bearer("nrg_wrongwrongwrongwrongwrongwrongwrongwrongwro");
    const answers = await Promise.all(Array.from({ length: 200 }, () => api.graphql("{ topics { code } }", {}, wrong)));
    const tally = new Tally();
    for (const { status, body } of answers) tally.add(status, body);
    console.log("200 concurrent wrong tokens:", JSON.stringify(tally.counts));
    expect(tally.counts).toEqual({ "401 UNAUTHENTICATED": 10, "429 RATE_LIMITED": 190 });
    // Blocked means blocked, for valid tokens too, until the window is over.
    expect((await api.graphql("{ topics { code } }", {}, bearer(editor))).status).toBe(429);
    await api.db.prisma.$executeRaw`DELETE FROM auth_failure`;
  });

  it("reports a committed mutation beside another's error (nullable payloads), not data: null", async () => {
    const { id } = await ingest("Teilweise erfolgreich");
    const { status, body } = await api.graphql(
      `mutation($id: ID!) {
        a: setArticleTopics(articleId: $id, topics: ["Politik"]) { id topicOverride { topics actor } }
        b: deleteArticle(id: $id) { id }
      }`,
      { id },
      bearer(editor),
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({
      a: { id, topicOverride: { topics: ["medtop:11000000"], actor: "token:race editor" } },
      b: null,
    });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({ path: ["b"], extensions: { code: "FORBIDDEN" } });
  });
});
