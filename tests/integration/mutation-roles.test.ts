// Issue 14, item 4: every mutation x every role, over real HTTP. Each cell checks the answer (the data, or
// the exact error code and HTTP status the server gives today) and, when refused, that no row changed.
// Only the public API is exercised; setup (vocabularies, tokens, target articles) uses the ingest path.
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type TypedDocumentNode } from "@graphql-typed-document-node/core";
import { buildSchema, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { ingestFiles } from "../../src/ingest/files.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import {
  ArticleRevisionsDocument,
  ArticleSourcesDocument,
  DeleteArticleDocument,
  IngestArticleDocument,
  MergePersonsDocument,
  PersonByNameDocument,
  SetArticleTopicsDocument,
  SetCountryMentionDocument,
  UpdateArticleDocument,
} from "../generated/operations.js";
import { sourceText, writeSources } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { ROOT } from "../helpers/run.js";
import { type GraphQLBody, startTestServer, type TestServer } from "../helpers/server.js";

const ROLES = ["anonymous", "reader", "editor", "admin"] as const;
type Role = (typeof ROLES)[number];
type Outcome = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN";

/** Who may do what, as the schema's descriptions promise ("Editor role", "Admin role"). */
const editorOrMore: Record<Role, Outcome> = {
  anonymous: "UNAUTHENTICATED",
  reader: "FORBIDDEN",
  editor: "allowed",
  admin: "allowed",
};
const adminOnly: Record<Role, Outcome> = { ...editorOrMore, editor: "FORBIDDEN" };
const EXPECTED = {
  ingestArticle: editorOrMore,
  updateArticle: editorOrMore,
  deleteArticle: adminOnly,
  setCountryMention: editorOrMore,
  setArticleTopics: editorOrMore,
  mergePersons: editorOrMore,
} satisfies Record<string, Record<Role, Outcome>>;
type MutationName = keyof typeof EXPECTED;
/** The role each mutation needs, as its FORBIDDEN message names it. */
const REQUIRED: Record<MutationName, Role> = {
  ingestArticle: "editor",
  updateArticle: "editor",
  deleteArticle: "admin",
  setCountryMention: "editor",
  setArticleTopics: "editor",
  mergePersons: "editor",
};
const refusal = (mutation: MutationName, role: Role) =>
  role === "anonymous"
    ? "a valid token is required: send Authorization: Bearer <token>"
    : `this needs the ${REQUIRED[mutation]} role; token:${role} has ${role}`;
const MUTATIONS = Object.keys(EXPECTED) as MutationName[];

/** A refused mutation is a field error: the request itself was fine, so HTTP 200 with data { field: null }. */
const REFUSED_STATUS = 200;

/** The text of the target article of one cell (Japan and the USA, politics), unique by headline. */
const targetHeadline = (mutation: MutationName, role: Role) => `Rollentest ${mutation} ${role}`;
const articleText = (headline: string) =>
  sourceText({ headline, countries: ["JP", "US"], topic: "politics", authors: ["Anita Faake"], date: "29.03.2025" });

const SPORT = "medtop:15000000";
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
type Target = { id: string; slug: string };
/** Two spellings of one person named in a target article, for mergePersons. */
type Spellings = { into: { id: string; name: string }; from: { id: string; name: string } };
const POLITICS = "medtop:11000000";

describe("every mutation x every role", () => {
  let db: TestDatabase;
  let api: TestServer;
  const tokens: Partial<Record<Role, string>> = {};
  /** The target article of each cell (its id), so an allowed cell never changes another cell's data. */
  const targets = new Map<string, Target>();
  /** The persons of mergePersons' targets, by article id. */
  const spellings = new Map<string, Spellings>();
  const cell = (mutation: MutationName, role: Role) => `${mutation} ${role}`;

  const send = <R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    role: Role,
    via: TestServer = api,
  ): Promise<{ status: number; body: GraphQLBody }> =>
    via.graphql(print(document), variables, role === "anonymous" ? {} : { authorization: `Bearer ${tokens[role]}` });
  /** Reads with the admin token (revisions need a writer's role). */
  const read = async <R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V) => {
    const { body } = await send(document, variables, "admin");
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as R;
  };

  /**
   * Every row of every table the API writes, as one fingerprint per table (row count and a hash of the
   * rows in order). Credentials (api_token: last use) and the failed-login counter are left out;
   * a table added later is included without editing this test.
   */
  const snapshot = async () => {
    const tables = await api.db.prisma.$queryRaw<Array<{ name: string }>>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('api_token', 'auth_failure') AND table_name NOT LIKE '\\_%'
      ORDER BY table_name`;
    const rows = await api.db.prisma.$queryRawUnsafe<Array<{ name: string; rows: string }>>(
      tables
        .map(
          ({ name }) =>
            `SELECT '${name}' AS name, count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS rows FROM "${name}" t`,
        )
        .join(" UNION ALL "),
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.rows]));
  };

  /** What each mutation sends in a cell, and how an allowed call shows in the answer and in later reads. */
  const cases: Record<
    MutationName,
    {
      send(target: Target, role: Role, via?: TestServer): Promise<{ status: number; body: GraphQLBody }>;
      allowed(answer: GraphQLBody, target: Target, role: Role): Promise<void>;
      /** Arguments the mutation rejects (an unknown id, country or topic; an empty text), and the code it answers. */
      invalid(target: Target, role: Role): Promise<{ status: number; body: GraphQLBody }>;
      invalidCode: "BAD_USER_INPUT" | "NOT_FOUND";
    }
  > = {
    ingestArticle: {
      send: (_, role, via) =>
        send(IngestArticleDocument, { input: { text: articleText(`Neu eingereicht von ${role}`) } }, role, via),
      invalid: (_, role) => send(IngestArticleDocument, { input: { text: "" } }, role),
      invalidCode: "BAD_USER_INPUT",
      async allowed(answer, _, role) {
        expect(answer.data.ingestArticle).toMatchObject({
          outcome: "CREATED",
          article: { headline: `Neu eingereicht von ${role}`, countries: [{ code: "JP" }, { code: "US" }] },
        });
        const { article } = await read(ArticleRevisionsDocument, { id: answer.data.ingestArticle.article.id });
        expect(article?.revisions).toEqual([expect.objectContaining({ actor: `token:${role}`, action: "CREATED" })]);
      },
    },
    updateArticle: {
      send: (target, role, via) =>
        send(UpdateArticleDocument, { id: target.id, input: { headline: `Geändert von ${role}` } }, role, via),
      invalid: (_, role) => send(UpdateArticleDocument, { id: UNKNOWN_ID, input: { headline: "Neu" } }, role),
      invalidCode: "NOT_FOUND",
      async allowed(answer, target, role) {
        expect(answer.data.updateArticle).toMatchObject({
          id: target.id,
          slug: target.slug,
          headline: `Geändert von ${role}`,
        });
        const { article } = await read(ArticleRevisionsDocument, { id: target.id });
        expect(article?.revisions?.at(-1)).toMatchObject({ actor: `token:${role}`, action: "EDITED" });
      },
    },
    deleteArticle: {
      send: (target, role, via) => send(DeleteArticleDocument, { id: target.id }, role, via),
      invalid: (_, role) => send(DeleteArticleDocument, { id: UNKNOWN_ID }, role),
      invalidCode: "NOT_FOUND",
      async allowed(answer, target) {
        expect(answer.data.deleteArticle).toEqual({ id: target.id, slug: target.slug });
        expect((await read(ArticleSourcesDocument, { id: target.id })).article).toBeNull();
      },
    },
    setCountryMention: {
      send: (target, role, via) =>
        send(SetCountryMentionDocument, { articleId: target.id, country: "CN", present: true }, role, via),
      invalid: (target, role) =>
        send(SetCountryMentionDocument, { articleId: target.id, country: "Atlantis", present: true }, role),
      invalidCode: "BAD_USER_INPUT",
      async allowed(answer, target, role) {
        expect(answer.data.setCountryMention.id).toBe(target.id);
        const { article } = await read(ArticleSourcesDocument, { id: target.id });
        expect(article?.mentions).toContainEqual({
          country: { code: "CN" },
          source: "EDITOR",
          editedBy: `token:${role}`,
        });
      },
    },
    mergePersons: {
      send: (target, role, via) => {
        const { into, from } = spellings.get(target.id)!;
        return send(MergePersonsDocument, { into: into.id, from: [from.id] }, role, via);
      },
      invalid: (target, role) =>
        send(MergePersonsDocument, { into: spellings.get(target.id)!.into.id, from: [UNKNOWN_ID] }, role),
      invalidCode: "NOT_FOUND",
      async allowed(answer, target, role) {
        const { into, from } = spellings.get(target.id)!;
        expect(answer.data.mergePersons).toEqual(into);
        // The merged spelling now names the person it was merged into, and its article counts once.
        expect((await read(PersonByNameDocument, { name: from.name })).person).toEqual({ ...into, articleCount: 1 });
        const { article } = await read(ArticleRevisionsDocument, { id: target.id });
        expect(article?.revisions?.at(-1)).toMatchObject({ actor: `token:${role}`, action: "PERSONS_MERGED" });
      },
    },
    setArticleTopics: {
      send: (target, role, via) =>
        send(SetArticleTopicsDocument, { articleId: target.id, topics: ["Sport"] }, role, via),
      invalid: (target, role) => send(SetArticleTopicsDocument, { articleId: target.id, topics: ["Quidditch"] }, role),
      invalidCode: "BAD_USER_INPUT",
      async allowed(answer, target, role) {
        expect(answer.data.setArticleTopics).toEqual({
          id: target.id,
          topics: [{ code: SPORT }],
          topicOverride: { topics: [SPORT], actor: `token:${role}` },
        });
        const { article } = await read(ArticleSourcesDocument, { id: target.id });
        expect(article?.topics).toEqual([{ code: SPORT }]);
      },
    },
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url, { access: { authFailuresPerMinute: 1000 } });
    await seedVocabularies(api.db.prisma);
    for (const role of ROLES) if (role !== "anonymous") tokens[role] = await createToken(api.db.prisma, role, role);
    const files: Record<string, string> = {};
    for (const mutation of MUTATIONS)
      for (const role of ROLES) files[`${mutation}-${role}.txt`] = articleText(targetHeadline(mutation, role));
    const dir = writeSources(files, "mutation-roles-");
    const summary = await ingestFiles(
      api.db.prisma,
      Object.keys(files).map((name) => join(dir, name)),
    );
    expect(summary.failed).toEqual([]);
    const stored = await api.db.prisma.article.findMany({ select: { id: true, slug: true, headline: true } });
    for (const mutation of MUTATIONS)
      for (const role of ROLES) {
        const article = stored.find((a) => a.headline === targetHeadline(mutation, role));
        if (!article) throw new Error(`target of ${cell(mutation, role)} not stored`);
        targets.set(cell(mutation, role), { id: article.id, slug: article.slug });
      }
    // Two spellings of one person in each of mergePersons' targets, stored as the writer would store them.
    for (const role of ROLES) {
      const target = targets.get(cell("mergePersons", role))!;
      const [into, from] = await Promise.all(
        [`Benjamin Netanjahu ${role}`, `Benjamin Netanyahu ${role}`].map((name) =>
          api.db.prisma.person.create({
            data: {
              key: name.toLowerCase(),
              name,
              mentions: {
                create: { articleId: target.id, field: "BODY", start: 0, end: name.length, text: name, sentence: name },
              },
            },
            select: { id: true, name: true },
          }),
        ),
      );
      spellings.set(target.id, { into: into!, from: from! });
    }
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("the table names every mutation the server and schema.graphql offer, and no other", async () => {
    const { body } = await api.graphql('{ __type(name: "Mutation") { fields { name } } }');
    const served = body.data.__type.fields.map((f: { name: string }) => f.name).sort();
    expect(served).toEqual([...MUTATIONS].sort());
    const committed = buildSchema(readFileSync(`${ROOT}/schema.graphql`, "utf8")).getMutationType();
    expect(Object.keys(committed?.getFields() ?? {}).sort()).toEqual([...MUTATIONS].sort());
  });

  it("every target starts as ingested: Japan and the USA, politics, no overrides", async () => {
    const { body } = await api.graphql(`{ articles(first: 30) { totalCount edges { node {
      id mentions { country { code } source } topics { code } topicOverride { actor } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.totalCount).toBe(targets.size);
    const byId = new Map(body.data.articles.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]));
    for (const target of targets.values()) {
      expect(byId.get(target.id)).toEqual({
        id: target.id,
        mentions: [
          { country: { code: "JP" }, source: "EXTRACTED" },
          { country: { code: "US" }, source: "EXTRACTED" },
        ],
        topics: [{ code: POLITICS }],
        topicOverride: null,
      });
    }
  });

  for (const mutation of MUTATIONS) {
    describe(mutation, () => {
      for (const role of ROLES) {
        const expected = EXPECTED[mutation][role];
        const title =
          expected === "allowed"
            ? `${role}: allowed, and the change is stored`
            : `${role}: ${expected} (HTTP ${REFUSED_STATUS}), and no row changes`;
        it(title, async () => {
          const target = targets.get(cell(mutation, role))!;
          const before = await snapshot();
          const { status, body } = await cases[mutation].send(target, role);
          if (expected === "allowed") {
            expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
            expect(status).toBe(200);
            await cases[mutation].allowed(body, target, role);
            expect(await snapshot()).not.toEqual(before);
            return;
          }
          expect(status).toBe(REFUSED_STATUS);
          expect(body.data).toEqual({ [mutation]: null });
          expect(body.errors).toHaveLength(1);
          expect(body.errors![0]).toMatchObject({
            message: refusal(mutation, role),
            path: [mutation],
            extensions: { code: expected },
          });
          expect(await snapshot()).toEqual(before);
          // And through the API: the target is as it was ingested.
          const { article } = await read(ArticleSourcesDocument, { id: target.id });
          expect(article).toMatchObject({
            id: target.id,
            mentions: [{ country: { code: "JP" } }, { country: { code: "US" } }],
            topics: [{ code: POLITICS }],
            topicOverride: null,
          });
        });
      }
    });
  }

  // The role is checked before the arguments: a caller without the role learns nothing about which
  // ids, countries or topics exist, and gets the same refusal; a caller with it gets the argument's error.
  describe("the role is checked before the arguments", () => {
    for (const mutation of MUTATIONS) {
      for (const role of ROLES) {
        const expected = EXPECTED[mutation][role];
        const answer = expected === "allowed" ? cases[mutation].invalidCode : expected;
        it(`${mutation}, ${role}, arguments it rejects: ${answer}, and no row changes`, async () => {
          const target = targets.get(cell(mutation, "anonymous"))!; // never changed: anonymous is refused everywhere
          const before = await snapshot();
          const { status, body } = await cases[mutation].invalid(target, role);
          expect(status).toBe(200);
          expect(body.data).toEqual({ [mutation]: null });
          expect(body.errors).toHaveLength(1);
          expect(body.errors![0]).toMatchObject({ path: [mutation], extensions: { code: answer } });
          if (expected !== "allowed") expect(body.errors![0].message).toBe(refusal(mutation, role));
          expect(await snapshot()).toEqual(before);
        });
      }
    }
  });

  // With NEWSROOM_ANONYMOUS_READ=false the whole request of an anonymous caller is refused (HTTP 401);
  // roles are judged as on the default server.
  describe("on a server without anonymous reads", () => {
    let closed: TestServer;
    beforeAll(async () => {
      closed = await startTestServer(db.url, { access: { anonymousRead: false, authFailuresPerMinute: 1000 } });
    });
    afterAll(async () => {
      await closed?.stop();
    });

    for (const mutation of MUTATIONS) {
      it(`${mutation}: anonymous gets HTTP 401 UNAUTHENTICATED, reader a FORBIDDEN field error; no row changes`, async () => {
        const target = targets.get(cell(mutation, "reader"))!; // refused in every table above
        const before = await snapshot();
        const anonymous = await cases[mutation].send(target, "anonymous", closed);
        expect(anonymous.status).toBe(401);
        expect(anonymous.body.data).toBeUndefined();
        expect(anonymous.body.errors).toHaveLength(1);
        expect(anonymous.body.errors![0]).toMatchObject({
          message:
            "this server requires a token for every request (NEWSROOM_ANONYMOUS_READ=false): send Authorization: Bearer <token>",
          extensions: { code: "UNAUTHENTICATED" },
        });
        const reader = await cases[mutation].send(target, "reader", closed);
        expect(reader.status).toBe(200);
        expect(reader.body.data).toEqual({ [mutation]: null });
        expect(reader.body.errors![0]).toMatchObject({
          message: refusal(mutation, "reader"),
          path: [mutation],
          extensions: { code: "FORBIDDEN" },
        });
        expect(await snapshot()).toEqual(before);
      });
    }
  });
});
