// JSON Web Tokens from the newsroom's identity provider, with a key pair this test generates.
import "reflect-metadata";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { ArticleRevisionsDocument, IngestArticleDocument } from "../generated/operations.js";
import { sourceText } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const ISSUER = "https://sso.example.org/";
const AUDIENCE = "newsroom-graph";

describe("JSON Web Tokens", () => {
  let db: TestDatabase;
  let api: TestServer;
  let remote: TestServer;
  let jwksServer: http.Server;
  let sign: (
    claims: JWTPayload,
    options?: { expiresIn?: string | number; audience?: string; other?: boolean },
  ) => Promise<string>;

  beforeAll(async () => {
    const keys = await generateKeyPair("RS256");
    const otherKeys = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: "newsroom-1", alg: "RS256", use: "sig" };
    const jwksFile = join(mkdtempSync(join(tmpdir(), "jwks-")), "jwks.json");
    writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
    sign = (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: "newsroom-1" })
        .setIssuer(ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? "5m")
        .sign(options.other ? otherKeys.privateKey : keys.privateKey);

    jwksServer = http.createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));
    const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;

    db = await createTestDatabase();
    const jwt = { issuer: ISSUER, audience: AUDIENCE, roleClaim: "newsroom_roles" };
    api = await startTestServer(db.url, { access: { jwt: { ...jwt, jwks: jwksFile }, authFailuresPerMinute: 1000 } });
    remote = await startTestServer(db.url, { access: { jwt: { ...jwt, jwks: jwksUrl }, authFailuresPerMinute: 1000 } });
    await seedVocabularies(api.db.prisma);
  });
  afterAll(async () => {
    await api.stop();
    await remote.stop();
    jwksServer.close();
    await db.drop();
  });

  const ingest = (server: TestServer, token: string, headline: string) =>
    server.graphql(
      print(IngestArticleDocument),
      {
        input: {
          text: sourceText({
            headline,
            countries: ["JP"],
            topic: "economy",
            authors: ["Anita Faake"],
            date: "03.04.2025",
          }),
        },
      },
      { authorization: `Bearer ${token}` },
    );

  it("accepts a valid token with the role from the configured claim; the subject is the actor", async () => {
    const token = await sign({ sub: "alice@example.org", newsroom_roles: ["reader", "editor"] });
    const { body } = await ingest(api, token, "Per Single Sign-on");
    expect(body.errors).toBeUndefined();
    const id = body.data.ingestArticle.article.id;
    const revisions = await api.graphql(print(ArticleRevisionsDocument), { id }, { authorization: `Bearer ${token}` });
    expect(revisions.body.data.article.revisions[0]).toMatchObject({
      actor: "jwt:alice@example.org",
      action: "CREATED",
    });
    // The same identity provider, keys fetched from a JWKS URL.
    const viaUrl = await ingest(remote, await sign({ sub: "bob", newsroom_roles: "editor" }), "Per JWKS-Adresse");
    expect(viaUrl.body.data.ingestArticle.outcome).toBe("CREATED");
  });

  it("refuses expired, wrongly signed and foreign-audience tokens (UNAUTHENTICATED), too small roles (FORBIDDEN)", async () => {
    const before = await api.db.prisma.article.count();
    const cases: Array<[string, string, string]> = [
      [
        "expired",
        await sign({ sub: "alice", newsroom_roles: "editor" }, { expiresIn: Math.floor(Date.now() / 1000) - 60 }),
        "UNAUTHENTICATED",
      ],
      ["wrong signature", await sign({ sub: "alice", newsroom_roles: "editor" }, { other: true }), "UNAUTHENTICATED"],
      [
        "wrong audience",
        await sign({ sub: "alice", newsroom_roles: "editor" }, { audience: "another-app" }),
        "UNAUTHENTICATED",
      ],
      ["no subject", await sign({ newsroom_roles: "editor" }), "UNAUTHENTICATED"],
      ["reader", await sign({ sub: "carol", newsroom_roles: "reader" }), "FORBIDDEN"],
      ["no role", await sign({ sub: "dave" }), "FORBIDDEN"],
    ];
    for (const [what, token, code] of cases) {
      const { body } = await ingest(api, token, `Abgelehnt: ${what}`);
      expect([what, body.errors?.[0].extensions.code]).toEqual([what, code]);
    }
    const tampered = (await sign({ sub: "alice", newsroom_roles: "reader" })).split(".");
    tampered[1] = Buffer.from(
      JSON.stringify({ sub: "alice", newsroom_roles: "admin", iss: ISSUER, aud: AUDIENCE }),
    ).toString("base64url");
    expect((await ingest(api, tampered.join("."), "Manipuliert")).body.errors?.[0].extensions.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(await api.db.prisma.article.count()).toBe(before);
  });

  it("configuration: all of issuer, audience and JWKS or none; the role claim defaults to `role`", () => {
    expect(() => loadConfig({ NEWSROOM_JWT_ISSUER: ISSUER })).toThrow(ConfigError);
    const config = loadConfig({
      NEWSROOM_JWT_ISSUER: ISSUER,
      NEWSROOM_JWT_AUDIENCE: AUDIENCE,
      NEWSROOM_JWT_JWKS: "/etc/jwks.json",
    });
    expect(config.jwt).toEqual({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwks: "/etc/jwks.json",
      roleClaim: "role",
      allowNoExp: false,
    });
    expect(() => loadConfig({ NEWSROOM_ANONYMOUS_READ: "nope" })).toThrow(/NEWSROOM_ANONYMOUS_READ/);
    expect(() => loadConfig({ NEWSROOM_CORS_ORIGINS: "https://ok.example.org, not a url" })).toThrow(/not an origin/);
    expect(loadConfig({ NEWSROOM_CORS_ORIGINS: "https://a.example.org,http://localhost:3000" }).corsOrigins).toEqual([
      "https://a.example.org",
      "http://localhost:3000",
    ]);
  });
});
