// Documents a client sends again and again run as compiled plans (src/execution.ts). A compiled plan
// must answer exactly as graphql-js does: the same data, errors, paths and status, for every kind of
// field (lists, interfaces, nullable errors, variables, custom scalars), and refused variables alike.
import "reflect-metadata";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/files.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { COMPILE_AFTER_RUNS } from "../../src/limits.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const TEXTS = new URL("../fixtures/heldout-persons/texts/", import.meta.url).pathname;
const FILES = readdirSync(TEXTS)
  .filter((f) => f.endsWith(".txt"))
  .slice(0, 12)
  .map((f) => `${TEXTS}${f}`);

const PAGE = `totalCount edges { cursor node { id slug headline publishedAt authors { name }
  countries { code name } topics { code name } } } pageInfo { hasNextPage endCursor }`;

/** Operations of every shape the read path serves, with variables; `vars` may read the seeded data. */
const OPERATIONS: Array<{ name: string; query: string; variables?: (seed: Seed) => Record<string, unknown> }> = [
  {
    name: "a filtered page with its relations",
    query: `query Page($first: Int!) { articles(first: $first, filter: { countries: { any: ["DE", "US"] } }) { ${PAGE} } }`,
    variables: () => ({ first: 5 }),
  },
  {
    name: "a page after a cursor, with a date filter (a custom scalar in a variable)",
    query: `query After($after: String, $since: DateTimeISO) {
      articles(first: 3, after: $after, filter: { publishedAfter: $since }) { ${PAGE} } }`,
    variables: (seed) => ({ after: seed.cursor, since: "2000-01-01T00:00:00.000Z" }),
  },
  {
    name: "search with scores and highlights",
    query: `query Search($q: String!) { search(query: $q, first: 5) { totalCount
      edges { score highlight node { slug } } } }`,
    variables: () => ({ q: "Regierung" }),
  },
  {
    name: "facets",
    query: `{ articleFacets(first: 5) { totalCount countries { country { code } count }
      topics { topic { code } count } persons { person { name } count } } }`,
  },
  {
    name: "an article's evidence: interfaces (TextSpan) and nested lists",
    query: `query Evidence($slug: String!) { article(slug: $slug) { headline
      mentions { count country { code } occurrences { field start end sentence } }
      places { __typename name field start end place { key name } }
      persons { count roles person { name } country { code } mentions { __typename field start role } }
      quotes { __typename text speaker { name } sentence } } }`,
    variables: (seed) => ({ slug: seed.slug }),
  },
  {
    name: "a person, their quotes and co-mentions",
    query: `query Person($name: String!) { person(name: $name) { id name articleCount
      quotes(first: 3) { text sentence }
      coMentions(first: 3) { persons { person { name } count } countries { country { code } count } } } }`,
    variables: (seed) => ({ name: seed.person }),
  },
  {
    name: "nodes by id: the Node interface over several kinds",
    query: `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id
      ... on Article { slug } ... on Person { name } ... on Country { code } } }`,
    variables: (seed) => ({ ids: seed.nodeIds }),
  },
  {
    name: "an error in one field beside data (a refused argument)",
    query: `{ countries { code } articles(orderBy: RELEVANCE, first: 1) { totalCount } }`,
  },
  {
    name: "an id that is not one",
    query: `{ node(id: "not-an-id") { id } }`,
  },
  {
    name: "a refused variable",
    query: "query Bad($n: Int) { articles(first: $n) { totalCount } }",
    variables: () => ({ n: "twenty" }),
  },
  {
    name: "a missing required variable",
    query: "query Missing($slug: String!) { article(slug: $slug) { id } }",
    variables: () => ({}),
  },
];

interface Seed {
  slug: string;
  cursor: string;
  person: string;
  nodeIds: string[];
}

describe("compiled execution", () => {
  let db: TestDatabase;
  let api: TestServer;
  let seed: Seed;

  const executions = async () => {
    const metrics = await (await fetch(api.server.url.replace("/graphql", "/metrics"))).text();
    const count = (executor: string) =>
      Number(
        metrics.match(new RegExp(`newsroom_graphql_executions_total\\{executor="${executor}"\\} (\\d+)`))?.[1] ?? 0,
      );
    return { graphqlJs: count("graphql-js"), compiled: count("compiled") };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedDatabase(api.db.prisma);
    expect((await ingestFiles(api.db.prisma, FILES)).failed).toEqual([]);
    const { body } = await api.graphql(
      `{ articles(first: 2) { edges { cursor node { id slug persons { person { id name } } } } } }`,
    );
    const [first, second] = body.data.articles.edges;
    const person = [first, second].flatMap((e) => e.node.persons)[0].person;
    seed = { slug: second.node.slug, cursor: first.cursor, person: person.name, nodeIds: [first.node.id, person.id] };
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  for (const operation of OPERATIONS) {
    it(`answers as graphql-js does once compiled: ${operation.name}`, async () => {
      const variables = operation.variables?.(seed);
      const before = await executions();
      const answers = [];
      for (let run = 0; run <= COMPILE_AFTER_RUNS; run++) answers.push(await api.graphql(operation.query, variables));
      const after = await executions();

      // The first runs went through graphql-js, the last through the compiled plan (refused variables
      // excepted: graphql-js words their refusal), and every answer is the first one.
      const refused = answers[0]!.status === 400;
      const compiledRuns = COMPILE_AFTER_RUNS + 1 - (COMPILE_AFTER_RUNS - 1); // the 10th and 11th
      expect(after.compiled - before.compiled).toBe(refused ? 0 : compiledRuns);
      for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
      if (!refused) expect(answers[0]!.body.data).toBeDefined();
    });
  }

  it("keeps running a document on graphql-js after it ran once", async () => {
    const before = await executions();
    await api.graphql(`{ topics { code } }`);
    const after = await executions();
    expect(after).toEqual({ graphqlJs: before.graphqlJs + 1, compiled: before.compiled });
  });
});
