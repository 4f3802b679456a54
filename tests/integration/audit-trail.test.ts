// Issue 16, item 6: the audit trail outlives the article. Editors and admins list deleted articles and
// read the revisions of any slug, live or deleted; readers and anonymous callers are refused. Real HTTP.
import "reflect-metadata";
import { join } from "node:path";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { ingestFiles } from "../../src/ingest/files.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import {
  ArticleRevisionsBySlugDocument,
  DeleteArticleDocument,
  DeletedArticlesDocument,
  SetArticleTopicsDocument,
} from "../generated/operations.js";
import { sourceText, writeSources } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { type GraphQLBody, startTestServer, type TestServer } from "../helpers/server.js";

const ROLES = ["anonymous", "reader", "editor", "admin"] as const;
type Role = (typeof ROLES)[number];
const headlines = ["Audit eins", "Audit zwei", "Audit drei", "Audit vier", "Audit bleibt"];
const text = (headline: string) =>
  sourceText({ headline, countries: ["JP"], topic: "politics", authors: ["Anita Faake"], date: "29.03.2025" });

describe("the audit trail of deleted articles", () => {
  let db: TestDatabase;
  let api: TestServer;
  const tokens: Partial<Record<Role, string>> = {};
  /** Stored articles by headline. */
  const stored = new Map<string, { id: string; slug: string }>();

  const as = (role: Role): Record<string, string> =>
    role === "anonymous" ? {} : { authorization: `Bearer ${tokens[role]}` };
  const send = (role: Role, document: Parameters<typeof print>[0], variables: Record<string, unknown>) =>
    api.graphql(print(document), variables, as(role));
  const data = async (role: Role, document: Parameters<typeof print>[0], variables: Record<string, unknown>) => {
    const { body } = await send(role, document, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const remove = async (headline: string) => {
    const { deleteArticle } = await data("admin", DeleteArticleDocument, { id: stored.get(headline)!.id });
    expect(deleteArticle).toEqual(stored.get(headline));
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { access: { authFailuresPerMinute: 1000 } });
    await seedVocabularies(api.db.prisma);
    for (const role of ROLES) if (role !== "anonymous") tokens[role] = await createToken(api.db.prisma, role, role);
    const files = Object.fromEntries(headlines.map((h, i) => [`audit-${i}.txt`, text(h)]));
    const dir = writeSources(files, "audit-trail-");
    const summary = await ingestFiles(
      api.db.prisma,
      Object.keys(files).map((name) => join(dir, name)),
    );
    expect(summary.failed).toEqual([]);
    for (const a of await api.db.prisma.article.findMany({ select: { id: true, slug: true, headline: true } }))
      stored.set(a.headline, { id: a.id, slug: a.slug });
    for (const headline of ["Audit eins", "Audit zwei", "Audit drei"]) await remove(headline);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("lists deleted articles, most recently deleted first, with slug, headline, when, who and their trail", async () => {
    const { deletedArticles } = await data("editor", DeletedArticlesDocument, {});
    expect(deletedArticles.totalCount).toBe(3);
    expect(deletedArticles.edges.map((e: { node: { headline: string } }) => e.node.headline)).toEqual([
      "Audit drei",
      "Audit zwei",
      "Audit eins",
    ]);
    const last = deletedArticles.edges.at(-1).node;
    expect(last).toMatchObject({ ...stored.get("Audit eins"), headline: "Audit eins", deletedBy: "token:admin" });
    expect(Date.now() - Date.parse(last.deletedAt)).toBeLessThan(120_000);
    expect(last.revisions.map((r: { action: string }) => r.action)).toEqual(["CREATED", "DELETED"]);
    expect(last.revisions.at(-1)).toMatchObject({ actor: "token:admin", at: last.deletedAt });
  });

  it("pages deleted articles with a bounded first and cursors", async () => {
    const first = (await data("admin", DeletedArticlesDocument, { first: 2 })).deletedArticles;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await data("admin", DeletedArticlesDocument, { first: 2, after: first.pageInfo.endCursor }))
      .deletedArticles;
    expect(next.edges.map((e: { node: { headline: string } }) => e.node.headline)).toEqual(["Audit eins"]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    for (const bad of [0, 101]) {
      const { body } = await send("admin", DeletedArticlesDocument, { first: bad });
      expect(body.errors?.[0]).toMatchObject({
        message: "first must be between 1 and 100",
        extensions: { code: "BAD_USER_INPUT", argument: "first" },
      });
    }
    const { body } = await send("admin", DeletedArticlesDocument, { after: "forged" });
    expect(body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("reads the revisions of a deleted slug and of a live one; null for a slug no article had", async () => {
    const deleted = (await data("editor", ArticleRevisionsBySlugDocument, { slug: stored.get("Audit zwei")!.slug }))
      .articleRevisions;
    expect(deleted.totalCount).toBe(2);
    expect(deleted.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(["CREATED", "DELETED"]);
    expect(deleted.edges[1].node.changes).toEqual({ slug: stored.get("Audit zwei")!.slug, headline: "Audit zwei" });

    const live = stored.get("Audit bleibt")!;
    for (const topics of [["medtop:15000000"], ["Politik"], ["medtop:04000000"]])
      await data("editor", SetArticleTopicsDocument, { articleId: live.id, topics });
    const page = (await data("editor", ArticleRevisionsBySlugDocument, { slug: live.slug, first: 2 })).articleRevisions;
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(["CREATED", "TOPICS_OVERRIDE"]);
    const rest = (
      await data("editor", ArticleRevisionsBySlugDocument, {
        slug: live.slug,
        first: 2,
        after: page.pageInfo.endCursor,
      })
    ).articleRevisions;
    expect(rest.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      "TOPICS_OVERRIDE",
      "TOPICS_OVERRIDE",
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const { body } = await send("editor", ArticleRevisionsBySlugDocument, { slug: "2025-03-29-nie-geschrieben" });
    expect(body).toEqual({ data: { articleRevisions: null } });
  });

  it("keeps both trails when a deleted text is ingested again under the same slug", async () => {
    await remove("Audit vier");
    const dir = writeSources({ "again.txt": text("Audit vier") }, "audit-again-");
    expect((await ingestFiles(api.db.prisma, [join(dir, "again.txt")])).failed).toEqual([]);
    const again = await api.db.prisma.article.findUnique({ where: { slug: stored.get("Audit vier")!.slug } });
    expect(again?.id).toBeDefined();
    expect(again?.id).not.toBe(stored.get("Audit vier")!.id);
    const trail = (await data("editor", ArticleRevisionsBySlugDocument, { slug: again!.slug })).articleRevisions;
    expect(trail.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      "CREATED",
      "DELETED",
      "CREATED",
    ]);
  });

  describe("roles", () => {
    const queries = {
      deletedArticles: () => [DeletedArticlesDocument, {}] as const,
      articleRevisions: () => [ArticleRevisionsBySlugDocument, { slug: stored.get("Audit eins")!.slug }] as const,
    };
    const expected: Record<Role, string> = {
      anonymous: "UNAUTHENTICATED",
      reader: "FORBIDDEN",
      editor: "allowed",
      admin: "allowed",
    };
    for (const [field, query] of Object.entries(queries))
      for (const role of ROLES)
        it(`${field}, ${role}: ${expected[role]}`, async () => {
          const [document, variables] = query();
          const { status, body } = await send(role, document, variables);
          expect(status).toBe(200);
          if (expected[role] === "allowed") {
            expect(body.errors).toBeUndefined();
            expect(body.data[field].totalCount).toBeGreaterThan(0);
          } else {
            expect(body.data).toEqual({ [field]: null });
            expect(body.errors).toHaveLength(1);
            expect(body.errors![0]).toMatchObject({ path: [field], extensions: { code: expected[role] } });
          }
        });

    it("anonymous gets HTTP 401 on a server without anonymous reads", async () => {
      const closed = await startTestServer(db.url, { access: { anonymousRead: false } });
      try {
        for (const [document, variables] of Object.values(queries).map((q) => q())) {
          const { status, body } = (await closed.graphql(print(document), variables)) as {
            status: number;
            body: GraphQLBody;
          };
          expect(status).toBe(401);
          expect(body.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
        }
      } finally {
        await closed.stop();
      }
    });
  });
});
