import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/files.js";
import { expandSources } from "../../src/ingest/sources.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import {
  ArticleEvidenceDocument,
  ArticlesDocument,
  AuthorsDocument,
  AuthorWithArticlesDocument,
  BothJapanAndUsaDocument,
  CoMentionsDocument,
  CountriesDocument,
  CountryByNameDocument,
  FacetsDocument,
  SearchDocument,
  TopicDocument,
  TopicsDocument,
} from "../generated/operations.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { ROOT } from "../helpers/run.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// The corpus: the provided source text plus our annotated fixtures, stored by the real ingestion pipeline.
const annotations: Record<string, string[]> = JSON.parse(
  readFileSync(`${ROOT}/tests/fixtures/annotations.json`, "utf8"),
);
annotations["japan-usa-sicherheitskooperation.txt"] = ["JP", "KP", "US"];
const SEED_SLUG = "2025-03-29-japan-und-usa-staerken-sicherheitskooperation-im-indopazifik";

describe("GraphQL API over the ingested corpus", () => {
  let db: TestDatabase;
  let api: TestServer;
  /** source file -> slug, and every slug newest first, read straight from the database. */
  let slugOf: Map<string, string>;
  let newestFirst: string[];
  const slugsReferencing = (predicate: (codes: string[]) => boolean) =>
    Object.entries(annotations)
      .filter(([, codes]) => predicate(codes))
      .map(([file]) => slugOf.get(file)!);

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    const summary = await ingestFiles(
      api.db.prisma,
      await expandSources([`${ROOT}/seed/articles`, `${ROOT}/tests/fixtures/articles`]),
    );
    expect(summary.failed).toEqual([]);
    const rows = await api.db.prisma.article.findMany({ orderBy: [{ publishedAt: "desc" }, { id: "desc" }] });
    slugOf = new Map(rows.map((r) => [r.sourceName, r.slug]));
    newestFirst = rows.map((r) => r.slug);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  describe("articles(filter)", () => {
    it("BothJapanAndUSA returns exactly the articles that mention both countries", async () => {
      const { articles } = await api.execute(BothJapanAndUsaDocument);
      const expected = slugsReferencing((c) => c.includes("JP") && c.includes("US"));
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(slugsReferencing((c) => c.includes("JP") !== c.includes("US")).length).toBeGreaterThan(0); // the corpus has one-sided articles too
      expect(articles.edges.map((e) => e.node.slug).sort()).toEqual([...expected].sort());
      expect(articles.totalCount).toBe(expected.length);
      const seed = articles.edges.find((e) => e.node.slug === SEED_SLUG)!.node;
      expect(seed.authors).toEqual([{ name: "Anita Faake" }]);
      expect(seed.countries.map((c) => c.code)).toEqual(["US", "JP", "KP"]);
      expect(seed.topics[0]).toEqual({ code: "medtop:16000000", name: "Konflikt, Krieg und Frieden" });
      expect(articles.pageInfo.hasNextPage).toBe(false);
    });

    it.each([
      ["JP", "Vereinigte Staaten"],
      ["japan", "USA"],
      ["Japan", "United States"],
      ["jp", "us"],
    ])("resolves countries by code, name or alias in any case: %s + %s", async (a, b) => {
      const { articles } = await api.execute(ArticlesDocument, { filter: { countries: { all: [a, b] } } });
      expect(articles.totalCount).toBe(slugsReferencing((c) => c.includes("JP") && c.includes("US")).length);
    });

    it("combines any-of and none-of with AND", async () => {
      const { articles } = await api.execute(ArticlesDocument, {
        filter: { countries: { any: ["JP", "CN"], none: ["US"] } },
        first: 50,
      });
      const expected = slugsReferencing((c) => (c.includes("JP") || c.includes("CN")) && !c.includes("US"));
      expect(articles.edges.map((e) => e.node.slug).sort()).toEqual(expected.sort());
    });

    it("filters by topic, author and date range", async () => {
      const sport = await api.execute(ArticlesDocument, { filter: { topics: { all: ["Sport"] } }, first: 50 });
      expect(sport.articles.edges.map((e) => e.node.slug)).toEqual(
        expect.arrayContaining([slugOf.get("sport-wm-quali.txt")]),
      );
      const byAuthor = await api.execute(ArticlesDocument, { filter: { authors: ["Anita Faake"] } });
      expect(byAuthor.articles.edges.map((e) => e.node.slug)).toEqual([SEED_SLUG]);
      const march = await api.execute(ArticlesDocument, {
        filter: { publishedAfter: "2025-03-01T00:00:00Z", publishedBefore: "2025-03-31T23:59:59Z" },
        first: 50,
      });
      expect(march.articles.edges.every((e) => e.node.publishedAt.startsWith("2025-03"))).toBe(true);
      expect(march.articles.totalCount).toBe(newestFirst.filter((s) => s.startsWith("2025-03")).length);
    });

    it("pages forwards and backwards with stable cursors over the whole list", async () => {
      const forward: string[] = [];
      let after: string | undefined;
      for (;;) {
        const { articles } = await api.execute(ArticlesDocument, { first: 5, after });
        forward.push(...articles.edges.map((e) => e.node.slug));
        expect(articles.totalCount).toBe(newestFirst.length);
        if (!articles.pageInfo.hasNextPage) break;
        after = articles.pageInfo.endCursor!;
      }
      expect(forward).toEqual(newestFirst);

      const backward: string[] = [];
      let before: string | undefined;
      for (;;) {
        const { articles } = await api.execute(ArticlesDocument, { last: 4, before });
        backward.unshift(...articles.edges.map((e) => e.node.slug));
        if (!articles.pageInfo.hasPreviousPage) break;
        before = articles.pageInfo.startCursor!;
      }
      expect(backward).toEqual(newestFirst);

      const { articles: oldest } = await api.execute(ArticlesDocument, { orderBy: "PUBLISHED_ASC", first: 3 });
      expect(oldest.edges.map((e) => e.node.slug)).toEqual([...newestFirst].reverse().slice(0, 3));
    });
  });

  describe("lookups", () => {
    it("returns an article with its evidence, classifications and related articles", async () => {
      const { article } = await api.execute(ArticleEvidenceDocument, { slug: SEED_SLUG });
      const japan = article!.mentions.find((m) => m.country.code === "JP")!;
      expect(japan.count).toBe(7);
      expect(japan.occurrences).toHaveLength(7);
      for (const o of japan.occurrences.filter((o) => o.field === "BODY"))
        expect(article!.body.slice(o.start, o.end)).toBe(o.text);
      expect(japan.occurrences.map((o) => o.kind)).toEqual(expect.arrayContaining(["NAME", "ADJECTIVE"]));
      expect(article!.classifications[0]!.triggers.length).toBeGreaterThan(0);
      expect(article!.classifications[0]!.topic.uri).toBe("http://cv.iptc.org/newscodes/mediatopic/16000000");
      // Related: the article sharing most countries/topics (space mission mentions JP and US) comes first.
      expect(article!.related.map((r) => r.slug)).toContain(slugOf.get("wissenschaft-raumfahrt.txt"));
      expect(article!.related.map((r) => r.slug)).not.toContain(SEED_SLUG);
    });

    it("lists the cities an article names as places, not countries", async () => {
      const { article } = await api.execute(ArticleEvidenceDocument, { slug: slugOf.get("politik-nahost.txt")! });
      expect(article!.places.map((p) => [p.name, p.countryCode])).toEqual([
        ["Kairo", "EG"],
        ["Kairo", "EG"],
        ["Jerusalem", "IL"],
      ]);
      const body = article!.body;
      const inBody = article!.places.filter((p) => p.field === "BODY");
      for (const p of inBody) expect(body.slice(p.start, p.end)).toBe(p.name);
    });

    it("exports valid IPTC ninjs 2.2", async () => {
      const { article } = await api.execute(ArticleEvidenceDocument, { slug: SEED_SLUG });
      const schema = JSON.parse(readFileSync(`${ROOT}/docs/standards/ninjs/ninjs-schema_2.2.json`, "utf8"));
      const ajv = new Ajv2020.default({ strict: false, allErrors: true });
      addFormats.default(ajv);
      // ninjs refers to the GeoJSON schema online for places[].geojson, which we never emit; with no
      // network here, a permissive local stand-in takes that URI.
      ajv.addSchema({ $id: "https://geojson.org/schema/GeoJSON.json", type: "object" });
      const validate = ajv.compile(schema);
      expect(validate(article!.ninjs), JSON.stringify(validate.errors)).toBe(true);
      expect(article!.ninjs).toMatchObject({
        type: "text",
        language: "de",
        by: "Anita Faake",
        headlines: [
          { role: "main", value: "Japan und USA stärken Sicherheitskooperation im Indopazifik" },
          { role: "sub" },
        ],
        subjects: expect.arrayContaining([
          expect.objectContaining({ uri: "http://cv.iptc.org/newscodes/mediatopic/16000000" }),
        ]),
        places: expect.arrayContaining([expect.objectContaining({ name: "Japan", literal: "JP" })]),
      });
      // And the schema really checks: a broken item fails.
      expect(validate({ ...(article!.ninjs as object), type: "newspaper" })).toBe(false);
    });

    it("finds a country by German or English name or alias", async () => {
      expect((await api.execute(CountryByNameDocument, { name: "vereinigte staaten" })).country).toEqual({
        code: "US",
        name: "Vereinigte Staaten",
        nameEn: "United States",
      });
      expect((await api.execute(CountryByNameDocument, { name: "USA" })).country?.code).toBe("US");
    });

    it("lists countries that are (not) mentioned, with article counts", async () => {
      const mentioned = (await api.execute(CountriesDocument, { mentioned: true })).countries;
      const expectedCodes = [...new Set(Object.values(annotations).flat())].sort();
      expect(mentioned.map((c) => c.code)).toEqual(expectedCodes);
      expect(mentioned.find((c) => c.code === "JP")!.articleCount).toBe(
        slugsReferencing((c) => c.includes("JP")).length,
      );
      const unmentioned = (await api.execute(CountriesDocument, { mentioned: false })).countries;
      expect(unmentioned.length + mentioned.length).toBe((await api.execute(CountriesDocument, {})).countries.length);
      expect(unmentioned.every((c) => c.articleCount === 0)).toBe(true);
    });

    it("lists topics with article counts and finds a topic by code or label", async () => {
      const { topics } = await api.execute(TopicsDocument);
      expect(topics).toHaveLength(17);
      expect(topics.find((t) => t.code === "medtop:15000000")).toMatchObject({ name: "Sport", nameEn: "sport" });
      const byBareCode = await api.execute(TopicDocument, { code: "15000000" });
      expect(byBareCode.topic!.articles.totalCount).toBe(
        topics.find((t) => t.code === "medtop:15000000")!.articleCount,
      );
    });

    it("lists authors by name, page by page in both directions, and searches names", async () => {
      const byName = (await api.db.prisma.author.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }] })).map(
        (a) => a.slug,
      );
      const forward: string[] = [];
      let after: string | undefined;
      for (;;) {
        const { authors } = await api.execute(AuthorsDocument, { first: 4, after });
        expect(authors.totalCount).toBe(byName.length);
        forward.push(...authors.edges.map((e) => e.node.slug));
        if (!authors.pageInfo.hasNextPage) break;
        after = authors.pageInfo.endCursor!;
      }
      expect(forward).toEqual(byName);
      const { authors: lastTwo } = await api.execute(AuthorsDocument, { last: 2 });
      expect(lastTwo.edges.map((e) => e.node.slug)).toEqual(byName.slice(-2));
      const { authors: found } = await api.execute(AuthorsDocument, { nameContains: "FAAKE" });
      expect(found.edges.map((e) => e.node.name)).toEqual(["Anita Faake"]);
      expect(found.totalCount).toBe(1);
      const { authors: none } = await api.execute(AuthorsDocument, { nameContains: "%" });
      expect(none.totalCount).toBe(0);
    });

    it("returns an author with their articles", async () => {
      const { author } = await api.execute(AuthorWithArticlesDocument, { slug: "anita-faake" });
      expect(author).toMatchObject({
        name: "Anita Faake",
        articleCount: 1,
        articles: { totalCount: 1, edges: [{ node: { slug: SEED_SLUG } }] },
      });
      expect((await api.execute(AuthorWithArticlesDocument, { slug: "nobody" })).author).toBeNull();
    });
  });

  describe("co-mentions and facets", () => {
    it("ranks the countries that appear together with Japan", async () => {
      const { country } = await api.execute(CoMentionsDocument, { code: "JP", first: 5 });
      const japanArticles = Object.values(annotations).filter((c) => c.includes("JP"));
      const expectedCounts = new Map<string, number>();
      for (const codes of japanArticles)
        for (const c of codes) if (c !== "JP") expectedCounts.set(c, (expectedCounts.get(c) ?? 0) + 1);
      const expected = [...expectedCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
      expect(country!.coMentions.map((m) => [m.country.code, m.articleCount])).toEqual(expected);
    });

    it("restricts co-mentions to articles matching a filter", async () => {
      const { country } = await api.execute(CoMentionsDocument, {
        code: "JP",
        first: 10,
        filter: { topics: { any: ["medtop:16000000"] } },
      });
      expect(country!.coMentions.map((m) => m.country.code)).toContain("KP");
      expect(country!.coMentions.map((m) => m.country.code)).not.toContain("BR");
    });

    it("counts countries, topics and authors over the filtered articles", async () => {
      const { articleFacets } = await api.execute(FacetsDocument, {
        filter: { countries: { all: ["JP"] } },
        first: 50,
      });
      const japanArticles = Object.values(annotations).filter((c) => c.includes("JP"));
      expect(articleFacets.totalCount).toBe(japanArticles.length);
      expect(articleFacets.countries.find((c) => c.country.code === "JP")!.count).toBe(japanArticles.length);
      expect(articleFacets.countries.find((c) => c.country.code === "US")!.count).toBe(
        japanArticles.filter((c) => c.includes("US")).length,
      );
      expect(articleFacets.authors.map((a) => a.author.slug)).toContain("anita-faake");
      expect(articleFacets.topics.length).toBeGreaterThan(0);
    });
  });

  describe("search", () => {
    it("finds 'Sicherheitspartnerschaft' with a highlighted snippet", async () => {
      const { search } = await api.execute(SearchDocument, { query: "Sicherheitspartnerschaft", first: 5 });
      expect(search.totalCount).toBe(1);
      expect(search.edges[0]!.node.slug).toBe(SEED_SLUG);
      expect(search.edges[0]!.highlight).toContain("<mark>Sicherheitspartnerschaft</mark>");
      expect(search.edges[0]!.score).toBeGreaterThan(0);
    });

    it("stems German words and supports phrases, exclusion and or", async () => {
      const stemmed = await api.execute(SearchDocument, { query: "Verbündete" });
      expect(stemmed.search.edges.map((e) => e.node.slug)).toContain(SEED_SLUG);
      const excluded = await api.execute(SearchDocument, { query: "Minister -Japan" });
      expect(excluded.search.edges.map((e) => e.node.slug)).not.toContain(SEED_SLUG);
      const either = await api.execute(SearchDocument, { query: "Zölle or Olympia" });
      expect(either.search.totalCount).toBe(2);
      const phrase = await api.execute(SearchDocument, { query: '"Goldene Palme"' });
      expect(phrase.search.edges.map((e) => e.node.slug)).toEqual([slugOf.get("kultur-filmfestival.txt")]);
    });

    it("orders newest first on request and combines with filters", async () => {
      const { search } = await api.execute(SearchDocument, {
        query: "Regierung",
        orderBy: "PUBLISHED_DESC",
        first: 50,
      });
      const dates = search.edges.map((e) => e.node.publishedAt);
      expect(dates).toEqual([...dates].sort().reverse());
      const filtered = await api.execute(SearchDocument, {
        query: "Regierung",
        filter: { countries: { all: ["NO"] } },
      });
      expect(filtered.search.edges.map((e) => e.node.slug)).toEqual([slugOf.get("wirtschaft-oel.txt")]);
    });

    it("pages by relevance with cursors", async () => {
      const all = await api.execute(SearchDocument, { query: "Regierung or Präsident", first: 50 });
      const first = await api.execute(SearchDocument, { query: "Regierung or Präsident", first: 2 });
      const next = await api.execute(SearchDocument, {
        query: "Regierung or Präsident",
        first: 50,
        after: first.search.pageInfo.endCursor,
      });
      expect([...first.search.edges, ...next.search.edges].map((e) => e.node.slug)).toEqual(
        all.search.edges.map((e) => e.node.slug),
      );
    });
  });

  describe("bad input: BAD_USER_INPUT naming the argument, never internals", () => {
    const cursor = Buffer.from(JSON.stringify(["RELEVANCE", 0.5, "00000000-0000-0000-0000-000000000000"])).toString(
      "base64url",
    );
    it.each([
      [
        "an unknown country",
        ArticlesDocument,
        { filter: { countries: { all: ["JP", "Atlantis"] } } },
        "filter.countries.all[1]",
        /unknown country "Atlantis"/,
      ],
      [
        "an unknown topic",
        ArticlesDocument,
        { filter: { topics: { any: ["Astrologie"] } } },
        "filter.topics.any[0]",
        /unknown topic "Astrologie"/,
      ],
      [
        "an unknown author",
        ArticlesDocument,
        { filter: { authors: ["Nobody"] } },
        "filter.authors[0]",
        /unknown author "Nobody"/,
      ],
      ["first: 0", ArticlesDocument, { first: 0 }, "first", /first must be between 1 and 100/],
      ["first: 1000", ArticlesDocument, { first: 1000 }, "first", /first must be between 1 and 100/],
      ["last: 101", ArticlesDocument, { last: 101 }, "last", /last must be between 1 and 100/],
      ["a malformed cursor", ArticlesDocument, { after: "not-a-cursor" }, "after", /malformed cursor/],
      ["a cursor of another ordering", ArticlesDocument, { after: cursor }, "after", /another ordering/],
      ["after with last", ArticlesDocument, { after: "x", last: 3 }, "after", /cannot be combined with last/],
      [
        "an impossible date range",
        ArticlesDocument,
        { filter: { publishedAfter: "2025-05-01T00:00:00Z", publishedBefore: "2025-04-01T00:00:00Z" } },
        "filter.publishedAfter",
        /later than publishedBefore/,
      ],
      ["RELEVANCE without text", ArticlesDocument, { orderBy: "RELEVANCE" }, "orderBy", /needs a full-text query/],
      ["an empty search", SearchDocument, { query: "   " }, "query", /search text is empty/],
      ["a search of stop words only", SearchDocument, { query: "der die das" }, "query", /no searchable words/],
      ["an unknown country code", CoMentionsDocument, { code: "XX" }, "code", /unknown country "XX"/],
    ] as const)("%s", async (_what, document, variables, argument, message) => {
      const errors = await api.executeFailing(document as typeof ArticlesDocument, variables as never);
      expect(errors).toHaveLength(1);
      expect(errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(errors[0].extensions.argument).toBe(argument);
      expect(errors[0].message).toMatch(message);
      expect(JSON.stringify(errors)).not.toMatch(/stacktrace|prisma|SELECT|\.ts:\d+/i);
    });

    it("a malformed date is rejected by the DateTime scalar", async () => {
      const errors = await api.executeFailing(ArticlesDocument, { filter: { publishedAfter: "yesterday" } });
      expect(errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(errors[0].message).toContain("publishedAfter");
    });
  });
});
