// Issue 15: persons and quotes through the API, like every other kind. The 35 held-out texts name
// many people; what the API answers is compared with what the extractor found in the same files,
// counted here in plain TypeScript (extraction quality itself is scored by `npm run bench:persons`).
import "reflect-metadata";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/auth/tokens.js";
import { type ExtractedArticle } from "../../src/ingest/extract.js";
import { ingestFiles } from "../../src/ingest/files.js";
import { extractFile } from "../../src/ingest/sources.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { derivedState, expectedState } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { ROOT } from "../helpers/run.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

const TEXTS = new URL("../fixtures/heldout-persons/texts/", import.meta.url).pathname;
const FILES = readdirSync(TEXTS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => `${TEXTS}${f}`);

/** A name as a user might type it: upper case, without diacritics. */
const shouted = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();

describe("persons and quotes through the API", () => {
  let db: TestDatabase;
  let api: TestServer;
  let extracted: ExtractedArticle[];
  let editor: string;

  const keysOf = (a: ExtractedArticle) => new Set(a.persons.map((p) => p.key));
  const nameOf = (key: string) => extracted.flatMap((a) => a.persons).find((p) => p.key === key)!.name;
  const slugs = (articles: ExtractedArticle[]) => articles.map((a) => a.slug).sort();
  /** Persons named in at least `n` articles, most named first. */
  const frequent = (n: number) => {
    const counts = new Map<string, number>();
    for (const a of extracted) for (const k of keysOf(a)) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts].filter(([, c]) => c >= n).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const query = async (text: string, variables: Record<string, unknown> = {}, headers = {}) => {
    const { body } = await api.graphql(text, variables, headers);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    const summary = await ingestFiles(api.db.prisma, FILES);
    expect(summary.failed).toEqual([]);
    extracted = await Promise.all(FILES.map((f) => extractFile(f)));
    editor = await createToken(api.db.prisma, "persons-editor", "editor");
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("serves every article's persons (most named first, with roles and evidence) and quotes as extracted", async () => {
    // Two requests: both lists for 40 articles at once would cost more than the limit allows.
    const persons = await query(`{ articles(first: 40) { edges { node { slug
      persons { person { name } count roles country { code } mentions { field start end text sentence role } } } } } }`);
    const quoted = await query(`{ articles(first: 40) { edges { node { slug
      quotes { text speaker { name } field start end sentence } } } } }`);
    const bySlug = new Map<string, object>();
    for (const { node } of [...persons.articles.edges, ...quoted.articles.edges]) {
      bySlug.set(node.slug, { ...bySlug.get(node.slug), ...node });
    }
    let quotes = 0;
    for (const a of extracted) {
      const node = bySlug.get(a.slug) as {
        persons: Array<{ person: { name: string }; count: number; mentions: unknown[] }>;
        quotes: Array<{ text: string; speaker: { name: string } | null }>;
      };
      expect(new Set(node.persons.map((p) => p.person.name)), a.slug).toEqual(new Set(a.persons.map((p) => p.name)));
      for (const p of node.persons) {
        const e = a.persons.find((x) => x.name === p.person.name)!;
        expect(p.count).toBe(e.mentions.length);
        expect(p.mentions).toHaveLength(e.mentions.length);
      }
      expect(node.quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual(
        a.quotes.map((q) => [q.text, q.speaker ? nameOf(q.speaker.key) : null]),
      );
      quotes += a.quotes.length;
    }
    expect(quotes).toBeGreaterThan(20);
  });

  it("filters by persons (any case, without diacritics): all-of, any-of and none-of, with exact totals", async () => {
    const [a, b] = frequent(2).map(([key]) => key);
    const both = extracted.filter((x) => keysOf(x).has(a!) && keysOf(x).has(b!));
    const either = extracted.filter((x) => keysOf(x).has(a!) || keysOf(x).has(b!));
    const notA = extracted.filter((x) => !keysOf(x).has(a!));
    const run = async (persons: Record<string, string[]>) => {
      const data = await query(
        `query($f: ArticleFilter) { articles(filter: $f, first: 100) { totalCount edges { node { slug } } } }`,
        { f: { persons } },
      );
      return { total: data.articles.totalCount, slugs: data.articles.edges.map((e: any) => e.node.slug).sort() };
    };
    const names = [shouted(nameOf(a!)), nameOf(b!).toLowerCase()];
    expect(await run({ all: names })).toEqual({ total: both.length, slugs: slugs(both) });
    expect(await run({ any: names })).toEqual({ total: either.length, slugs: slugs(either) });
    expect(await run({ none: [names[0]!] })).toEqual({ total: notA.length, slugs: slugs(notA) });
    // Totals summed from the pair counters by inclusion-exclusion: any-of with none-of, all-of with none-of.
    const c = frequent(1)
      .map(([key]) => key)
      .find((k) => k !== a && k !== b && either.some((x) => keysOf(x).has(k)))!;
    const eitherNotC = either.filter((x) => !keysOf(x).has(c));
    const aNotB = extracted.filter((x) => keysOf(x).has(a!) && !keysOf(x).has(b!));
    expect(eitherNotC.length).toBeLessThan(either.length); // c shares an article with a or b: the none-of counts
    expect(await run({ any: names, none: [nameOf(c)] })).toEqual({
      total: eitherNotC.length,
      slugs: slugs(eitherNotC),
    });
    expect(await run({ all: [names[0]!], none: [names[1]!] })).toEqual({ total: aNotB.length, slugs: slugs(aNotB) });
    const { body } = await api.graphql(
      `{ articles(filter: { persons: { all: ["Niemand Unbekannt"] } }) { totalCount } }`,
    );
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('unknown person "Niemand Unbekannt"'),
      extensions: { code: "BAD_USER_INPUT", argument: "filter.persons.all[0]" },
    });
  });

  it("person(name) with articleCount, articles, quotes and co-mentions of persons and countries, counted from the texts", async () => {
    const [key] = frequent(2).map(([k]) => k);
    const naming = extracted.filter((x) => keysOf(x).has(key!));
    const data = await query(
      `query($name: String!, $everything: ArticleFilter) { person(name: $name) { name articleCount articles(first: 100) { totalCount edges { node { slug } } }
        quotes(first: 100) { text } coMentions(first: 100) { persons { person { name } count } countries { country { code } count } }
        scoped: coMentions(first: 100, filter: $everything) { persons { person { name } count } }
        top: coMentions(first: 2) { persons { person { name } count } }
        scopedTop: coMentions(first: 2, filter: $everything) { persons { person { name } count } } } }`,
      { name: shouted(nameOf(key!)), everything: { publishedAfter: "1900-01-01T00:00:00.000Z" } },
    );
    const person = data.person;
    expect(person.name).toBe(nameOf(key!));
    expect(person.articleCount).toBe(naming.length);
    expect(person.articles.totalCount).toBe(naming.length);
    expect(person.articles.edges.map((e: any) => e.node.slug).sort()).toEqual(slugs(naming));
    const said = naming.flatMap((a) => a.quotes.filter((q) => q.speaker?.key === key).map((q) => q.text));
    expect(person.quotes.map((q: { text: string }) => q.text).sort()).toEqual(said.sort());
    const others: Record<string, number> = {};
    const countries: Record<string, number> = {};
    for (const a of naming) {
      for (const k of keysOf(a)) if (k !== key) others[nameOf(k)] = (others[nameOf(k)] ?? 0) + 1;
      for (const c of a.countries) countries[c.code] = (countries[c.code] ?? 0) + 1;
    }
    const asMap = (rows: Array<{ count: number }>, name: (r: any) => string) =>
      Object.fromEntries(rows.map((r) => [name(r), r.count]));
    expect(asMap(person.coMentions.persons, (r) => r.person.name)).toEqual(others);
    expect(asMap(person.coMentions.countries, (r) => r.country.code)).toEqual(countries);
    // Unfiltered, persons among persons are read from the pair counters; under a filter, from the entity sets.
    expect(person.coMentions.persons).toEqual(person.scoped.persons);
    expect(person.top.persons).toEqual(person.scopedTop.persons);
    expect(person.top.persons).toHaveLength(2);
  });

  it("lists persons for a name picker (search without diacritics, keyset pages) and counts them in facets", async () => {
    const all = new Set(extracted.flatMap((a) => a.persons.map((p) => p.name)));
    const names: string[] = [];
    for (let after: string | null = null; ; ) {
      const page: any = await query(
        `query($after: String) { persons(first: 30, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.persons.totalCount).toBe(all.size);
      names.push(...page.persons.edges.map((e: any) => e.node.name));
      if (!page.persons.pageInfo.hasNextPage) break;
      after = page.persons.pageInfo.endCursor;
    }
    expect(names).toHaveLength(all.size);
    expect(new Set(names)).toEqual(all);
    const [key] = frequent(2).map(([k]) => k);
    const part = shouted(nameOf(key!).split(" ").at(-1)!).toLowerCase();
    const found = await query(`query($s: String) { persons(search: $s, first: 100) { edges { node { name } } } }`, {
      s: part,
    });
    expect(found.persons.edges.map((e: any) => e.node.name)).toContain(nameOf(key!));
    const facets = await query(`{ articleFacets(first: 100) { totalCount persons { person { name } count } } }`);
    const counts: Record<string, number> = {};
    for (const a of extracted) for (const p of a.persons) counts[p.name] = (counts[p.name] ?? 0) + 1;
    // At most 100 rows: the most named first, each with the number of articles naming the person.
    const rows = facets.articleFacets.persons as Array<{ person: { name: string }; count: number }>;
    expect(rows).toHaveLength(Math.min(100, Object.keys(counts).length));
    for (const r of rows) expect(r.count, r.person.name).toBe(counts[r.person.name]);
    expect(rows.map((r) => r.count)).toEqual(rows.map((r) => r.count).sort((x, y) => y - x));
  });

  it("exports the persons as ninjs people, valid against the ninjs 2.2 schema", async () => {
    const withPersons = extracted.find((a) => a.persons.length >= 2)!;
    const data = await query(`query($slug: String) { article(slug: $slug) { ninjs } }`, { slug: withPersons.slug });
    const schema = JSON.parse(readFileSync(`${ROOT}/docs/standards/ninjs/ninjs-schema_2.2.json`, "utf8"));
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "https://geojson.org/schema/GeoJSON.json", type: "object" });
    const validate = ajv.compile(schema);
    expect(validate(data.article.ninjs), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(data.article.ninjs.people.map((p: { name: string }) => p.name))).toEqual(
      new Set(withPersons.persons.map((p) => p.name)),
    );
  });

  /** person_pair_count equals a recount from person_mention (the totals above are summed from it). */
  const expectExactPersonPairs = async () => {
    const sql = new pg.Client(db.url);
    await sql.connect();
    try {
      const { personPairs } = await derivedState(sql);
      expect(personPairs.length).toBeGreaterThan(0);
      expect(personPairs).toEqual((await expectedState(sql)).personPairs);
    } finally {
      await sql.end();
    }
  };

  it("mergePersons: an editor merges two spellings; the merged name resolves to the person, counts add up, audited", async () => {
    await expectExactPersonPairs();
    const [a, b] = frequent(2).map(([key]) => key);
    const articlesOf = (k: string) => extracted.filter((x) => keysOf(x).has(k));
    const union = new Set([...articlesOf(a!), ...articlesOf(b!)].map((x) => x.slug));
    const ids = await query(
      `query($a: String!, $b: String!) { a: person(name: $a) { id } b: person(name: $b) { id } }`,
      {
        a: nameOf(a!),
        b: nameOf(b!),
      },
    );
    const refused = await api.graphql(`mutation($i: ID!, $f: [ID!]!) { mergePersons(into: $i, from: $f) { id } }`, {
      i: ids.a.id,
      f: [ids.b.id],
    });
    expect(refused.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const merged = await query(
      `mutation($i: ID!, $f: [ID!]!) { mergePersons(into: $i, from: $f) { id name articleCount } }`,
      { i: ids.a.id, f: [ids.b.id] },
      { authorization: `Bearer ${editor}` },
    );
    expect(merged.mergePersons).toEqual({ id: ids.a.id, name: nameOf(a!), articleCount: union.size });
    const byOldName = await query(
      `query($n: String!) { person(name: $n) { id } articles(filter: { persons: { all: [$n] } }, first: 100) { totalCount } }`,
      {
        n: nameOf(b!),
      },
    );
    expect(byOldName.person.id).toBe(ids.a.id);
    expect(byOldName.articles.totalCount).toBe(union.size);
    await expectExactPersonPairs();
    const slug = articlesOf(b!)[0]!.slug;
    const audit = await query(
      `query($s: String) { article(slug: $s) { revisions { actor action changes } } }`,
      { s: slug },
      {
        authorization: `Bearer ${editor}`,
      },
    );
    expect(audit.article.revisions.at(-1)).toMatchObject({
      actor: "token:persons-editor",
      action: "PERSONS_MERGED",
      changes: { into: { id: ids.a.id }, from: [{ id: ids.b.id, name: nameOf(b!) }] },
    });
  });

  it("a person named in part is one article's: two trials' 'Marcel D.' are two persons, found by id and picker", async () => {
    const dir = mkdtempSync(join(tmpdir(), "partial-"));
    const text = (town: string, day: number) =>
      `Prozess in ${town}\n\nTeaser.\n\n${town} (dpa) - „Ich war es nicht“, sagte der Angeklagte Marcel D. vor dem ` +
      `Landgericht. Seine Tochter Mila (9) saß im Saal.\n\nAutor: Klaus Bergmann, Mittwoch, ${day}. März 2025###\n\n${day}.03.2025`;
    const files = [text("Offenburg", 12), text("Kehl", 13)].map((t, i) => {
      const file = join(dir, `prozess-${i}.txt`);
      writeFileSync(file, t);
      return file;
    });
    expect((await ingestFiles(api.db.prisma, files)).failed).toEqual([]);
    const picked = await query(
      `{ persons(search: "marcel d", first: 10) { edges { node { id name namedInPart articleCount quotes { text } } } } }`,
    );
    type Picked = { node: { id: string; name: string; namedInPart: boolean; articleCount: number; quotes: unknown[] } };
    const marcels = (picked.persons.edges as Picked[]).map((e) => e.node);
    expect(marcels).toHaveLength(2);
    expect(marcels.map((m) => [m.name, m.namedInPart, m.articleCount, m.quotes.length])).toEqual([
      ["Marcel D.", true, 1, 1],
      ["Marcel D.", true, 1, 1],
    ]);
    const [key] = frequent(2).map(([k]) => k);
    const full = await query(`query($n: String!) { person(name: $n) { namedInPart } }`, { n: nameOf(key!) });
    expect(full.person.namedInPart).toBe(false);
    const byId = await query(`query($id: String!) { articles(filter: { persons: { all: [$id] } }) { totalCount } }`, {
      id: marcels[0]!.id,
    });
    expect(byId.articles.totalCount).toBe(1);
    // A name alone names no one person: asked by name, the API says so.
    const { body } = await api.graphql(`{ articles(filter: { persons: { all: ["Mila"] } }) { totalCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
