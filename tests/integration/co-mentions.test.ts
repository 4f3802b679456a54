// Issue 14, item 4: co-mentions and entity article lists, for every kind, on data where the filtered and
// the unfiltered answers differ. The expected answers are computed here from the table of texts below
// (what each text names), never from the API, so a coMentions or X.articles that ignores its filter fails.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/files.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import {
  type ArticleFilter,
  AuthorArticlesDocument,
  CountryCoMentionsDocument,
  MentionedCountriesCoMentionsDocument,
  OrganisationCoMentionsDocument,
  PlaceCoMentionsDocument,
  TopicArticlesDocument,
} from "../generated/operations.js";
import { TOPIC_SENTENCES, type TopicKey, writeSources } from "../helpers/corpus.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// The vocabulary the texts use: how each entity is written in a text, by its identity in the API.
const COUNTRY = { FR: "Frankreich", IT: "Italien", ES: "Spanien", JP: "Japan" } as const;
/** GeoNames ids of the capitals named (the gazetteer's keys), with the German name a text uses. */
const PLACE = { "2950159": "Berlin", "2988507": "Paris", "3117735": "Madrid", "3169070": "Rom" } as const;
const ORGANISATION = { NATO: "der Nato", EU: "der Europäischen Union", UN: "den Vereinten Nationen" } as const;
const TOPIC = { politics: "medtop:11000000", economy: "medtop:04000000", sport: "medtop:15000000" } as const;
type CountryCode = keyof typeof COUNTRY;
type PlaceKey = keyof typeof PLACE;
type OrganisationCode = keyof typeof ORGANISATION;

interface Text {
  slug: string;
  headline: string;
  /** DD.MM.YYYY, all in March 2025. */
  date: string;
  authors: string[];
  topic: TopicKey;
  countries: CountryCode[];
  places: PlaceKey[];
  organisations: OrganisationCode[];
}

/** Five texts: each country, place and organisation is named in several, with different partners. */
const TEXTS: Text[] = [
  {
    slug: "2025-03-01-erster-bericht",
    headline: "Erster Bericht",
    date: "01.03.2025",
    authors: ["Anna Alpha"],
    topic: "politics",
    countries: ["FR", "IT"],
    places: ["2950159", "2988507"],
    organisations: ["NATO", "EU"],
  },
  {
    slug: "2025-03-02-zweiter-bericht",
    headline: "Zweiter Bericht",
    date: "02.03.2025",
    authors: ["Anna Alpha"],
    topic: "economy",
    countries: ["FR", "ES"],
    places: ["2950159", "3117735"],
    organisations: ["EU", "UN"],
  },
  {
    slug: "2025-03-03-dritter-bericht",
    headline: "Dritter Bericht",
    date: "03.03.2025",
    authors: ["Bernd Beta"],
    topic: "politics",
    countries: ["FR", "IT", "JP"],
    places: ["2950159", "3169070"],
    organisations: ["NATO", "UN"],
  },
  {
    slug: "2025-03-04-vierter-bericht",
    headline: "Vierter Bericht",
    date: "04.03.2025",
    authors: ["Bernd Beta"],
    topic: "sport",
    countries: ["IT", "ES"],
    places: ["2988507", "3169070"],
    organisations: ["EU"],
  },
  {
    slug: "2025-03-05-fuenfter-bericht",
    headline: "Fünfter Bericht",
    date: "05.03.2025",
    authors: ["Anna Alpha", "Bernd Beta"],
    topic: "economy",
    countries: ["FR", "JP"],
    places: ["2988507", "3117735"],
    organisations: ["NATO", "EU", "UN"],
  },
];

const and = (xs: readonly string[]) =>
  xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} und ${xs.at(-1)}`;
/** The source text in the newsroom format: headline, teaser, paragraphs, author line, date line. */
const sourceOf = (t: Text) =>
  [
    t.headline,
    "Ein kurzer Überblick über die Lage.",
    `Beteiligt waren ${and(t.countries.map((c) => COUNTRY[c]))}.`,
    `Getroffen hat man sich in ${and(t.places.map((p) => PLACE[p]))}.`,
    `Vertreten waren ${and(t.organisations.map((o) => ORGANISATION[o]))}.`,
    TOPIC_SENTENCES[t.topic],
    t.authors.length === 1 ? `Autor: ${t.authors[0]}` : `Autoren: ${and(t.authors)}`,
    t.date,
  ].join("\n\n");

// ---------------------------------------------------------------------------------------------
// Expected answers, from TEXTS alone

const day = (t: Text) => t.date.split(".").reverse().join("-"); // "2025-03-01"
/** Slugs of the texts, newest first (the default order of every article list). */
const slugsOf = (texts: Text[]) => [...texts].sort((a, b) => day(b).localeCompare(day(a))).map((t) => t.slug);
const page = (texts: Text[]) => ({
  totalCount: texts.length,
  edges: slugsOf(texts).map((slug) => ({ node: { slug } })),
});

/**
 * How many of `texts` name each key, except `self`: most first, ties by key (as the API orders them),
 * at most `first`.
 */
function tally<K extends string>(texts: Text[], keysOf: (t: Text) => K[], self: string | null, first: number) {
  const counts = new Map<K, number>();
  for (const t of texts) for (const k of keysOf(t)) if (k !== self) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .slice(0, first)
    .map(([key, count]) => ({ key, count }));
}
const countryCoMentions = (texts: Text[], self: CountryCode, first = 10) =>
  tally(texts, (t) => t.countries, self, first).map(({ key, count }) => ({
    country: { code: key },
    articleCount: count,
  }));
/** What Place.coMentions and Organisation.coMentions answer for the texts that name `self`. */
const entityCoMentions = (texts: Text[], self: string, first = 10) => ({
  countries: tally(texts, (t) => t.countries, self, first).map(({ key, count }) => ({ country: { code: key }, count })),
  places: tally(texts, (t) => t.places, self, first).map(({ key, count }) => ({
    place: { key, name: PLACE[key] },
    count,
  })),
  organisations: tally(texts, (t) => t.organisations, self, first).map(({ key, count }) => ({
    organisation: { code: key },
    count,
  })),
});

/** A filter of the API and the same condition on a text. */
interface FilterCase {
  name: string;
  filter: ArticleFilter;
  holds(t: Text): boolean;
}
const POLITICS_ONLY: FilterCase = {
  name: "topic Politik",
  filter: { topics: { all: ["Politik"] } },
  holds: (t) => t.topic === "politics",
};
const BY_ANNA: FilterCase = {
  name: "author Anna Alpha",
  filter: { authors: ["Anna Alpha"] },
  holds: (t) => t.authors.includes("Anna Alpha"),
};
const FROM_2_MARCH: FilterCase = {
  name: "published from 2 March",
  filter: { publishedAfter: "2025-03-02T00:00:00.000Z" },
  holds: (t) => day(t) >= "2025-03-02",
};
const NOT_IN_BERLIN: FilterCase = {
  name: "places none Berlin",
  filter: { places: { none: ["Berlin"] } },
  holds: (t) => !t.places.includes("2950159"),
};
const WITH_SPAIN_OR_JAPAN: FilterCase = {
  name: "countries any ES, JP",
  filter: { countries: { any: ["ES", "Japan"] } },
  holds: (t) => t.countries.includes("ES") || t.countries.includes("JP"),
};
const WITH_NATO: FilterCase = {
  name: "organisations all NATO",
  filter: { organisations: { all: ["nato"] } },
  holds: (t) => t.organisations.includes("NATO"),
};
const NOTHING: FilterCase = {
  name: "no article (published before March)",
  filter: { publishedBefore: "2025-02-28T00:00:00.000Z" },
  holds: () => false,
};
// Filters on the parent's own kind: X.articles and coMentions add "names X" to them (all-of).
const NOT_FRANCE: FilterCase = {
  name: "countries none Frankreich (the parent itself)",
  filter: { countries: { none: ["Frankreich"] } },
  holds: (t) => !t.countries.includes("FR"),
};
const IN_MADRID_OR_ROME: FilterCase = {
  name: "places any Madrid, ROM",
  filter: { places: { any: ["Madrid", "ROM"] } },
  holds: (t) => t.places.includes("3117735") || t.places.includes("3169070"),
};
const WITHOUT_UN: FilterCase = {
  name: "organisations none Vereinte Nationen",
  filter: { organisations: { none: ["Vereinte Nationen"] } },
  holds: (t) => !t.organisations.includes("UN"),
};
const NOT_POLITICS: FilterCase = {
  name: "topics none medtop:11000000 (the parent itself)",
  filter: { topics: { none: ["medtop:11000000"] } },
  holds: (t) => t.topic !== "politics",
};

describe("co-mentions and entity article lists: the filter is applied, for every kind", () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    const dir = writeSources(Object.fromEntries(TEXTS.map((t) => [`${t.slug}.txt`, sourceOf(t)])), "co-mentions-");
    const summary = await ingestFiles(
      api.db.prisma,
      TEXTS.map((t) => join(dir, `${t.slug}.txt`)),
    );
    expect(summary.failed).toEqual([]);
    expect(summary.ingested).toBe(TEXTS.length);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("the texts are stored with exactly the entities the table says (the ground of every expectation)", async () => {
    const { body } = await api.graphql(`{ articles(first: 100, orderBy: PUBLISHED_ASC) { edges { node {
      slug authors { name } countries { code } places { place { key } } organisations { organisation { code } } topics { code }
    } } } }`);
    expect(body.errors).toBeUndefined();
    const sorted = (xs: string[]) => [...xs].sort();
    expect(
      body.data.articles.edges.map(({ node }: { node: Record<string, Array<Record<string, unknown>>> }) => ({
        slug: node.slug,
        authors: node.authors!.map((a) => a.name),
        countries: sorted(node.countries!.map((c) => c.code as string)),
        places: sorted(node.places!.map((p) => (p.place as { key: string }).key)),
        organisations: sorted(node.organisations!.map((o) => (o.organisation as { code: string }).code)),
        topics: node.topics!.map((t) => t.code),
      })),
    ).toEqual(
      TEXTS.map((t) => ({
        slug: t.slug,
        authors: t.authors,
        countries: sorted(t.countries),
        places: sorted(t.places),
        organisations: sorted(t.organisations),
        topics: [TOPIC[t.topic]],
      })),
    );
  });

  describe("Country", () => {
    const code: CountryCode = "FR";
    const naming = TEXTS.filter((t) => t.countries.includes(code));
    for (const c of [POLITICS_ONLY, NOT_IN_BERLIN, WITH_NATO, WITH_SPAIN_OR_JAPAN, NOT_FRANCE, NOTHING]) {
      it(`${code}: articleCount, coMentions and articles, unfiltered and filtered by ${c.name}`, async () => {
        const matching = naming.filter(c.holds);
        const expected = {
          unfiltered: countryCoMentions(naming, code),
          filtered: countryCoMentions(matching, code),
        };
        expect(expected.filtered).not.toEqual(expected.unfiltered); // the data can tell them apart
        const { country } = await api.execute(CountryCoMentionsDocument, { code, filter: c.filter, first: 10 });
        expect(country).toEqual({
          code,
          articleCount: naming.length,
          ...expected,
          allArticles: page(naming),
          filteredArticles: page(matching),
        });
      });
    }

    it("FR, first 1 and 2: the most frequent first, ties by code", async () => {
      for (const first of [1, 2]) {
        const { country } = await api.execute(CountryCoMentionsDocument, {
          code,
          filter: WITH_SPAIN_OR_JAPAN.filter,
          first,
        });
        expect(country?.unfiltered).toEqual(countryCoMentions(naming, code, first));
        expect(country?.filtered).toEqual(countryCoMentions(naming.filter(WITH_SPAIN_OR_JAPAN.holds), code, first));
      }
    });

    it("every mentioned country in one request (the batched path), with and without a filter", async () => {
      const codes = Object.keys(COUNTRY) as CountryCode[];
      for (const c of [null, POLITICS_ONLY, BY_ANNA]) {
        const { countries } = await api.execute(MentionedCountriesCoMentionsDocument, { filter: c?.filter ?? null });
        expect(countries, c?.name ?? "unfiltered").toEqual(
          [...codes].sort().map((code) => {
            const naming = TEXTS.filter((t) => t.countries.includes(code));
            return {
              code,
              articleCount: naming.length,
              coMentions: countryCoMentions(naming.filter(c?.holds ?? (() => true)), code),
            };
          }),
        );
      }
    });
  });

  describe("Place", () => {
    const cases: Array<[PlaceKey, string, FilterCase[]]> = [
      ["2950159", "Berlin", [BY_ANNA, POLITICS_ONLY, IN_MADRID_OR_ROME, NOT_IN_BERLIN, NOTHING]],
      ["2988507", "PARIS", [WITH_SPAIN_OR_JAPAN, FROM_2_MARCH]],
    ];
    for (const [key, name, filters] of cases) {
      const naming = TEXTS.filter((t) => t.places.includes(key));
      for (const c of filters) {
        it(`${name}: articleCount, coMentions and articles, unfiltered and filtered by ${c.name}`, async () => {
          const matching = naming.filter(c.holds);
          const expected = { unfiltered: entityCoMentions(naming, key), filtered: entityCoMentions(matching, key) };
          expect(expected.filtered).not.toEqual(expected.unfiltered);
          const { place } = await api.execute(PlaceCoMentionsDocument, { name, filter: c.filter, first: 10 });
          expect(place).toEqual({
            key,
            name: PLACE[key],
            articleCount: naming.length,
            ...expected,
            allArticles: page(naming),
            filteredArticles: page(matching),
          });
        });
      }
    }

    it("Berlin, first 1: the most frequent of each list, ties by key", async () => {
      const naming = TEXTS.filter((t) => t.places.includes("2950159"));
      const { place } = await api.execute(PlaceCoMentionsDocument, {
        name: "Berlin",
        filter: BY_ANNA.filter,
        first: 1,
      });
      expect(place.unfiltered).toEqual(entityCoMentions(naming, "2950159", 1));
      expect(place.filtered).toEqual(entityCoMentions(naming.filter(BY_ANNA.holds), "2950159", 1));
    });
  });

  describe("Organisation", () => {
    const cases: Array<[OrganisationCode, string, FilterCase[]]> = [
      ["NATO", "Nato", [FROM_2_MARCH, BY_ANNA, NOTHING]],
      ["EU", "Europäische Union", [NOT_IN_BERLIN, POLITICS_ONLY, WITHOUT_UN]],
    ];
    for (const [code, asked, filters] of cases) {
      const naming = TEXTS.filter((t) => t.organisations.includes(code));
      for (const c of filters) {
        it(`${code}: articleCount, coMentions and articles, unfiltered and filtered by ${c.name}`, async () => {
          const matching = naming.filter(c.holds);
          const expected = { unfiltered: entityCoMentions(naming, code), filtered: entityCoMentions(matching, code) };
          expect(expected.filtered).not.toEqual(expected.unfiltered);
          const { organisation } = await api.execute(OrganisationCoMentionsDocument, {
            code: asked,
            filter: c.filter,
            first: 10,
          });
          expect(organisation).toEqual({
            code,
            articleCount: naming.length,
            ...expected,
            allArticles: page(naming),
            filteredArticles: page(matching),
          });
        });
      }
    }
  });

  it("several parents and filters in one request: each co-mention list counts under its own filter", async () => {
    // A registry that batches co-mentions per request must key its batches by parent and by filter.
    const lists =
      "countries { country { code } count } places { place { key name } count } organisations { organisation { code } count }";
    const query = `query ($politics: ArticleFilter, $anna: ArticleFilter, $late: ArticleFilter) {
      fr: country(code: "FR") { politics: coMentions(filter: $politics) { country { code } articleCount }
                                anna: coMentions(filter: $anna) { country { code } articleCount } }
      it: country(code: "IT") { late: coMentions(filter: $late) { country { code } articleCount } }
      berlin: place(name: "Berlin") { anna: coMentions(filter: $anna) { ${lists} } politics: coMentions(filter: $politics) { ${lists} } }
      paris: place(name: "Paris") { late: coMentions(filter: $late) { ${lists} } }
      nato: organisation(code: "NATO") { anna: coMentions(filter: $anna) { ${lists} } late: coMentions(filter: $late) { ${lists} } }
      eu: organisation(code: "EU") { politics: coMentions(filter: $politics) { ${lists} } }
    }`;
    const { body } = await api.graphql(query, {
      politics: POLITICS_ONLY.filter,
      anna: BY_ANNA.filter,
      late: FROM_2_MARCH.filter,
    });
    expect(body.errors).toBeUndefined();
    const country = (code: CountryCode, c: FilterCase) =>
      countryCoMentions(
        TEXTS.filter((t) => t.countries.includes(code) && c.holds(t)),
        code,
      );
    const place = (key: PlaceKey, c: FilterCase) =>
      entityCoMentions(
        TEXTS.filter((t) => t.places.includes(key) && c.holds(t)),
        key,
      );
    const organisation = (code: OrganisationCode, c: FilterCase) =>
      entityCoMentions(
        TEXTS.filter((t) => t.organisations.includes(code) && c.holds(t)),
        code,
      );
    expect(body.data).toEqual({
      fr: { politics: country("FR", POLITICS_ONLY), anna: country("FR", BY_ANNA) },
      it: { late: country("IT", FROM_2_MARCH) },
      berlin: { anna: place("2950159", BY_ANNA), politics: place("2950159", POLITICS_ONLY) },
      paris: { late: place("2988507", FROM_2_MARCH) },
      nato: { anna: organisation("NATO", BY_ANNA), late: organisation("NATO", FROM_2_MARCH) },
      eu: { politics: organisation("EU", POLITICS_ONLY) },
    });
  });

  describe("Topic", () => {
    const cases: Array<[TopicKey, string, FilterCase[]]> = [
      ["politics", "Politik", [BY_ANNA, NOT_POLITICS]],
      ["economy", "medtop:04000000", [NOT_IN_BERLIN]],
      ["sport", "15000000", [WITH_NATO]],
    ];
    for (const [topic, asked, filters] of cases) {
      const classified = TEXTS.filter((t) => t.topic === topic);
      for (const c of filters) {
        it(`${TOPIC[topic]}: articleCount and articles, unfiltered and filtered by ${c.name}`, async () => {
          const matching = classified.filter(c.holds);
          expect(matching).not.toEqual(classified);
          const result = await api.execute(TopicArticlesDocument, { code: asked, filter: c.filter });
          expect(result.topic).toEqual({
            code: TOPIC[topic],
            articleCount: classified.length,
            allArticles: page(classified),
            filteredArticles: page(matching),
          });
        });
      }
    }
  });

  describe("Author", () => {
    const cases: Array<[string, string, FilterCase]> = [
      ["anna-alpha", "Anna Alpha", WITH_SPAIN_OR_JAPAN],
      ["bernd-beta", "Bernd Beta", POLITICS_ONLY],
    ];
    for (const [slug, name, c] of cases) {
      it(`${slug}: articleCount and articles, unfiltered and filtered by ${c.name}`, async () => {
        const written = TEXTS.filter((t) => t.authors.includes(name));
        const matching = written.filter(c.holds);
        expect(matching).not.toEqual(written);
        const { author } = await api.execute(AuthorArticlesDocument, { slug, filter: c.filter });
        expect(author).toEqual({
          slug,
          articleCount: written.length,
          allArticles: page(written),
          filteredArticles: page(matching),
        });
      });
    }

    it("Author.articles refuses filter.authors: BAD_USER_INPUT naming the argument", async () => {
      const errors = await api.executeFailing(AuthorArticlesDocument, {
        slug: "anna-alpha",
        filter: { authors: ["Bernd Beta"] },
      });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({
        message:
          "filter.authors: Author.articles already filters by this author; use articles(filter: { authors }) instead",
        extensions: { code: "BAD_USER_INPUT", argument: "filter.authors" },
      });
    });
  });
});
