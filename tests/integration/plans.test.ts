import "reflect-metadata";
import { type TypedDocumentNode } from "@graphql-typed-document-node/core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedVocabularies } from "../../src/ingest/seed.js";
import {
  PlanAnyNoneDocument,
  PlanCoMentionsDocument,
  PlanEvidenceDocument,
  PlanFacetsDocument,
  PlanFlagshipDocument,
  PlanSearchDocument,
} from "../generated/operations.js";
import { generateCorpus } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// The SQL each main read operation sends, as a snapshot per operation (a changed statement or plan
// shape is a visible diff in tests/integration/__snapshots__/plans/), and the plans PostgreSQL makes
// of those statements on a corpus large enough for its choices to mean something: none may read
// article, mention or mention_occurrence whole.

const ARTICLES = 6000;
/** Tables the read path must never scan whole. */
const NEVER_SCANNED = ["article", "mention", "mention_occurrence"];
/** The session settings the app's pool uses (src/db/client.ts), so EXPLAIN plans as the app does. */
const SESSION_OPTIONS = "-c jit=off -c max_parallel_workers_per_gather=0";

interface Statement {
  text: string;
  values: unknown[];
}

/** One statement on one line: whitespace collapsed (outside string literals; a newline in one shows as \n). */
const normalise = (text: string) =>
  text
    .replace(/('(?:[^']|'')*')|\s+/g, (_match, literal?: string) => (literal ? literal.replace(/\r?\n/g, "\\n") : " "))
    .trim();

/**
 * A statement for its snapshot: normalised, lists of placeholders (`IN ($1,$2,$3)`, as long as the page
 * or batch) shortened to their first, and a line break before each clause so a diff shows what changed.
 */
const formatted = (text: string) =>
  normalise(text)
    .replace(/\((\$\d+)(?:, ?\$\d+)+\)/g, (_, first: string) => `(${first}, …)`)
    .replace(
      / (?=(?:LEFT JOIN|CROSS JOIN|FROM|WHERE|GROUP BY|ORDER BY|LIMIT|UNION ALL)\b)|(?<!\b(?:LEFT|CROSS)) (?=JOIN\b)/g,
      "\n  ",
    );

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Alias?: string;
  Plans?: PlanNode[];
}
function* nodes(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodes(child);
}
/** "Seq Scan on article a", "Index Scan on mention (mention_article_id_country_code_key)", ... */
const describeNode = (n: PlanNode) =>
  `${n["Node Type"]}${n["Relation Name"] ? ` on ${n["Relation Name"]}${n.Alias && n.Alias !== n["Relation Name"] ? ` ${n.Alias}` : ""}` : ""}${n["Index Name"] ? ` (${n["Index Name"]})` : ""}`;

describe("SQL and plans of the main read operations", () => {
  let db: TestDatabase;
  let api: TestServer;
  let sql: pg.Client;
  let recording: Statement[] | null = null;
  const originalQuery = pg.Client.prototype.query;
  /** Operation name -> the statements it sent, in the order they were sent. */
  const captured = new Map<string, Statement[]>();

  async function capture<R, V extends Record<string, unknown>>(
    name: string,
    document: TypedDocumentNode<R, V>,
    variables?: V,
  ): Promise<R> {
    recording = [];
    try {
      const data = await api.execute(document, variables);
      captured.set(name, recording);
      return data;
    } finally {
      recording = null;
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    sql = new pg.Client({ connectionString: db.url, options: SESSION_OPTIONS });
    await sql.connect();
    await generateCorpus(sql, ARTICLES);
    await sql.query("ANALYZE");

    // Every statement passes pg.Client.prototype.query (pool.query hands it on to a client), as text
    // or as a config object ({ text, values }, what Prisma's driver adapter sends).
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
      if (recording) {
        recording.push(
          typeof first === "string"
            ? { text: first, values: Array.isArray(second) ? second : [] }
            : { text: first.text, values: first.values ?? [] },
        );
      }
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof originalQuery;

    await api.execute(PlanCoMentionsDocument); // warm up: connections open, nothing lazy left
    const flagship = await capture("flagship", PlanFlagshipDocument);
    expect(flagship.articles.edges).toHaveLength(20);
    expect(flagship.articles.pageInfo.hasNextPage).toBe(true);
    await capture("flagship-after", PlanFlagshipDocument, { after: flagship.articles.pageInfo.endCursor! });
    const anyNone = await capture("any-none", PlanAnyNoneDocument);
    expect(anyNone.articles.totalCount).toBeGreaterThan(20);
    const coMentions = await capture("co-mentions", PlanCoMentionsDocument);
    expect(coMentions.country!.coMentions).toHaveLength(10);
    const search = await capture("search", PlanSearchDocument);
    expect(search.search.totalCount).toBeGreaterThan(20);
    expect(search.search.edges[0]!.highlight).toContain("<mark>");
    const facets = await capture("facets", PlanFacetsDocument);
    expect(facets.articleFacets.countries).toHaveLength(10);
    expect(facets.articleFacets.authors).toHaveLength(10);
    const evidence = await capture("evidence", PlanEvidenceDocument);
    expect(evidence.articles.edges.every((e) => e.node.mentions.every((m) => m.occurrences.length === m.count))).toBe(
      true,
    );
  });
  afterAll(async () => {
    pg.Client.prototype.query = originalQuery;
    await sql?.end();
    await api?.stop();
    await db?.drop();
  });

  const OPERATIONS = [
    [
      "flagship",
      "articles(filter: {countries: {all: [JP, US]}}, first: 20) with authors, countries, topics, totalCount",
    ],
    ["flagship-after", "the same page after a cursor"],
    ["any-none", "articles(filter: {countries: {any: [DE, FR], none: [US]}}) with totalCount"],
    ["co-mentions", 'country(code: "JP") { coMentions(first: 10) }'],
    [
      "search",
      'search(query: "Sicherheitspartnerschaft", orderBy: PUBLISHED_DESC, first: 20) with highlight and totalCount',
    ],
    ["facets", "articleFacets(filter: {countries: {all: [JP, US]}})"],
    ["evidence", "the flagship page with mentions, occurrences and related articles"],
  ] as const;

  describe("SQL snapshots (a changed statement is a visible diff; parameters are left out)", () => {
    it.each(OPERATIONS)("%s: %s", async (name) => {
      const statements = captured.get(name)!;
      expect(statements.length).toBeGreaterThan(0);
      // Statements sent concurrently (Promise.all, DataLoaders) arrive in no fixed order: sorted.
      const text = statements.map((s) => formatted(s.text)).sort();
      await expect(`-- ${name}: ${text.length} statements\n\n${text.join(";\n\n")};\n`).toMatchFileSnapshot(
        `./__snapshots__/plans/${name}.sql`,
      );
    });
  });

  /** A captured parameter as an SQL literal (untyped: PostgreSQL casts it to the parameter's type). */
  function literal(value: unknown): string {
    if (value === null || value === undefined) return "NULL";
    if (Array.isArray(value))
      return sql.escapeLiteral(
        `{${value.map((v) => (v === null ? "NULL" : `"${String(v).replace(/[\\"]/g, "\\$&")}"`)).join(",")}}`,
      );
    if (value instanceof Date) return sql.escapeLiteral(value.toISOString());
    if (typeof value === "object") return sql.escapeLiteral(JSON.stringify(value));
    return sql.escapeLiteral(String(value));
  }

  /**
   * The plans of a statement: the custom plan for its captured parameters (what an unnamed statement
   * gets), and the generic plan (what a prepared statement may switch to after five executions; the
   * app names its statements, src/db/client.ts).
   */
  async function plansOf(statement: Statement): Promise<Record<"custom" | "generic", PlanNode>> {
    const custom = await sql.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
    await sql.query("SET plan_cache_mode = force_generic_plan");
    await sql.query(`PREPARE plan_check AS ${statement.text}`);
    try {
      const args = statement.values.length ? `(${statement.values.map(literal).join(", ")})` : "";
      const generic = await sql.query(`EXPLAIN (FORMAT JSON) EXECUTE plan_check${args}`);
      return { custom: custom.rows[0]["QUERY PLAN"][0].Plan, generic: generic.rows[0]["QUERY PLAN"][0].Plan };
    } finally {
      await sql.query("DEALLOCATE plan_check");
      await sql.query("RESET plan_cache_mode");
    }
  }

  describe(`plans on ${ARTICLES} generated articles after ANALYZE: no sequential scan of ${NEVER_SCANNED.join(", ")}`, () => {
    it.each(OPERATIONS)("%s: %s (custom and generic plans)", async (name) => {
      const statements = captured.get(name)!.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.text));
      expect(statements.length).toBeGreaterThan(0);
      const offending: string[] = [];
      for (const statement of statements) {
        for (const [kind, plan] of Object.entries(await plansOf(statement))) {
          const all = [...nodes(plan)];
          const summary = `${kind} plan: ${all.map(describeNode).join(" > ")}`;
          if (process.env.PLANS_VERBOSE)
            console.log(`${name}: ${normalise(statement.text).slice(0, 100)}…\n  ${summary}`);
          if (all.some((n) => n["Node Type"] === "Seq Scan" && NEVER_SCANNED.includes(n["Relation Name"] ?? ""))) {
            offending.push(`${normalise(statement.text)}\n  ${summary}`);
          }
        }
      }
      expect(offending, offending.join("\n\n")).toEqual([]);
    });
  });

  it("counts country filters summed from intersections exactly as counting the normalized mentions", async () => {
    const pick = ["US", "JP", "DE", "FR", "CN", "GB"];
    const combos: Array<{ all: string[]; any: string[]; none: string[] }> = [];
    for (let i = 0; i < 24; i++) {
      const take = (n: number, offset: number) =>
        Array.from({ length: n }, (_, k) => pick[(i * 7 + offset + k * 5) % 6]!);
      combos.push({ all: take(i % 3, 1), any: take((i >> 1) % 3, 2), none: take((i >> 2) % 3, 3) });
    }
    for (const countries of combos) {
      const { body } = await api.graphql(
        `query ($c: EntityFilter) { articles(filter: { countries: $c }) { totalCount } }`,
        {
          c: countries,
        },
      );
      const expected = await sql.query(
        `SELECT count(*)::int AS n FROM article a WHERE
           (SELECT count(DISTINCT country_code) FROM mention m WHERE m.article_id = a.id AND m.country_code = ANY($1::bpchar[]))
             = cardinality(ARRAY(SELECT DISTINCT unnest($1::text[])))
           AND (cardinality($2::text[]) = 0 OR EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.country_code = ANY($2::bpchar[])))
           AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.article_id = a.id AND m.country_code = ANY($3::bpchar[]))`,
        [countries.all, countries.any, countries.none],
      );
      expect(body.data?.articles.totalCount, JSON.stringify(countries)).toBe(expected.rows[0].n);
    }
  });
});
