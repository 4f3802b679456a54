// Test corpora for the read path: source texts in the newsroom format (for the real writer), the
// derived tables as comparable values, and a quick set-based generator of a large synthetic corpus.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type pg from "pg";

/** What the tests need of a database connection (a pg.Client: one connection, so BEGIN/ROLLBACK work). */
export type Sql = Pick<pg.ClientBase, "query">;

// ---------------------------------------------------------------------------------------------
// Source texts

/** Sentences that make the topic classifier (src/ingest/topics.ts) pick one topic, and no other. */
export const TOPIC_SENTENCES = {
  sport: "Die Mannschaft gewann das Turnier. Der Trainer lobte das Spiel im Finale.",
  politics: "Die Regierung begrüßte das Abkommen. Der Minister sprach mit dem Präsidenten über die Partnerschaft.",
  economy: "Die Unternehmen steigern den Export. Der Handel und die Industrie wachsen am Markt.",
} as const;
export type TopicKey = keyof typeof TOPIC_SENTENCES;

/** German country names as the extractor recognises them, by ISO code. */
export const COUNTRY_NAMES: Record<string, string> = {
  AR: "Argentinien",
  BR: "Brasilien",
  CN: "China",
  DE: "Deutschland",
  FR: "Frankreich",
  IN: "Indien",
  IT: "Italien",
  JP: "Japan",
  KR: "Südkorea",
  US: "USA",
  CA: "Kanada",
  ES: "Spanien",
};

export interface SourceSpec {
  /** Unique per date (the slug is date + headline). */
  headline: string;
  /** Countries by ISO code, each named `times` times (default once); the first is named first. */
  countries: Array<string | [code: string, times: number]>;
  topic: TopicKey;
  authors: string[];
  /** DD.MM.YYYY */
  date: string;
}

const joinNames = (names: string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} und ${names.at(-1)}`;

/** A source text in the newsroom format: headline, teaser, paragraphs, author line, date line. */
export function sourceText(spec: SourceSpec): string {
  const countries = spec.countries.map((c) => (typeof c === "string" ? ([c, 1] as const) : c));
  const names = countries.map(([code]) => COUNTRY_NAMES[code] ?? code);
  const repeats = countries.flatMap(([code, times]) =>
    Array.from({ length: times - 1 }, () => `Erneut genannt: ${COUNTRY_NAMES[code]}.`),
  );
  const body = [
    names.length
      ? `Beteiligt waren ${joinNames(names)}. ${repeats.join(" ")}`.trim()
      : "Beteiligt war niemand von außen.",
    TOPIC_SENTENCES[spec.topic],
  ];
  const byline = spec.authors.length === 1 ? `Autor: ${spec.authors[0]}` : `Autoren: ${joinNames(spec.authors)}`;
  return [spec.headline, "Ein kurzer Überblick über die Lage.", ...body, byline, spec.date].join("\n\n");
}

/** Writes texts (file name -> text) into a new temporary folder; returns the folder. */
export function writeSources(files: Record<string, string>, prefix = "corpus-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// The derived tables, as values

export interface EntitySetRow {
  id: string;
  publishedAt: string;
  countries: string[];
  topics: string[];
  authors: string[];
  places: string[];
  organisations: string[];
}
export interface PairRow {
  a: string;
  b: string;
  n: number;
}
export interface DerivedState {
  sets: EntitySetRow[];
  /** Rows with article_count 0 left out (the triggers keep them, a rebuild does not). */
  pairs: PairRow[];
  /** The same for person_pair_count (person ids as text). */
  personPairs: PairRow[];
}

/** article_entity_set and the pair counters as they are, sorted. */
export async function derivedState(sql: Sql): Promise<DerivedState> {
  const sets = await sql.query(`
    SELECT article_id::text AS id, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "publishedAt",
      countries, topics, authors::text[] AS authors, places, organisations
    FROM article_entity_set ORDER BY article_id`);
  const pairs = await sql.query(`
    SELECT country_code::text AS a, other_code::text AS b, article_count AS n
    FROM country_pair_count WHERE article_count <> 0 ORDER BY country_code, other_code`);
  const personPairs = await sql.query(`
    SELECT person_id::text AS a, other_id::text AS b, article_count AS n
    FROM person_pair_count WHERE article_count <> 0 ORDER BY 1, 2`);
  return { sets: sets.rows, pairs: pairs.rows, personPairs: personPairs.rows };
}

/**
 * What the derived tables must hold, computed here from the normalized tables (article, mention,
 * article_topic, article_author, place_mention, organisation_mention) without the migration's functions:
 * one row per article with its countries by count (most first, then code), topics by relevance, authors
 * in byline order, places and organisations by occurrences (most first, then key); and per
 * ordered pair of countries, and of persons (the diagonal included), the articles that name both.
 */
export async function expectedState(sql: Sql): Promise<DerivedState> {
  const sets = await sql.query(`
    SELECT a.id::text AS id, to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "publishedAt",
      ARRAY(SELECT m.country_code::text FROM mention m WHERE m.article_id = a.id ORDER BY m.count DESC, m.country_code) AS countries,
      ARRAY(SELECT t.topic_code FROM article_topic t WHERE t.article_id = a.id ORDER BY t.relevance DESC, t.topic_code) AS topics,
      ARRAY(SELECT x.author_id::text FROM article_author x WHERE x.article_id = a.id ORDER BY x.position) AS authors,
      ARRAY(SELECT p.place_key FROM place_mention p WHERE p.article_id = a.id
            GROUP BY p.place_key ORDER BY count(*) DESC, p.place_key) AS places,
      ARRAY(SELECT o.organisation_code FROM organisation_mention o WHERE o.article_id = a.id
            GROUP BY o.organisation_code ORDER BY count(*) DESC, o.organisation_code) AS organisations
    FROM article a ORDER BY a.id`);
  const pairs = await sql.query(`
    SELECT m1.country_code::text AS a, m2.country_code::text AS b, count(*)::int AS n
    FROM mention m1 JOIN mention m2 ON m2.article_id = m1.article_id
    GROUP BY m1.country_code, m2.country_code ORDER BY m1.country_code, m2.country_code`);
  const personPairs = await sql.query(`
    SELECT p1.person_id::text AS a, p2.person_id::text AS b, count(DISTINCT p1.article_id)::int AS n
    FROM person_mention p1 JOIN person_mention p2 ON p2.article_id = p1.article_id
    GROUP BY 1, 2 ORDER BY 1, 2`);
  return { sets: sets.rows, pairs: pairs.rows, personPairs: personPairs.rows };
}

/** What newsroom_rebuild_entity_sets() makes of the current data, in a transaction that is rolled back. */
export async function rebuiltState(sql: Sql): Promise<DerivedState> {
  await sql.query("BEGIN");
  try {
    await sql.query("SELECT newsroom_rebuild_entity_sets()");
    return await derivedState(sql);
  } finally {
    await sql.query("ROLLBACK");
  }
}

// ---------------------------------------------------------------------------------------------
// A large synthetic corpus, set-based

/** Countries most often in the news first (the rest follow in a fixed pseudo-random order). */
const NEWS_COUNTRIES = [
  "US",
  "DE",
  "FR",
  "CN",
  "RU",
  "UA",
  "GB",
  "IL",
  "JP",
  "IT",
  "TR",
  "IN",
  "PL",
  "ES",
  "IR",
  "KR",
  "BR",
  "AT",
  "CH",
  "NL",
];

const SENTENCES = [
  "Die Regierung beriet am Morgen über den Haushalt.",
  "Der Minister kündigte neue Gespräche an.",
  "Die Opposition kritisierte den Entwurf scharf.",
  "Unternehmen melden steigende Umsätze im Export.",
  "Die Zentralbank hält die Zinsen stabil.",
  "An der Börse gaben die Kurse leicht nach.",
  "Die Mannschaft gewann das Spiel deutlich.",
  "Der Trainer lobte die Abwehr nach dem Turnier.",
  "Forscher stellten eine neue Studie vor.",
  "Die Polizei ermittelt nach dem Vorfall.",
  "Das Gericht vertagte das Urteil.",
  "Ein Sturm sorgte für Schäden an der Küste.",
  "Die Ausstellung im Museum zieht viele Besucher an.",
  "Gewerkschaften drohen mit einem Streik.",
  "Das Parlament stimmte dem Gesetz zu.",
  "Der Gipfel endete ohne gemeinsame Erklärung.",
  "Die Streitkräfte verlegten weitere Einheiten.",
  "Die Verhandlungen über ein Abkommen dauern an.",
  "Experten rechnen mit weiteren Verzögerungen.",
  "Die Lage bleibt nach Angaben von Beobachtern angespannt.",
  "Kliniken berichten von vollen Stationen.",
  "Die Schulen bleiben vorerst geschlossen.",
  "Der Handel mit Halbleitern wächst.",
  "Die Klimakonferenz ringt um Ziele für Emissionen.",
];

/**
 * Adds `articles` synthetic articles (ids md5('generated-article' || i)) with 1-5 countries each,
 * drawn from every country in the table with weights falling like 1/rank (the USA in about a third
 * of the articles, Japan in a few percent, most countries rarely), their occurrences (one per
 * mention count), 1-3 topics, 1-2 of 400 authors (skewed), bodies from a pool of sentences with
 * "Sicherheitspartnerschaft" in about 3 %, all published at midnight UTC on one of 1,800 days.
 * Deterministic: a given `articles` always yields the same rows. The triggers keep the derived
 * tables (one refresh per statement).
 */
export async function generateCorpus(sql: Sql, articles: number): Promise<void> {
  await sql.query(`CREATE OR REPLACE FUNCTION pg_temp.u(i bigint, salt int) RETURNS float8 IMMUTABLE LANGUAGE sql
    AS $$ SELECT ('x' || substr(md5(i::text || ':' || salt::text), 1, 8))::bit(32)::bigint / 4294967296.0 $$`);
  await sql.query(
    `CREATE TEMP TABLE gen_country AS
     SELECT code, row_number() OVER (ORDER BY array_position($1::text[], code::text) NULLS LAST, md5(code))::int AS rank FROM country`,
    [NEWS_COUNTRIES],
  );
  await sql.query(
    `CREATE TEMP TABLE gen_topic AS SELECT code, row_number() OVER (ORDER BY md5(code))::int AS rank FROM topic`,
  );
  await sql.query(
    `CREATE TEMP TABLE gen_article AS
     SELECT i, md5('generated-article' || i)::uuid AS id,
       (date '2020-01-01' + floor(pg_temp.u(i, 1) * 1800)::int)::timestamp AT TIME ZONE 'UTC' AS published_at
     FROM generate_series(1, $1::int) i`,
    [articles],
  );
  await sql.query(`INSERT INTO author (id, slug, name)
    SELECT md5('generated-author' || n)::uuid, 'generated-author-' || n, 'Generated Author ' || n FROM generate_series(1, 400) n
    ON CONFLICT (slug) DO NOTHING`);
  await sql.query(
    `INSERT INTO article (id, slug, headline, teaser, body, language, published_at, created_at, updated_at, content_hash, source_name, word_count)
     SELECT g.id, 'generated-' || g.i, 'Meldung ' || g.i || ': ' || ($1::text[])[1 + floor(pg_temp.u(g.i, 2) * cardinality($1::text[]))::int],
       'Ein kurzer Überblick über die Lage.', b.body, 'de', g.published_at, g.published_at, g.published_at,
       md5('a' || g.i) || md5('b' || g.i), 'generated-' || g.i || '.txt', 60
     FROM gen_article g CROSS JOIN LATERAL (
       SELECT string_agg(($1::text[])[1 + floor(pg_temp.u(g.i * 16 + j, 3) * cardinality($1::text[]))::int], ' ' ORDER BY j)
         || CASE WHEN pg_temp.u(g.i, 4) < 0.03 THEN ' Die Sicherheitspartnerschaft wurde vertieft.' ELSE '' END AS body
       FROM generate_series(0, 7) j
     ) b`,
    [SENTENCES],
  );
  await sql.query(`INSERT INTO mention (id, article_id, country_code, count, published_at)
    SELECT md5('generated-mention' || d.i || ':' || c.code)::uuid, g.id, c.code, 1 + floor(pg_temp.u(d.i * 1000 + d.rank, 5) * 3)::int, g.published_at
    FROM (SELECT DISTINCT a.i, floor(power((SELECT count(*) FROM gen_country) + 1, pg_temp.u(a.i * 8 + j, 6)))::int AS rank
          FROM gen_article a, generate_series(0, floor(pg_temp.u(a.i, 7) * 5)::int) j) d
    JOIN gen_country c ON c.rank = d.rank JOIN gen_article g ON g.i = d.i`);
  await sql.query(`INSERT INTO mention_occurrence (id, mention_id, field, start, "end", text, sentence, kind)
    SELECT md5(m.id::text || o)::uuid, m.id, 'BODY', o * 20, o * 20 + length(c.name_de), c.name_de, c.name_de || ' wurde genannt.', 'NAME'
    FROM mention m JOIN gen_article g ON g.id = m.article_id JOIN country c ON c.code = m.country_code, generate_series(1, m.count) o`);
  await sql.query(`INSERT INTO article_topic (article_id, topic_code, relevance, triggers)
    SELECT g.id, t.code, round((0.2 + 0.8 * pg_temp.u(d.i * 100 + d.rank, 9))::numeric, 2)::float8, ARRAY['generiert']
    FROM (SELECT DISTINCT a.i, floor(power(18, pg_temp.u(a.i * 4 + j, 8)))::int AS rank
          FROM gen_article a, generate_series(0, floor(pg_temp.u(a.i, 10) * 3)::int) j) d
    JOIN gen_topic t ON t.rank = d.rank JOIN gen_article g ON g.i = d.i`);
  await sql.query(`INSERT INTO article_author (article_id, author_id, position)
    SELECT g.id, md5('generated-author' || d.n)::uuid, (row_number() OVER (PARTITION BY d.i ORDER BY d.n) - 1)::int
    FROM (SELECT DISTINCT a.i, 1 + floor(400 * power(pg_temp.u(a.i * 4 + j, 11), 2))::int AS n
          FROM gen_article a, generate_series(0, (pg_temp.u(a.i, 12) < 0.2)::int) j) d
    JOIN gen_article g ON g.i = d.i`);
  await sql.query("DROP TABLE gen_article, gen_country, gen_topic");
}
