import "reflect-metadata";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openServerDatabase, type Database } from "../../src/db/client.js";
import { extractArticle } from "../../src/ingest/extract.js";
import { ingestFiles } from "../../src/ingest/files.js";
import { expandSources } from "../../src/ingest/sources.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { writeArticles } from "../../src/ingest/write.js";
import {
  ReadPathAllCoMentionsDocument,
  ReadPathArticlesDocument,
  ReadPathAuthorArticlesDocument,
  ReadPathCoMentionsAliasedDocument,
  ReadPathCoMentionsDocument,
  ReadPathFacetsDocument,
  ReadPathTopicArticlesDocument,
  type ArticleFilter,
  type ReadPathArticlesQuery,
} from "../generated/operations.js";
import {
  derivedState,
  expectedState,
  rebuiltState,
  sourceText,
  writeSources,
  type DerivedState,
  type SourceSpec,
  type TopicKey,
} from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { tsx } from "../helpers/run.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const TOPIC_CODES: Record<TopicKey, string> = {
  sport: "medtop:15000000",
  politics: "medtop:11000000",
  economy: "medtop:04000000",
};
const slugOfName = (name: string) => name.toLowerCase().replace(/\s+/g, "-");
const codesOf = (spec: SourceSpec) => spec.countries.map((c) => (typeof c === "string" ? c : c[0]));
const files = (specs: Record<string, SourceSpec>) =>
  Object.fromEntries(Object.entries(specs).map(([file, spec]) => [file, sourceText(spec)]));
const pgClient = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

// ---------------------------------------------------------------------------------------------
// 1. The derived tables (article_entity_set, country_pair_count) under every kind of write

/** Eight articles: repeated and shared countries, one without countries, two authors on one. */
// biome-ignore format: one article per line
const WRITE_CORPUS: Record<string, SourceSpec> = {
  "w1.txt": { headline: "Gipfel der Partner", countries: [["JP", 3], ["US", 2], "KR"], topic: "politics", authors: ["Paul Politik"], date: "10.01.2025" },
  "w2.txt": { headline: "Finale in Tokio", countries: ["JP", "CN"], topic: "sport", authors: ["Sara Sport"], date: "10.01.2025" },
  "w3.txt": { headline: "Exporte wachsen", countries: ["DE", "FR", "US"], topic: "economy", authors: ["Otto Ohne", "Mia Misch"], date: "11.01.2025" },
  "w4.txt": { headline: "Derby in Südamerika", countries: ["BR", "AR"], topic: "sport", authors: ["Mia Misch"], date: "12.01.2025" },
  "w5.txt": { headline: "Neues Abkommen", countries: ["JP", "US"], topic: "politics", authors: ["Paul Politik"], date: "13.01.2025" },
  "w6.txt": { headline: "Markt in Indien", countries: ["IN"], topic: "economy", authors: ["Otto Ohne"], date: "14.01.2025" },
  "w7.txt": { headline: "Bilanz ohne Ausland", countries: [], topic: "economy", authors: ["Otto Ohne"], date: "15.01.2025" },
  "w8.txt": { headline: "Dreiergespräch", countries: ["CN", "US", "DE"], topic: "politics", authors: ["Mia Misch"], date: "16.01.2025" },
};

describe("entity sets and pair counters stay equal to a rebuild from the normalized tables, under every write", () => {
  let db: TestDatabase;
  let database: Database;
  let sql: pg.Client;
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase();
    database = await openServerDatabase(db.url);
    await seedVocabularies(database.prisma);
    sql = await pgClient(db.url);
  });
  afterAll(async () => {
    await sql?.end();
    await database?.close();
    await db?.drop();
  });

  /** The derived tables equal both an independent recomputation and the migration's own rebuild. */
  async function expectExact(): Promise<DerivedState> {
    const derived = await derivedState(sql);
    expect(derived).toEqual(await expectedState(sql));
    expect(derived).toEqual(await rebuiltState(sql));
    return derived;
  }
  const setOf = (state: DerivedState, file: string) => state.sets.find((s) => s.id === idOf.get(file));
  const pair = (state: DerivedState, a: string, b: string) => state.pairs.find((p) => p.a === a && p.b === b)?.n ?? 0;
  const authorId = async (slug: string) =>
    (await sql.query("SELECT id::text FROM author WHERE slug = $1", [slug])).rows[0].id as string;

  it("ingesting texts through the writer stores one set per article (countries by count, topics, byline) and exact pair counts", async () => {
    const summary = await ingestFiles(
      database.prisma,
      await expandSources([writeSources(files(WRITE_CORPUS), "entity-sets-")]),
    );
    expect(summary).toMatchObject({ ingested: 8, updated: 0, unchanged: 0, failed: [] });
    for (const row of (await sql.query("SELECT source_name, id::text FROM article")).rows)
      idOf.set(row.source_name, row.id);

    const state = await expectExact();
    expect(state.sets).toHaveLength(8);
    expect(setOf(state, "w1.txt")).toMatchObject({
      countries: ["JP", "US", "KR"],
      topics: [TOPIC_CODES.politics],
      authors: [await authorId("paul-politik")],
    });
    expect(setOf(state, "w3.txt")!.authors).toEqual([await authorId("otto-ohne"), await authorId("mia-misch")]);
    expect(setOf(state, "w7.txt")).toMatchObject({ countries: [], topics: [TOPIC_CODES.economy] });
    expect(pair(state, "JP", "US")).toBe(2); // w1, w5
    expect(pair(state, "US", "JP")).toBe(2);
    expect(pair(state, "US", "US")).toBe(4); // w1, w3, w5, w8
    expect(pair(state, "JP", "KR")).toBe(1);
  });

  it("re-ingesting the same texts changes neither the articles nor the derived tables", async () => {
    const before = await derivedState(sql);
    const summary = await ingestFiles(
      database.prisma,
      await expandSources([writeSources(files(WRITE_CORPUS), "entity-sets-")]),
    );
    expect(summary).toMatchObject({ ingested: 0, updated: 0, unchanged: 8, failed: [] });
    expect(await expectExact()).toEqual(before);
  });

  it("a corrected text (same headline and date, other countries, topic and author) updates the article in place, its set and the pair counts", async () => {
    const before = await derivedState(sql);
    const corrected: SourceSpec = {
      ...WRITE_CORPUS["w5.txt"]!,
      countries: ["FR", "BR"],
      topic: "sport",
      authors: ["Sara Sport"],
    };
    const outcomes = await writeArticles(database.prisma, [extractArticle(sourceText(corrected), "w5.txt")]);
    expect(outcomes).toEqual([expect.objectContaining({ status: "updated", id: idOf.get("w5.txt") })]);

    const after = await expectExact();
    expect(setOf(after, "w5.txt")).toMatchObject({
      countries: ["BR", "FR"],
      topics: [TOPIC_CODES.sport],
      authors: [await authorId("sara-sport")],
    });
    expect(pair(after, "JP", "US")).toBe(pair(before, "JP", "US") - 1);
    expect(pair(after, "BR", "FR")).toBe(pair(before, "BR", "FR") + 1);
    expect(pair(after, "JP", "JP")).toBe(pair(before, "JP", "JP") - 1);
  });

  it("a batch that corrects one article and adds another in one transaction keeps both exact", async () => {
    const corrected: SourceSpec = { ...WRITE_CORPUS["w3.txt"]!, countries: [["IT", 2], "ES"] };
    const added: SourceSpec = {
      headline: "Nachtrag aus Kanada",
      countries: ["CA", "US", "JP"],
      topic: "politics",
      authors: ["Paul Politik"],
      date: "17.01.2025",
    };
    const outcomes = await writeArticles(database.prisma, [
      extractArticle(sourceText(corrected), "w3.txt"),
      extractArticle(sourceText(added), "w9.txt"),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["updated", "ingested"]);
    idOf.set("w9.txt", outcomes[1]!.id);
    const state = await expectExact();
    expect(setOf(state, "w3.txt")!.countries).toEqual(["IT", "ES"]);
    expect(setOf(state, "w9.txt")!.countries).toEqual(["CA", "JP", "US"]);
  });

  it("deleting an article by SQL cascades to its mentions, topics and byline and removes its set and its pairs", async () => {
    const before = await derivedState(sql);
    expect(pair(before, "JP", "KR")).toBe(1); // only w1 names Korea
    await sql.query("DELETE FROM article WHERE id = $1", [idOf.get("w1.txt")]);
    const after = await expectExact();
    expect(setOf(after, "w1.txt")).toBeUndefined();
    expect(pair(after, "JP", "KR")).toBe(0);
    expect(pair(after, "KR", "KR")).toBe(0);
    expect(pair(after, "JP", "US")).toBe(pair(before, "JP", "US") - 1);
  });

  it("changing a mention's count by SQL reorders the countries in the article's set", async () => {
    expect(setOf(await derivedState(sql), "w8.txt")!.countries).toEqual(["CN", "DE", "US"]); // all once: by code
    await sql.query("UPDATE mention SET count = 5 WHERE article_id = $1 AND country_code = 'US'", [idOf.get("w8.txt")]);
    expect(setOf(await expectExact(), "w8.txt")!.countries).toEqual(["US", "CN", "DE"]);
  });

  it("deleting, inserting and re-pointing mentions by SQL move the pair counts with them", async () => {
    await sql.query("DELETE FROM mention WHERE article_id = $1 AND country_code = 'CN'", [idOf.get("w8.txt")]);
    let state = await expectExact();
    expect(setOf(state, "w8.txt")!.countries).toEqual(["US", "DE"]);

    await sql.query(
      "INSERT INTO mention (id, article_id, country_code, count, published_at) SELECT gen_random_uuid(), id, 'JP', 5, published_at FROM article WHERE id = $1",
      [idOf.get("w6.txt")],
    );
    state = await expectExact();
    expect(setOf(state, "w6.txt")!.countries).toEqual(["JP", "IN"]);
    expect(pair(state, "IN", "JP")).toBe(1);

    await sql.query("UPDATE mention SET country_code = 'CA' WHERE article_id = $1 AND country_code = 'CN'", [
      idOf.get("w2.txt"),
    ]);
    state = await expectExact();
    expect(setOf(state, "w2.txt")!.countries).toEqual(["CA", "JP"]);
    expect(pair(state, "CN", "JP")).toBe(0);
  });

  it("topic relevance, a new topic, a deleted author and a new publication date by SQL all reach the sets", async () => {
    const w2 = idOf.get("w2.txt");
    await sql.query(
      "INSERT INTO article_topic (article_id, topic_code, relevance, triggers) VALUES ($1, $2, 0.01, ARRAY['x'])",
      [w2, TOPIC_CODES.politics],
    );
    expect(setOf(await expectExact(), "w2.txt")!.topics).toEqual([TOPIC_CODES.sport, TOPIC_CODES.politics]);
    await sql.query("UPDATE article_topic SET relevance = 5 WHERE article_id = $1 AND topic_code = $2", [
      w2,
      TOPIC_CODES.politics,
    ]);
    expect(setOf(await expectExact(), "w2.txt")!.topics).toEqual([TOPIC_CODES.politics, TOPIC_CODES.sport]);

    await sql.query("DELETE FROM author WHERE slug = 'otto-ohne'"); // cascades to article_author
    const state = await expectExact();
    expect(setOf(state, "w6.txt")!.authors).toEqual([]);

    await sql.query("UPDATE article SET published_at = '2024-12-24T00:00:00Z' WHERE id = $1", [idOf.get("w4.txt")]);
    expect(setOf(await expectExact(), "w4.txt")!.publishedAt).toBe("2024-12-24T00:00:00.000");
  });

  it("one statement that touches many articles (every mention, a range of articles) keeps all of them exact", async () => {
    await sql.query("UPDATE mention SET count = count + (CASE WHEN country_code = 'US' THEN 0 ELSE 10 END)");
    await expectExact();
    const deleted = await sql.query(
      "DELETE FROM article WHERE published_at >= '2025-01-12' AND published_at < '2025-01-16'",
    );
    expect(deleted.rowCount).toBeGreaterThanOrEqual(3);
    await expectExact();
  });

  it("concurrent writer transactions that add articles sharing countries add up in the pair counters", async () => {
    const before = await derivedState(sql);
    const batch = (prefix: string) =>
      Array.from({ length: 10 }, (_, i) =>
        extractArticle(
          sourceText({
            headline: `Parallel ${prefix} ${i}`,
            countries: ["JP", "US", i % 2 ? "CN" : "KR"],
            topic: "politics",
            authors: ["Paul Politik"],
            date: "20.01.2025",
          }),
          `${prefix}${i}.txt`,
        ),
      );
    const results = await Promise.all([
      writeArticles(database.prisma, batch("a")),
      writeArticles(database.prisma, batch("b")),
      writeArticles(database.prisma, batch("c")),
    ]);
    expect(results.flat().every((o) => o.status === "ingested")).toBe(true);
    const after = await expectExact();
    expect(pair(after, "JP", "US")).toBe(pair(before, "JP", "US") + 30);
    expect(pair(after, "CN", "KR")).toBe(pair(before, "CN", "KR"));
  });

  /** Stores articles through the writer (their own, so a test does not depend on the others); returns their ids. */
  async function ingestOwn(specs: Record<string, SourceSpec>): Promise<string[]> {
    const outcomes = await writeArticles(
      database.prisma,
      Object.entries(specs).map(([file, spec]) => extractArticle(sourceText(spec), file)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(Object.keys(specs).map(() => "ingested"));
    for (const [i, o] of outcomes.entries()) idOf.set(Object.keys(specs)[i]!, o.id);
    return outcomes.map((o) => o.id);
  }

  // newsroom_refresh_entity_sets() locks the article's set row in a statement of its own before it
  // computes the fresh set: a transaction that waited for that lock must see what the other committed
  // (computed in the locking statement, the added country would disappear from the set and counters).
  it("two transactions changing one article at once (a mention added, a topic re-weighted) both count", async () => {
    const [article] = await ingestOwn({
      "k1.txt": {
        headline: "Gleichzeitig geändert",
        countries: ["CA", "JP", "US"],
        topic: "politics",
        authors: ["Paul Politik"],
        date: "21.01.2025",
      },
    });
    const [a, b] = [await pgClient(db.url), await pgClient(db.url)];
    try {
      await a.query("BEGIN");
      await a.query(
        "INSERT INTO mention (id, article_id, country_code, count, published_at) SELECT gen_random_uuid(), id, 'KR', 1, published_at FROM article WHERE id = $1",
        [article],
      );
      await b.query("BEGIN");
      const pid = (await b.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
      const waiting = b.query("UPDATE article_topic SET relevance = relevance + 0.5 WHERE article_id = $1", [article]);
      let blocked = false; // b's trigger waits for a's lock on the article's set row
      for (let i = 0; i < 250 && !blocked; i++) {
        const { rows } = await sql.query("SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1", [pid]);
        blocked = rows[0]?.wait_event_type === "Lock";
        if (!blocked) await new Promise((r) => setTimeout(r, 20));
      }
      expect(blocked).toBe(true);
      await a.query("COMMIT");
      await waiting;
      await b.query("COMMIT");
      expect(
        (await sql.query("SELECT count(*)::int AS n FROM mention WHERE article_id = $1", [article])).rows[0].n,
      ).toBe(4);
      const state = await derivedState(sql);
      const correct = await expectedState(sql);
      expect(correct.sets.find((x) => x.id === article)!.countries).toEqual(["CA", "JP", "KR", "US"]);
      expect(state).toEqual(correct);
    } finally {
      await a.end();
      await b.end();
    }
    await expectExact();
  });

  // TRUNCATE fires no row or statement triggers for rows: a TRUNCATE trigger rebuilds the derived tables.
  it("TRUNCATE article CASCADE empties the sets and counters too", async () => {
    await ingestOwn({
      "k2.txt": {
        headline: "Vor dem Leeren",
        countries: ["JP", "US"],
        topic: "politics",
        authors: ["Paul Politik"],
        date: "22.01.2025",
      },
    });
    await sql.query("BEGIN");
    try {
      await sql.query("TRUNCATE article CASCADE");
      expect((await sql.query("SELECT count(*)::int AS n FROM mention")).rows[0].n).toBe(0);
      const correct = await expectedState(sql);
      expect(correct).toEqual({ sets: [], pairs: [], personPairs: [] });
      expect(await derivedState(sql)).toEqual(correct);
    } finally {
      await sql.query("ROLLBACK");
    }
    await expectExact();
  });

  it("places and organisations: kept in the sets through the writer, SQL deletes and updates, and a TRUNCATE", async () => {
    const texts = new URL("../fixtures/heldout-2/texts/", import.meta.url).pathname;
    const summary = await ingestFiles(database.prisma, [
      `${texts}nato-gipfel-den-haag.txt`,
      `${texts}opec-plus.txt`,
      `${texts}sudan-hunger.txt`,
    ]);
    expect(summary.failed).toEqual([]);
    let state = await expectExact();
    expect(state.sets.filter((s) => s.places.length > 0 && s.organisations.length > 0).length).toBeGreaterThanOrEqual(
      2,
    );

    await sql.query(
      `DELETE FROM organisation_mention WHERE id = (SELECT min(id::text)::uuid FROM organisation_mention)`,
    );
    state = await expectExact();
    await sql.query(
      `UPDATE place_mention SET place_key = 'kreml' WHERE id = (SELECT min(id::text)::uuid FROM place_mention)`,
    );
    state = await expectExact();
    expect(state.sets.some((s) => s.places.includes("kreml"))).toBe(true);
    await sql.query("TRUNCATE organisation_mention");
    state = await expectExact();
    expect(state.sets.every((s) => s.organisations.length === 0)).toBe(true);
  });

  it("`newsroom rebuild-sets` (tsx src/cli.ts rebuild-sets) repairs corrupted sets and counters", async () => {
    const [first, second] = await ingestOwn({
      "r1.txt": {
        headline: "Vor der Reparatur",
        countries: ["JP", "US", "IN"],
        topic: "economy",
        authors: ["Otto Ohne"],
        date: "23.01.2025",
      },
      "r2.txt": {
        headline: "Noch vor der Reparatur",
        countries: ["JP", "CN"],
        topic: "sport",
        authors: ["Sara Sport"],
        date: "23.01.2025",
      },
    });
    const exact = await expectExact();
    const articles = exact.sets.length;
    // Corrupt both tables in every way: a missing set, a wrong set, wrong counts, a pair that cannot exist.
    await sql.query("DELETE FROM article_entity_set WHERE article_id = $1", [first]);
    await sql.query(
      "UPDATE article_entity_set SET countries = ARRAY['ZZ'], topics = '{}', authors = '{}' WHERE article_id = $1",
      [second],
    );
    await sql.query("UPDATE country_pair_count SET article_count = article_count + 7 WHERE country_code = 'JP'");
    await sql.query("INSERT INTO country_pair_count (country_code, other_code, article_count) VALUES ('XX', 'YY', 3)");
    expect(await derivedState(sql)).not.toEqual(exact);

    const result = await tsx(["src/cli.ts", "rebuild-sets"], { DATABASE_URL: db.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`entity sets of ${articles} articles and ${exact.pairs.length} country pairs rebuilt in [0-9.]+ s`),
    );
    expect(await expectExact()).toEqual(exact);
    // A rebuild leaves no zero counts behind.
    expect(
      (await sql.query("SELECT count(*)::int AS n FROM country_pair_count WHERE article_count <= 0")).rows[0].n,
    ).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The read path answers filters exactly (and does not ignore them)

/**
 * Japan is named with China only in sport articles and with the USA only in politics (and economy)
 * articles; authors are spread so that the author facet under a topic differs from the whole one;
 * several articles share a date (ties broken by id).
 */
// biome-ignore format: one article per line
const API_CORPUS: Record<string, SourceSpec> = {
  "s1.txt": { headline: "Pokalspiel Eins", countries: ["JP", "CN"], topic: "sport", authors: ["Sara Sport"], date: "10.01.2025" },
  "s2.txt": { headline: "Pokalspiel Zwei", countries: ["JP", "CN"], topic: "sport", authors: ["Sara Sport"], date: "10.01.2025" },
  "s3.txt": { headline: "Asienmeisterschaft", countries: ["JP", "CN", "KR"], topic: "sport", authors: ["Mia Misch"], date: "12.01.2025" },
  "s4.txt": { headline: "Revanche im Finale", countries: [["JP", 2], "CN"], topic: "sport", authors: ["Sara Sport"], date: "01.02.2025" },
  "s5.txt": { headline: "Superclasico", countries: ["BR", "AR"], topic: "sport", authors: ["Mia Misch"], date: "03.02.2025" },
  "s6.txt": { headline: "Rugby in Paris", countries: ["DE", "FR"], topic: "sport", authors: ["Sara Sport"], date: "01.03.2025" },
  "p1.txt": { headline: "Abkommen Eins", countries: ["JP", "US"], topic: "politics", authors: ["Paul Politik"], date: "10.01.2025" },
  "p2.txt": { headline: "Abkommen Zwei", countries: ["JP", "US"], topic: "politics", authors: ["Paul Politik"], date: "15.01.2025" },
  "p3.txt": { headline: "Abkommen Drei", countries: ["JP", "US"], topic: "politics", authors: ["Mia Misch"], date: "15.01.2025" },
  "p4.txt": { headline: "Dreiergipfel", countries: ["JP", "US", "KR"], topic: "politics", authors: ["Paul Politik"], date: "20.02.2025" },
  "p5.txt": { headline: "Achse Berlin Paris", countries: ["DE", "FR"], topic: "politics", authors: ["Paul Politik"], date: "05.03.2025" },
  "p6.txt": { headline: "Transatlantisch", countries: ["DE", "US"], topic: "politics", authors: ["Mia Misch"], date: "06.03.2025" },
  "p7.txt": { headline: "Nachbarn im Gespräch", countries: ["FR", "IT"], topic: "politics", authors: ["Otto Ohne"], date: "01.04.2025" },
  "p8.txt": { headline: "Vierergespräch", countries: [["US", 2], "JP", "DE"], topic: "politics", authors: ["Paul Politik"], date: "02.04.2025" },
  "p9.txt": { headline: "Abkommen Vier", countries: ["JP", "US"], topic: "politics", authors: ["Paul Politik"], date: "15.01.2025" },
  "e1.txt": { headline: "Handel mit Indien", countries: ["JP", "IN"], topic: "economy", authors: ["Otto Ohne"], date: "10.02.2025" },
  "e2.txt": { headline: "Export nach Westen", countries: ["DE", "FR", "US"], topic: "economy", authors: ["Otto Ohne"], date: "11.02.2025" },
  "e3.txt": { headline: "Zollstreit", countries: ["CN", "US"], topic: "economy", authors: ["Mia Misch"], date: "12.02.2025" },
  "e4.txt": { headline: "Lieferketten", countries: ["JP", "US", "IN"], topic: "economy", authors: ["Otto Ohne", "Mia Misch"], date: "10.04.2025" },
  "e5.txt": { headline: "Binnenmarkt", countries: [], topic: "economy", authors: ["Otto Ohne"], date: "11.04.2025" },
};

/** The filters of the tests, evaluated here over the source specs. */
interface SpecFilter {
  all?: string[];
  any?: string[];
  none?: string[];
  topics?: TopicKey[];
  notTopics?: TopicKey[];
  authors?: string[];
  after?: string;
  before?: string;
}

describe("read path over the entity sets and pair counters: exact answers that depend on the filter", () => {
  let db: TestDatabase;
  let api: TestServer;
  let corpus: Record<string, SourceSpec>;
  /** file -> id, slug, publishedAt (ISO); author slug -> id. */
  const stored = new Map<string, { id: string; slug: string; publishedAt: string }>();
  const authorIds = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    const summary = await ingestFiles(
      api.db.prisma,
      await expandSources([writeSources(files(API_CORPUS), "read-path-")]),
    );
    expect(summary).toMatchObject({ ingested: Object.keys(API_CORPUS).length, failed: [] });
    corpus = { ...API_CORPUS };
    await readStored();
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  async function readStored() {
    stored.clear();
    for (const a of await api.db.prisma.article.findMany({
      select: { id: true, slug: true, sourceName: true, publishedAt: true },
    })) {
      stored.set(a.sourceName, { id: a.id, slug: a.slug, publishedAt: a.publishedAt.toISOString() });
    }
    for (const a of await api.db.prisma.author.findMany()) authorIds.set(a.slug, a.id);
  }

  const isoDate = (date: string) => `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}T00:00:00.000Z`;
  function matching(f: SpecFilter): string[] {
    return Object.entries(corpus)
      .filter(([, s]) => {
        const codes = codesOf(s);
        return (
          (f.all ?? []).every((c) => codes.includes(c)) &&
          (!f.any || f.any.some((c) => codes.includes(c))) &&
          !(f.none ?? []).some((c) => codes.includes(c)) &&
          (f.topics ?? []).every((t) => s.topic === t) &&
          !(f.notTopics ?? []).includes(s.topic) &&
          (!f.authors || f.authors.some((a) => s.authors.map(slugOfName).includes(a))) &&
          (!f.after || isoDate(s.date) >= f.after) &&
          (!f.before || isoDate(s.date) <= f.before)
        );
      })
      .map(([file]) => file);
  }
  /** Slugs of the matching articles, newest first, ties by id descending. */
  function newestFirst(f: SpecFilter): string[] {
    return matching(f)
      .map((file) => stored.get(file)!)
      .sort((x, y) =>
        x.publishedAt !== y.publishedAt ? (x.publishedAt < y.publishedAt ? 1 : -1) : x.id < y.id ? 1 : -1,
      )
      .map((a) => a.slug);
  }
  /** [key, count] most frequent first, ties by key (as text), at most `first`. */
  function ranked(keys: string[], first: number): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, first);
  }
  const coMentions = (code: string, f: SpecFilter, first: number) =>
    ranked(
      matching({ ...f, all: [...(f.all ?? []), code] }).flatMap((file) =>
        codesOf(corpus[file]!).filter((c) => c !== code),
      ),
      first,
    ).map(([c, n]) => ({ articleCount: n, country: { code: c } }));
  function facets(f: SpecFilter, first: number) {
    const files = matching(f).map((file) => corpus[file]!);
    const slugOfId = new Map([...authorIds].map(([slug, id]) => [id, slug]));
    return {
      totalCount: files.length,
      countries: ranked(files.flatMap(codesOf), first).map(([code, count]) => ({ count, country: { code } })),
      topics: ranked(
        files.map((s) => TOPIC_CODES[s.topic]),
        first,
      ).map(([code, count]) => ({ count, topic: { code } })),
      authors: ranked(
        files.flatMap((s) => s.authors.map((a) => authorIds.get(slugOfName(a))!)),
        first,
      ).map(([id, count]) => ({
        count,
        author: { slug: slugOfId.get(id)! },
      })),
    };
  }
  const topicFilter = (...topics: TopicKey[]): ArticleFilter => ({
    topics: { all: topics.map((t) => TOPIC_CODES[t]) },
  });

  it("stores exactly the countries, topic and byline each text names (the premise of every expectation below)", async () => {
    const rows = await api.db.prisma.$queryRaw<
      Array<{ source: string; countries: string[]; topics: string[]; authors: string[] }>
    >`
      SELECT a.source_name AS source,
        ARRAY(SELECT m.country_code::text FROM mention m WHERE m.article_id = a.id ORDER BY 1) AS countries,
        ARRAY(SELECT t.topic_code FROM article_topic t WHERE t.article_id = a.id ORDER BY 1) AS topics,
        ARRAY(SELECT w.name FROM article_author x JOIN author w ON w.id = x.author_id WHERE x.article_id = a.id ORDER BY x.position) AS authors
      FROM article a ORDER BY 1`;
    expect(rows).toEqual(
      Object.entries(corpus)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([source, s]) => ({
          source,
          countries: [...codesOf(s)].sort(),
          topics: [TOPIC_CODES[s.topic]],
          authors: s.authors,
        })),
    );
  });

  it("country(JP).coMentions counts only the articles matching its filter: China in sport, the USA in politics", async () => {
    const unfiltered = await api.execute(ReadPathCoMentionsDocument, { code: "JP", first: 5 });
    expect(unfiltered.country!.articleCount).toBe(12);
    expect(unfiltered.country!.coMentions).toEqual([
      { articleCount: 7, country: { code: "US" } },
      { articleCount: 4, country: { code: "CN" } },
      { articleCount: 2, country: { code: "IN" } },
      { articleCount: 2, country: { code: "KR" } },
      { articleCount: 1, country: { code: "DE" } },
    ]);
    expect(unfiltered.country!.coMentions).toEqual(coMentions("JP", {}, 5));

    const sport = await api.execute(ReadPathCoMentionsDocument, {
      code: "JP",
      first: 5,
      filter: { topics: { all: ["Sport"] } },
    });
    expect(sport.country!.coMentions).toEqual([
      { articleCount: 4, country: { code: "CN" } },
      { articleCount: 1, country: { code: "KR" } },
    ]);
    expect(sport.country!.coMentions).toEqual(coMentions("JP", { topics: ["sport"] }, 5));
    expect(sport.country!.articleCount).toBe(12); // articleCount is the country's own, unfiltered

    const politics = await api.execute(ReadPathCoMentionsDocument, {
      code: "JP",
      first: 5,
      filter: topicFilter("politics"),
    });
    expect(politics.country!.coMentions).toEqual([
      { articleCount: 6, country: { code: "US" } },
      { articleCount: 1, country: { code: "DE" } },
      { articleCount: 1, country: { code: "KR" } },
    ]);
    const small = await api.execute(ReadPathCoMentionsDocument, { code: "JP", first: 2 });
    expect(small.country!.coMentions).toEqual(coMentions("JP", {}, 2));
  });

  it("coMentions under other filters (author, date range, none-of, any-of, full text) count only the matching articles", async () => {
    const cases: Array<[ArticleFilter, SpecFilter]> = [
      [{ authors: ["mia-misch"] }, { authors: ["mia-misch"] }],
      [
        { publishedAfter: "2025-01-11T00:00:00Z", publishedBefore: "2025-02-28T00:00:00Z" },
        { after: "2025-01-11T00:00:00.000Z", before: "2025-02-28T00:00:00.000Z" },
      ],
      [{ countries: { none: ["CN"] } }, { none: ["CN"] }],
      [{ countries: { any: ["KR", "IN"] } }, { any: ["KR", "IN"] }],
    ];
    for (const [filter, spec] of cases) {
      const { country } = await api.execute(ReadPathCoMentionsDocument, { code: "JP", first: 10, filter });
      expect(country!.coMentions, JSON.stringify(filter)).toEqual(coMentions("JP", spec, 10));
    }
    // Full text: the politics sentence ("Abkommen") is in the politics articles only.
    const text = await api.execute(ReadPathCoMentionsDocument, { code: "JP", first: 10, filter: { text: "Abkommen" } });
    expect(text.country!.coMentions).toEqual(coMentions("JP", { topics: ["politics"] }, 10));
  });

  it("coMentions of one country under two filters and none in one request get three different answers", async () => {
    const { country } = await api.execute(ReadPathCoMentionsAliasedDocument, {
      code: "JP",
      first: 5,
      a: topicFilter("sport"),
      b: topicFilter("politics"),
    });
    expect(country!.unfiltered).toEqual(coMentions("JP", {}, 5));
    expect(country!.a).toEqual(coMentions("JP", { topics: ["sport"] }, 5));
    expect(country!.b).toEqual(coMentions("JP", { topics: ["politics"] }, 5));
  });

  it("coMentions of every mentioned country, batched in one request, each count only the filtered articles", async () => {
    const all = await api.execute(ReadPathAllCoMentionsDocument, { first: 3 });
    const sport = await api.execute(ReadPathAllCoMentionsDocument, { first: 3, filter: topicFilter("sport") });
    const mentioned = [...new Set(Object.values(corpus).flatMap(codesOf))].sort();
    expect(all.countries.map((c) => c.code)).toEqual(mentioned);
    for (const c of all.countries) {
      expect(c.articleCount, c.code).toBe(matching({ all: [c.code] }).length);
      expect(c.coMentions, c.code).toEqual(coMentions(c.code, {}, 3));
    }
    for (const c of sport.countries) expect(c.coMentions, c.code).toEqual(coMentions(c.code, { topics: ["sport"] }, 3));
    expect(sport.countries.find((c) => c.code === "US")!.coMentions).toEqual([]);
  });

  it("articleFacets counts countries, topics and authors over the filtered articles only", async () => {
    const whole = await api.execute(ReadPathFacetsDocument, { first: 20 });
    expect(whole.articleFacets).toEqual(facets({}, 20));
    expect(whole.articleFacets.topics).toEqual([
      { count: 9, topic: { code: TOPIC_CODES.politics } },
      { count: 6, topic: { code: TOPIC_CODES.sport } },
      { count: 5, topic: { code: TOPIC_CODES.economy } },
    ]);

    const sport = await api.execute(ReadPathFacetsDocument, { first: 20, filter: topicFilter("sport") });
    expect(sport.articleFacets).toEqual(facets({ topics: ["sport"] }, 20));
    expect(sport.articleFacets.authors).toEqual([
      { count: 4, author: { slug: "sara-sport" } },
      { count: 2, author: { slug: "mia-misch" } },
    ]);
    expect(sport.articleFacets.topics).toEqual([{ count: 6, topic: { code: TOPIC_CODES.sport } }]);
    expect(sport.articleFacets.authors).not.toEqual(whole.articleFacets.authors);

    const japan = await api.execute(ReadPathFacetsDocument, { filter: { countries: { all: ["Japan"] } } });
    expect(japan.articleFacets).toEqual(facets({ all: ["JP"] }, 10));
    expect(japan.articleFacets.topics).toEqual([
      { count: 6, topic: { code: TOPIC_CODES.politics } },
      { count: 4, topic: { code: TOPIC_CODES.sport } },
      { count: 2, topic: { code: TOPIC_CODES.economy } },
    ]);

    const cases: Array<[ArticleFilter, SpecFilter, number]> = [
      [{ countries: { all: ["JP", "US"] } }, { all: ["JP", "US"] }, 10],
      [{ countries: { any: ["DE", "FR"], none: ["US"] } }, { any: ["DE", "FR"], none: ["US"] }, 10],
      [
        { authors: ["Paul Politik", "Sara Sport"], topics: { none: ["Politik"] } },
        { authors: ["paul-politik", "sara-sport"], notTopics: ["politics"] },
        10,
      ],
      [
        { countries: { all: ["JP"] }, publishedBefore: "2025-01-15T00:00:00Z" },
        { all: ["JP"], before: "2025-01-15T00:00:00.000Z" },
        2,
      ],
    ];
    for (const [filter, spec, first] of cases) {
      const { articleFacets } = await api.execute(ReadPathFacetsDocument, { filter, first });
      expect(articleFacets, JSON.stringify(filter)).toEqual(facets(spec, first));
      expect(articleFacets.totalCount, JSON.stringify(filter)).toBeGreaterThan(0);
    }
  });

  it("totalCount is exact for all-of (pair counters), any-of, none-of, three countries, topics, authors and date ranges", async () => {
    const cases: Array<[ArticleFilter, SpecFilter]> = [
      [{}, {}],
      [{ countries: { all: ["JP"] } }, { all: ["JP"] }],
      [{ countries: { all: ["JP", "US"] } }, { all: ["JP", "US"] }],
      [{ countries: { all: ["Vereinigte Staaten", "japan"] } }, { all: ["JP", "US"] }],
      [{ countries: { all: ["JP", "CN"] } }, { all: ["JP", "CN"] }],
      [{ countries: { all: ["JP", "JP"] } }, { all: ["JP"] }],
      [{ countries: { all: ["KR", "IN"] } }, { all: ["KR", "IN"] }],
      [{ countries: { all: ["JP", "US", "KR"] } }, { all: ["JP", "US", "KR"] }],
      [{ countries: { all: ["JP", "CN", "KR"] } }, { all: ["JP", "CN", "KR"] }],
      [{ countries: { any: ["DE", "FR"] } }, { any: ["DE", "FR"] }],
      [{ countries: { any: ["DE", "FR"], none: ["US"] } }, { any: ["DE", "FR"], none: ["US"] }],
      [{ countries: { none: ["US"] } }, { none: ["US"] }],
      [{ countries: { all: ["JP"], none: ["US", "CN"] } }, { all: ["JP"], none: ["US", "CN"] }],
      [
        { countries: { all: ["JP"] }, topics: { all: ["Sport"] } },
        { all: ["JP"], topics: ["sport"] },
      ],
      [
        { countries: { all: ["JP", "US"] }, topics: { all: ["medtop:04000000"] } },
        { all: ["JP", "US"], topics: ["economy"] },
      ],
      [
        { countries: { all: ["JP"] }, authors: ["paul-politik"] },
        { all: ["JP"], authors: ["paul-politik"] },
      ],
      [
        { countries: { all: ["JP", "US"] }, authors: ["Mia Misch", "Otto Ohne"] },
        { all: ["JP", "US"], authors: ["mia-misch", "otto-ohne"] },
      ],
      [
        {
          countries: { all: ["JP", "US"] },
          publishedAfter: "2025-01-01T00:00:00Z",
          publishedBefore: "2025-01-15T00:00:00Z",
        },
        { all: ["JP", "US"], after: "2025-01-01T00:00:00.000Z", before: "2025-01-15T00:00:00.000Z" },
      ],
      [
        { publishedAfter: "2025-01-15T00:00:00Z", publishedBefore: "2025-01-15T00:00:00Z" },
        { after: "2025-01-15T00:00:00.000Z", before: "2025-01-15T00:00:00.000Z" },
      ],
      [
        { countries: { all: ["AR"] }, topics: { all: ["Politik"] } },
        { all: ["AR"], topics: ["politics"] },
      ],
    ];
    for (const [filter, spec] of cases) {
      const { articles } = await api.execute(ReadPathArticlesDocument, { filter, first: 100 });
      const expected = newestFirst(spec);
      expect(articles.totalCount, JSON.stringify(filter)).toBe(expected.length);
      expect(
        articles.edges.map((e) => e.node.slug),
        JSON.stringify(filter),
      ).toEqual(expected);
    }
    // The cases above are not degenerate: the two-country counts differ from each other and from the whole.
    expect(
      new Set([
        newestFirst({}).length,
        newestFirst({ all: ["JP"] }).length,
        newestFirst({ all: ["JP", "US"] }).length,
        newestFirst({ all: ["JP", "US", "KR"] }).length,
      ]).size,
    ).toBe(4);
  });

  it("topic(...).articles and author(...).articles apply their own filter on top of the topic or author", async () => {
    const topic = await api.execute(ReadPathTopicArticlesDocument, {
      code: "Sport",
      filter: { countries: { all: ["JP"] } },
    });
    expect(topic.topic!.articleCount).toBe(matching({ topics: ["sport"] }).length);
    expect(topic.topic!.articles.totalCount).toBe(4);
    expect(topic.topic!.articles.edges.map((e) => e.node.slug)).toEqual(
      newestFirst({ topics: ["sport"], all: ["JP"] }),
    );
    const author = await api.execute(ReadPathAuthorArticlesDocument, {
      slug: "mia-misch",
      filter: { countries: { all: ["US"] } },
    });
    expect(author.author!.articleCount).toBe(matching({ authors: ["mia-misch"] }).length);
    expect(author.author!.articles.edges.map((e) => e.node.slug)).toEqual(
      newestFirst({ authors: ["mia-misch"], all: ["US"] }),
    );
    expect(author.author!.articles.totalCount).toBe(4);
  });

  async function pageThrough(filter: ArticleFilter, size: number) {
    const forward: string[] = [];
    let after: string | undefined;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(20);
      const { articles }: ReadPathArticlesQuery = await api.execute(ReadPathArticlesDocument, {
        filter,
        first: size,
        after,
      });
      expect(articles.edges.length).toBeLessThanOrEqual(size);
      forward.push(...articles.edges.map((e) => e.node.slug));
      expect(articles.pageInfo.hasPreviousPage).toBe(after != null);
      if (!articles.pageInfo.hasNextPage) break;
      expect(articles.edges).toHaveLength(size);
      after = articles.pageInfo.endCursor!;
    }
    const backward: string[] = [];
    let before: string | undefined;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(20);
      const { articles }: ReadPathArticlesQuery = await api.execute(ReadPathArticlesDocument, {
        filter,
        last: size,
        before,
      });
      backward.unshift(...articles.edges.map((e) => e.node.slug));
      if (!articles.pageInfo.hasPreviousPage) break;
      before = articles.pageInfo.startCursor!;
    }
    const ascending: string[] = [];
    after = undefined;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(20);
      const { articles }: ReadPathArticlesQuery = await api.execute(ReadPathArticlesDocument, {
        filter,
        orderBy: "PUBLISHED_ASC",
        first: size,
        after,
      });
      ascending.push(...articles.edges.map((e) => e.node.slug));
      if (!articles.pageInfo.hasNextPage) break;
      after = articles.pageInfo.endCursor!;
    }
    return { forward, backward, ascending };
  }

  it("pages forward and backward with cursors over an all-of filter: every matching article exactly once, in order (ties on a date by id)", async () => {
    const expected = newestFirst({ all: ["JP", "US"] });
    expect(expected).toHaveLength(7);
    const sameDay = matching({ all: ["JP", "US"] }).filter((f) => corpus[f]!.date === "15.01.2025");
    expect(sameDay).toHaveLength(3);
    for (const size of [1, 2, 3]) {
      const { forward, backward, ascending } = await pageThrough({ countries: { all: ["JP", "US"] } }, size);
      expect(forward, `first: ${size}`).toEqual(expected);
      expect(backward, `last: ${size}`).toEqual(expected);
      expect(ascending, `PUBLISHED_ASC first: ${size}`).toEqual([...expected].reverse());
    }
    const japanChinaSport = await pageThrough({ countries: { all: ["JP", "CN"] }, topics: { all: ["Sport"] } }, 3);
    expect(japanChinaSport.forward).toEqual(newestFirst({ all: ["JP", "CN"], topics: ["sport"] }));
    expect(japanChinaSport.backward).toEqual(japanChinaSport.forward);
  });

  it("answers follow writes: after a correction and a deletion the counts, co-mentions and facets change accordingly", async () => {
    // s4 (JP ×2, CN, sport) now names Spain instead of Japan; p9 (JP, US) is deleted by SQL.
    const corrected: SourceSpec = { ...API_CORPUS["s4.txt"]!, countries: ["ES", "CN"] };
    const [outcome] = await writeArticles(api.db.prisma, [extractArticle(sourceText(corrected), "s4.txt")]);
    expect(outcome!.status).toBe("updated");
    await api.db.prisma.$executeRaw`DELETE FROM article WHERE source_name = 'p9.txt'`;
    corpus = { ...API_CORPUS, "s4.txt": corrected };
    delete corpus["p9.txt"];
    await readStored();

    const japan = await api.execute(ReadPathCoMentionsDocument, { code: "JP", first: 5 });
    expect(japan.country!.articleCount).toBe(10);
    expect(japan.country!.coMentions).toEqual(coMentions("JP", {}, 5));
    expect(japan.country!.coMentions.slice(0, 2)).toEqual([
      { articleCount: 6, country: { code: "US" } },
      { articleCount: 3, country: { code: "CN" } },
    ]);
    const sport = await api.execute(ReadPathCoMentionsDocument, { code: "JP", first: 5, filter: topicFilter("sport") });
    expect(sport.country!.coMentions).toEqual(coMentions("JP", { topics: ["sport"] }, 5));
    const both = await api.execute(ReadPathArticlesDocument, {
      filter: { countries: { all: ["JP", "US"] } },
      first: 100,
    });
    expect(both.articles.totalCount).toBe(6);
    expect(both.articles.edges.map((e) => e.node.slug)).toEqual(newestFirst({ all: ["JP", "US"] }));
    const facetsNow = await api.execute(ReadPathFacetsDocument, { first: 20, filter: topicFilter("sport") });
    expect(facetsNow.articleFacets).toEqual(facets({ topics: ["sport"] }, 20));
  });
});
