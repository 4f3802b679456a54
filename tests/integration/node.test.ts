// Issue 16, item 5: stable identities for client caches (Relay Global Object Identification). Every
// kind a client shows has an id that node(id:)/nodes(ids:) fetch again, and Apollo Client's
// normalised cache works with no typePolicies: one entry per object, shared by every query.
import "reflect-metadata";
import { readdirSync } from "node:fs";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/files.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { MAX_NODE_IDS } from "../../src/limits.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const TEXTS = new URL("../fixtures/heldout-persons/texts/", import.meta.url).pathname;
const FILES = readdirSync(TEXTS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => `${TEXTS}${f}`);

/** One article with every kind of entity the API identifies, each with its id and a field to refetch. */
const ARTICLE_WITH_ENTITIES = `
  query ArticleWithEntities($slug: String!) {
    article(slug: $slug) {
      id slug headline
      authors { id name }
      countries { id code name }
      topics { id code name }
      places { place { id key name } }
      organisations { organisation { id code name } }
      persons { person { id name } }
    }
  }`;

describe("Relay node ids for every kind", () => {
  let db: TestDatabase;
  let api: TestServer;
  // biome-ignore lint/suspicious/noExplicitAny: the articles as the API returned them
  let articles: any[];

  const data = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await api.graphql(query, variables);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedDatabase(api.db.prisma);
    expect((await ingestFiles(api.db.prisma, FILES)).failed).toEqual([]);
    const slugs = (await api.db.prisma.article.findMany({ select: { slug: true } })).map((a) => a.slug);
    articles = await Promise.all(slugs.map(async (slug) => (await data(ARTICLE_WITH_ENTITIES, { slug })).article));
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  /** Every object of an article, with its type name and the id the API gave it. */
  // biome-ignore lint/suspicious/noExplicitAny: the article as the API returned it
  const objectsOf = (article: any): Array<{ type: string; id: string; name: string }> => [
    { type: "Article", id: article.id, name: article.headline },
    ...article.authors.map((a: { id: string; name: string }) => ({ type: "Author", ...a })),
    ...article.countries.map((c: { id: string; name: string }) => ({ type: "Country", ...c })),
    ...article.topics.map((t: { id: string; name: string }) => ({ type: "Topic", ...t })),
    ...article.places.map(({ place }: { place: { id: string; name: string } }) => ({ type: "Place", ...place })),
    ...article.organisations.map(({ organisation }: { organisation: { id: string; name: string } }) => ({
      type: "Organisation",
      ...organisation,
    })),
    ...article.persons.map(({ person }: { person: { id: string; name: string } }) => ({ type: "Person", ...person })),
  ];
  /** Every object of every article, once. */
  const objects = () => [...new Map(articles.flatMap(objectsOf).map((o) => [o.id, o])).values()];

  it("gives every kind an id, unique across all of them", () => {
    const kinds = new Set(objects().map((o) => o.type));
    expect(kinds).toEqual(new Set(["Article", "Author", "Country", "Topic", "Place", "Organisation", "Person"]));
    const ids = objects().map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("node(id:) fetches each object again, as its own type", async () => {
    for (const object of objects()) {
      const { node } = await data(
        `query ($id: ID!) { node(id: $id) { __typename id
           ... on Article { headline } ... on Author { name } ... on Country { name } ... on Topic { name }
           ... on Place { name } ... on Organisation { name } ... on Person { name } } }`,
        { id: object.id },
      );
      expect(node.__typename).toBe(object.type);
      expect(node.id).toBe(object.id);
      expect(node.headline ?? node.name).toBe(object.name);
    }
  });

  it("nodes(ids:) answers in the order asked, null for an unknown id, and refuses more than the limit", async () => {
    const wanted = objects().slice(-(MAX_NODE_IDS - 3)); // the last articles' objects: every kind, mixed
    const unknown = ["00000000-0000-4000-8000-000000000000", "Country:XX", "Topic:medtop:99999999"];
    const { nodes } = await data("query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", {
      ids: [...wanted.map((o) => o.id), ...unknown],
    });
    expect(nodes).toEqual([...wanted.map((o) => ({ __typename: o.type, id: o.id })), null, null, null]);

    const tooMany = await api.graphql("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", {
      ids: Array.from({ length: MAX_NODE_IDS + 1 }, () => articles[0].id),
    });
    expect(tooMany.body.errors?.[0]).toMatchObject({
      message: `ids: at most ${MAX_NODE_IDS} ids, not ${MAX_NODE_IDS + 1}`,
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("names an id that is no id of this API, without echoing more than 100 characters of it", async () => {
    for (const id of ["Spaceship:1", "JP", "Country:", "x".repeat(5000)]) {
      const { body } = await api.graphql("query ($id: ID!) { node(id: $id) { id } }", { id });
      expect(body.errors?.[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0].message).toBe(`id: "${id.slice(0, 100)}" is not an id of this API`);
    }
  });

  it("lets Apollo Client's cache normalise every object without typePolicies, shared across queries", async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: api.server.url, fetch }),
      cache: new InMemoryCache(),
    });
    for (const { slug } of articles) await client.query({ query: gql(ARTICLE_WITH_ENTITIES), variables: { slug } });
    const cached = () => client.cache.extract() as Record<string, Record<string, unknown>>;
    const stored = cached();
    // One normalised entry per object, under the key Apollo derives from __typename and id.
    for (const object of objects()) {
      expect(stored[`${object.type}:${object.id}`], `${object.type} ${object.id}`).toBeDefined();
    }
    // A second query of one country by node id reads and updates the same entry, not a copy.
    const country = objects().find((o) => o.type === "Country")!;
    const refetched = await client.query({
      query: gql`query ($id: ID!) { node(id: $id) { id ... on Country { nameEn } } }`,
      variables: { id: country.id },
    });
    expect((refetched.data as { node: { id: string } }).node.id).toBe(country.id);
    expect(cached()[`Country:${country.id}`]).toMatchObject({ name: country.name, nameEn: expect.any(String) });
    // Every article naming it points at that entry, so all queries see one country.
    const naming = articles.filter((a) => a.countries.some((c: { id: string }) => c.id === country.id));
    for (const { id } of naming) {
      expect(cached()[`Article:${id}`]?.countries).toContainEqual({ __ref: `Country:${country.id}` });
    }
  });
});
