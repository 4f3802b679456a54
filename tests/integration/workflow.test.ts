// The write side through the real HTTP server: mutations, roles, overrides, audit, CORS, tokens.
import "reflect-metadata";
import { type TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CORS_ALLOWED_HEADERS,
  CORS_EXPOSED_HEADERS,
  CORS_MAX_AGE_SECONDS,
  CORS_METHODS,
} from "../../src/auth/access.js";
import { createToken, revokeToken } from "../../src/auth/tokens.js";
import { extractArticle } from "../../src/ingest/extract.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { writeArticles } from "../../src/ingest/write.js";
import {
  ArticleRevisionsDocument,
  ArticleSourcesDocument,
  DeleteArticleDocument,
  IngestArticleDocument,
  SetArticleTopicsDocument,
  SetCountryMentionDocument,
  UpdateArticleDocument,
} from "../generated/operations.js";
import { sourceText } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { tsx } from "../helpers/run.js";
import { type GraphQLBody, startTestServer, type TestServer } from "../helpers/server.js";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A source text about Japan and the USA (politics), unique by headline. */
const text = (headline: string, extra = "") =>
  sourceText({
    headline,
    countries: ["JP", "US"],
    topic: "politics",
    authors: ["Anita Faake"],
    date: "29.03.2025",
  }).replace("Ein kurzer Überblick über die Lage.", `Ein kurzer Überblick über die Lage.${extra}`);

describe("the write side", () => {
  let db: TestDatabase;
  let api: TestServer;
  const tokens: Record<string, string> = {};
  // Typed documents, sent with credentials; the answer as the client sees it.
  const send = async <R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    token?: string,
  ): Promise<{ status: number; body: GraphQLBody }> =>
    api.graphql(print(document), variables, token ? bearer(token) : {});
  const counts = async () => {
    const [row] = await api.db.prisma.$queryRaw<
      Array<{ articles: number; revisions: number; mentions: number; overrides: number }>
    >`SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM article_revision)::int AS revisions,
        (SELECT count(*) FROM mention)::int AS mentions,
        (SELECT count(*) FROM country_override)::int + (SELECT count(*) FROM topic_override)::int AS overrides`;
    return row!;
  };
  const ingest = async (t: string, token = tokens.editor!) => {
    const { body } = await send(IngestArticleDocument, { input: { text: t } }, token);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.ingestArticle as { outcome: string; article: { id: string; slug: string } };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, {
      access: { authFailuresPerMinute: 1000, corsOrigins: ["https://cms.example.org"] },
    });
    await seedVocabularies(api.db.prisma);
    for (const role of ["reader", "editor", "admin"] as const)
      tokens[role] = await createToken(api.db.prisma, role, role);
    tokens.revoked = await createToken(api.db.prisma, "old CMS", "editor");
    await revokeToken(api.db.prisma, "old CMS");
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it("ingests a text like the CLI: CREATED, then UNCHANGED, with a revision naming the token", async () => {
    const first = await ingest(text("Japan und USA beraten"));
    expect(first.outcome).toBe("CREATED");
    const { body } = await send(
      IngestArticleDocument,
      { input: { text: text("Japan und USA beraten") } },
      tokens.editor,
    );
    expect(body.data.ingestArticle).toMatchObject({
      outcome: "UNCHANGED",
      article: { id: first.article.id, headline: "Japan und USA beraten", countries: [{ code: "JP" }, { code: "US" }] },
    });
    const revisions = await send(ArticleRevisionsDocument, { id: first.article.id }, tokens.editor);
    expect(revisions.body.data.article.revisions).toEqual([
      expect.objectContaining({ actor: "token:editor", action: "CREATED" }),
    ]);
    // A corrected text (same headline and date) updates in place.
    const corrected = await ingest(text("Japan und USA beraten", " Korrigiert."));
    expect(corrected).toMatchObject({ outcome: "UPDATED", article: { id: first.article.id } });
  });

  it("refuses bad credentials and too small roles, changing nothing", async () => {
    const before = await counts();
    const input = { input: { text: text("Unbefugt gesendet") } };
    const noToken = await send(IngestArticleDocument, input);
    expect(noToken.status).toBe(200); // a field error: GraphQL clients read it from the body
    expect(noToken.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    for (const bad of ["nrg_wrongwrongwrongwrongwrongwrongwrongwrongwro", tokens.revoked!, "not-a-token"]) {
      const res = await send(IngestArticleDocument, input, bad);
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    const basic = await api.graphql(print(IngestArticleDocument), input, { authorization: "Basic dXNlcjpwdw==" });
    expect(basic.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const reader = await send(IngestArticleDocument, input, tokens.reader);
    expect(reader.status).toBe(200);
    expect(reader.body.errors?.[0].extensions.code).toBe("FORBIDDEN");
    const someId = (await api.db.prisma.article.findFirstOrThrow()).id;
    const editorDelete = await send(DeleteArticleDocument, { id: someId }, tokens.editor);
    expect(editorDelete.body.errors?.[0].extensions.code).toBe("FORBIDDEN");
    const readerOverride = await send(
      SetCountryMentionDocument,
      { articleId: someId, country: "CN", present: true },
      tokens.reader,
    );
    expect(readerOverride.body.errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
    // Reads stay anonymous by default.
    expect((await api.graphql("{ articles { totalCount } }")).body.data.articles.totalCount).toBe(before.articles);
  });

  it("rejects bad texts with BAD_USER_INPUT and the parser's reason, storing nothing", async () => {
    const before = await counts();
    const cases: Array<[string, RegExp]> = [
      ["", /input\.text: the text is empty/],
      ["\u0001\u0002\u0003ÿþ\u0007binary\u0008junk", /input\.text: no author line/],
      ["x".repeat(300_000), /at most 262144 characters/],
      ["Nur eine Zeile ohne alles", /no author line/],
    ];
    for (const [t, reason] of cases) {
      const { body } = await send(IngestArticleDocument, { input: { text: t } }, tokens.editor);
      expect(body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0].message).toMatch(reason);
    }
    const nul = await send(IngestArticleDocument, { input: { text: "a\u0000b" } }, tokens.editor);
    expect(nul.body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(await counts()).toEqual(before);
  });

  it("answers unknown ids with NOT_FOUND and unknown countries or topics with BAD_USER_INPUT", async () => {
    const before = await counts();
    const unknown = "00000000-0000-4000-8000-000000000000";
    const update = await send(UpdateArticleDocument, { id: unknown, input: { headline: "Neu" } }, tokens.editor);
    expect(update.body.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", argument: "id" });
    const del = await send(DeleteArticleDocument, { id: unknown }, tokens.admin);
    expect(del.body.errors?.[0].extensions.code).toBe("NOT_FOUND");
    const override = await send(
      SetCountryMentionDocument,
      { articleId: unknown, country: "JP", present: true },
      tokens.editor,
    );
    expect(override.body.errors?.[0].extensions.code).toBe("NOT_FOUND");
    const someId = (await api.db.prisma.article.findFirstOrThrow()).id;
    const country = await send(
      SetCountryMentionDocument,
      { articleId: someId, country: "Atlantis", present: true },
      tokens.editor,
    );
    expect(country.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "country" });
    const topics = await send(
      SetArticleTopicsDocument,
      { articleId: someId, topics: ["Politik", "Quatsch"] },
      tokens.editor,
    );
    expect(topics.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "topics[1]" });
    const notUuid = await send(DeleteArticleDocument, { id: "nope" }, tokens.admin);
    expect(notUuid.body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(await counts()).toEqual(before);
  });

  it("stores exactly one article when two clients ingest the same text at once", async () => {
    const same = text("Gleichzeitig eingereicht");
    const results = await Promise.all([
      send(IngestArticleDocument, { input: { text: same } }, tokens.editor),
      send(IngestArticleDocument, { input: { text: same } }, tokens.admin),
    ]);
    for (const r of results) expect(r.body.errors).toBeUndefined();
    expect(results.map((r) => r.body.data.ingestArticle.outcome).sort()).toEqual(["CREATED", "UNCHANGED"]);
    expect(await api.db.prisma.article.count({ where: { headline: "Gleichzeitig eingereicht" } })).toBe(1);
  });

  it("keeps editorial overrides through re-ingest and updates, and shows who made them", async () => {
    const { article } = await ingest(text("Zwei Länder beraten"));
    const removed = await send(
      SetCountryMentionDocument,
      { articleId: article.id, country: "USA", present: false },
      tokens.editor,
    );
    expect(
      removed.body.data.setCountryMention.mentions.map((m: { country: { code: string } }) => m.country.code),
    ).toEqual(["JP"]);
    const added = await send(
      SetCountryMentionDocument,
      { articleId: article.id, country: "Georgien", present: true },
      tokens.editor,
    );
    expect(added.body.data.setCountryMention.mentions).toEqual([
      { country: { code: "JP" }, count: 1, source: "EXTRACTED", editedBy: null },
      { country: { code: "GE" }, count: 0, source: "EDITOR", editedBy: "token:editor" },
    ]);
    const topics = await send(SetArticleTopicsDocument, { articleId: article.id, topics: ["Sport"] }, tokens.admin);
    expect(topics.body.data.setArticleTopics).toMatchObject({
      topics: [{ code: "medtop:15000000" }],
      topicOverride: { topics: ["medtop:15000000"], actor: "token:admin" },
    });

    // A corrected text and a field edit both extract again; the overrides stay.
    expect((await ingest(text("Zwei Länder beraten", " Neu gefasst."))).outcome).toBe("UPDATED");
    const edited = await send(
      UpdateArticleDocument,
      { id: article.id, input: { body: "Japan, die USA und China trafen sich. Die Regierung begrüßte das Abkommen." } },
      tokens.editor,
    );
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data.updateArticle.slug).toBe(article.slug);
    const { body } = await send(ArticleSourcesDocument, { id: article.id });
    const codes = body.data.article.mentions.map((m: { country: { code: string } }) => m.country.code).sort();
    expect(codes).toEqual(["CN", "GE", "JP"]);
    expect(
      body.data.article.mentions.find((m: { country: { code: string } }) => m.country.code === "GE"),
    ).toMatchObject({
      source: "EDITOR",
      editedBy: "token:editor",
    });
    expect(body.data.article.topics).toEqual([{ code: "medtop:15000000" }]);
    expect(body.data.article.topicOverride).toEqual({ topics: ["medtop:15000000"], actor: "token:admin" });

    // The filters see the overrides too (entity sets follow).
    const filtered = await api.graphql(
      `{ articles(filter: { countries: { all: ["GE"] } }) { edges { node { id } } } }`,
    );
    expect(filtered.body.data.articles.edges).toEqual([{ node: { id: article.id } }]);
    const noUs = await api.graphql(`{ articles(filter: { countries: { all: ["GE", "US"] } }) { totalCount } }`);
    expect(noUs.body.data.articles.totalCount).toBe(0);
  });

  it("records every change in the revisions, visible to editors only", async () => {
    const { article } = await ingest(text("Revisionen im Blick"));
    await send(SetCountryMentionDocument, { articleId: article.id, country: "FR", present: true }, tokens.editor);
    await send(SetArticleTopicsDocument, { articleId: article.id, topics: ["Politik"] }, tokens.admin);
    await send(
      UpdateArticleDocument,
      { id: article.id, input: { headline: "Revisionen im Blick, neu", authors: ["Anita Faake", "Max Muster"] } },
      tokens.editor,
    );
    const { body } = await send(ArticleRevisionsDocument, { id: article.id }, tokens.editor);
    const revisions = body.data.article.revisions;
    expect(revisions.map((r: { action: string; actor: string }) => [r.action, r.actor])).toEqual([
      ["CREATED", "token:editor"],
      ["COUNTRY_OVERRIDE", "token:editor"],
      ["TOPICS_OVERRIDE", "token:admin"],
      ["EDITED", "token:editor"],
    ]);
    expect(revisions[1].changes).toMatchObject({ country: "FR", present: true });
    expect(revisions[3].changes).toEqual({
      headline: { from: "Revisionen im Blick", to: "Revisionen im Blick, neu" },
      authors: { from: ["Anita Faake"], to: ["Anita Faake", "Max Muster"] },
    });
    // A new date: the slug (the article's URL) stays, the date and the revision follow.
    const redated = await send(
      UpdateArticleDocument,
      { id: article.id, input: { publishedAt: "2025-04-05T00:00:00.000Z" } },
      tokens.editor,
    );
    expect(redated.body.data.updateArticle).toMatchObject({
      slug: article.slug,
      publishedAt: "2025-04-05T00:00:00.000Z",
    });
    const afterRedate = await send(ArticleRevisionsDocument, { id: article.id }, tokens.editor);
    expect(afterRedate.body.data.article.revisions.at(-1).changes).toEqual({
      publishedAt: { from: "29.03.2025", to: "05.04.2025" },
    });
    // Writes outside the API (the CLI's writer) are recorded too, with the OS user as actor.
    await writeArticles(api.db.prisma, [extractArticle(text("Von der Kommandozeile"), "cli.txt")]);
    const fromCli = await api.db.prisma.article.findFirstOrThrow({ where: { headline: "Von der Kommandozeile" } });
    const cliRevisions = await send(ArticleRevisionsDocument, { id: fromCli.id }, tokens.editor);
    expect(cliRevisions.body.data.article.revisions).toEqual([
      expect.objectContaining({ action: "CREATED", actor: expect.stringMatching(/^cli(:.+)?$/) }),
    ]);

    const asReader = await send(ArticleRevisionsDocument, { id: article.id }, tokens.reader);
    expect(asReader.status).toBe(200);
    expect(asReader.body.data.article).toEqual({ id: article.id, revisions: null });
    expect(asReader.body.errors?.[0].extensions.code).toBe("FORBIDDEN");
    const anonymous = await send(ArticleRevisionsDocument, { id: article.id });
    expect(anonymous.body.data.article.revisions).toBeNull();
    expect(anonymous.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("deletes an article from every query, facet and count, keeping its revisions (admin)", async () => {
    const { article } = await ingest(
      sourceText({
        headline: "Kanada allein",
        countries: ["CA"],
        topic: "sport",
        authors: ["Eva Einzeln"],
        date: "01.04.2025",
      }),
    );
    const query = `{ articles(filter: { countries: { all: ["CA"] } }) { totalCount }
      articleFacets(filter: { countries: { all: ["CA"] } }) { totalCount countries { country { code } count } authors { author { slug } count } }
      country(code: "CA") { articleCount }
      author(slug: "eva-einzeln") { articleCount } }`;
    const before = (await api.graphql(query)).body.data;
    expect(before.articles.totalCount).toBe(1);
    expect(before.country.articleCount).toBe(1);
    const { body } = await send(DeleteArticleDocument, { id: article.id }, tokens.admin);
    expect(body.data.deleteArticle).toEqual({ id: article.id, slug: article.slug });
    const after = (await api.graphql(query)).body.data;
    expect(after.articles.totalCount).toBe(0);
    expect(after.articleFacets).toEqual({ totalCount: 0, countries: [], authors: [] });
    expect(after.country.articleCount).toBe(0);
    expect(after.author?.articleCount ?? 0).toBe(0);
    expect((await api.graphql(`{ article(id: "${article.id}") { id } }`)).body.data.article).toBeNull();
    const kept = await api.db.prisma.articleRevision.findMany({
      where: { articleId: article.id },
      orderBy: { at: "asc" },
    });
    expect(kept.map((r) => [r.action, r.actor])).toEqual([
      ["CREATED", "token:editor"],
      ["DELETED", "token:admin"],
    ]);
  });

  it("answers CORS preflights for allowed origins only; CSRF prevention stays on", async () => {
    const preflight = (origin: string) =>
      fetch(api.server.url, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization,content-type,x-request-id",
        },
      });
    const allowed = await preflight("https://cms.example.org");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://cms.example.org");
    expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("x-request-id");
    // What the README lists (tests/unit/readme.test.ts) is what the server sends.
    expect(allowed.headers.get("access-control-allow-methods")).toBe(CORS_METHODS.join(","));
    expect(allowed.headers.get("access-control-allow-headers")).toBe(CORS_ALLOWED_HEADERS.join(","));
    expect(allowed.headers.get("access-control-max-age")).toBe(String(CORS_MAX_AGE_SECONDS));
    const other = await preflight("https://evil.example.com");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const post = await fetch(api.server.url, {
      method: "POST",
      headers: { origin: "https://cms.example.org", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ topics { code } }" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBe("https://cms.example.org");
    expect(post.headers.get("vary")?.toLowerCase()).toContain("origin");
    expect(post.headers.get("access-control-expose-headers")).toBe(CORS_EXPOSED_HEADERS.join(","));
    expect(post.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const otherPost = await fetch(api.server.url, {
      method: "POST",
      headers: { origin: "https://evil.example.com", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ topics { code } }" }),
    });
    expect(otherPost.headers.get("access-control-allow-origin")).toBeNull();
    // A simple (CSRF-able) GET without a preflight-forcing header is still refused.
    const csrf = await fetch(`${api.server.url}?query=${encodeURIComponent("{ topics { code } }")}`, {
      headers: { origin: "https://cms.example.org" },
    });
    expect(csrf.status).toBe(400);
  });

  it("creates, lists and revokes tokens on the command line; the token is the last line and works", async () => {
    const cli = (args: string[]) => tsx(["src/cli.ts", ...args], { DATABASE_URL: db.url });
    const created = await cli(["token", "create", "--role", "editor", "--name", "CMS import"]);
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^nrg_[\w-]{43}$/);
    const ok = await send(IngestArticleDocument, { input: { text: text("Vom CMS geliefert") } }, token);
    expect(ok.body.data.ingestArticle.outcome).toBe("CREATED");
    const list = await cli(["token", "list"]);
    expect(list.stdout).toMatch(/CMS import\teditor\tcreated .*\tlast used \d{4}-/);
    expect(list.stdout).not.toContain(token);
    const stored = await api.db.prisma.apiToken.findUniqueOrThrow({ where: { name: "CMS import" } });
    expect(stored.tokenHash).not.toContain(token.slice(4, 20));
    expect((await cli(["token", "revoke", "CMS import"])).code).toBe(0);
    const refused = await send(IngestArticleDocument, { input: { text: text("Nach dem Widerruf") } }, token);
    expect(refused.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    expect((await cli(["token", "create", "--role", "root", "--name", "x"])).code).toBe(2);
  });
});

describe("access settings", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it("NEWSROOM_ANONYMOUS_READ=false requires a reader token for reads", async () => {
    const api = await startTestServer(db.url, { access: { anonymousRead: false } });
    try {
      const reader = await createToken(api.db.prisma, "desk reader", "reader");
      const anonymous = await api.graphql("{ topics { code } }");
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
      const ok = await api.graphql("{ topics { code } }", {}, bearer(reader));
      expect(ok.status).toBe(200);
      expect(ok.body.data.topics).toEqual([]);
    } finally {
      await api.stop();
    }
  });

  it("rate-limits failed authentications per client, across the API processes of one database", async () => {
    const a = await startTestServer(db.url, { access: { authFailuresPerMinute: 3 } });
    const b = await startTestServer(db.url, { access: { authFailuresPerMinute: 3 } });
    try {
      const good = await createToken(a.db.prisma, "limited", "reader");
      const wrong = bearer("nrg_wrongwrongwrongwrongwrongwrongwrongwrongwro");
      for (let i = 0; i < 3; i++)
        expect((await (i % 2 ? b : a).graphql("{ topics { code } }", {}, wrong)).status).toBe(401);
      const limited = await b.graphql("{ topics { code } }", {}, wrong);
      expect(limited.status).toBe(429);
      expect(limited.body.errors?.[0].extensions.code).toBe("RATE_LIMITED");
      // Blocked means blocked: even a valid token waits, while anonymous reads still work.
      expect((await a.graphql("{ topics { code } }", {}, bearer(good))).status).toBe(429);
      expect((await a.graphql("{ topics { code } }")).status).toBe(200);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
