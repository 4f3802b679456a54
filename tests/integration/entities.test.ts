import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtractedArticle } from "../../src/ingest/extract.js";
import { ingestFiles } from "../../src/ingest/files.js";
import { extractFile } from "../../src/ingest/sources.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import {
  EntityArticlesDocument,
  EntityEvidenceDocument,
  EntityFacetsDocument,
  OrganisationOverviewDocument,
  OrganisationsDocument,
  PlaceOverviewDocument,
} from "../generated/operations.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

// The 39 texts of held-out set 2 name many places and organisations. What the API answers is
// compared with what the extractor found in the same files, counted here in plain TypeScript.
const TEXTS = new URL("../fixtures/heldout-2/texts/", import.meta.url).pathname;
const FILES = readdirSync(TEXTS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => `${TEXTS}${f}`);

describe("places and organisations through the API", () => {
  let db: TestDatabase;
  let api: TestServer;
  let extracted: ExtractedArticle[];

  const placesOf = (a: ExtractedArticle) => new Set(a.places.map((p) => p.key));
  const organisationsOf = (a: ExtractedArticle) => new Set(a.organisations.map((o) => o.code));
  const slugs = (articles: ExtractedArticle[]) => articles.map((a) => a.slug).sort();
  /** How many of `articles` name each entity, as a map (what coMentions and facets must answer). */
  function counts(articles: ExtractedArticle[], keysOf: (a: ExtractedArticle) => Set<string>, except?: string) {
    const result: Record<string, number> = {};
    for (const a of articles) for (const k of keysOf(a)) if (k !== except) result[k] = (result[k] ?? 0) + 1;
    return result;
  }
  const asMap = (rows: Array<{ key: string; count: number }>) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
  /** The place named in most articles (at least two), and the organisation likewise. */
  const mostNamed = (keysOf: (a: ExtractedArticle) => Set<string>) =>
    Object.entries(counts(extracted, keysOf)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    const summary = await ingestFiles(api.db.prisma, FILES);
    expect(summary.failed).toEqual([]);
    extracted = await Promise.all(FILES.map((f) => extractFile(f)));
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it("filters by places (any spelling and case) and organisations (code or name), all-of, any-of and none-of", async () => {
    const [kyiv] = mostNamed(placesOf);
    const { place } = await api.execute(PlaceOverviewDocument, { name: kyiv, first: 1 });
    const byName = await api.execute(EntityArticlesDocument, {
      filter: { places: { all: [place.nameEn.toUpperCase()] } },
      first: 100,
    });
    const withPlace = extracted.filter((a) => placesOf(a).has(kyiv));
    expect(byName.articles.totalCount).toBe(withPlace.length);
    expect(byName.articles.edges.map((e) => e.node.slug).sort()).toEqual(slugs(withPlace));
    const dates = byName.articles.edges.map((e) => Date.parse(e.node.publishedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));

    const cases = [
      {
        filter: { organisations: { all: ["nato"], none: ["Europäische Union"] } },
        expected: (a: ExtractedArticle) => organisationsOf(a).has("NATO") && !organisationsOf(a).has("EU"),
      },
      {
        filter: { organisations: { any: ["Vereinte Nationen", "WHO"] }, countries: { none: ["US"] } },
        expected: (a: ExtractedArticle) =>
          (organisationsOf(a).has("UN") || organisationsOf(a).has("WHO")) && !a.countries.some((c) => c.code === "US"),
      },
      {
        filter: { places: { none: [kyiv] }, organisations: { any: ["EU"] } },
        expected: (a: ExtractedArticle) => !placesOf(a).has(kyiv) && organisationsOf(a).has("EU"),
      },
    ];
    for (const { filter, expected } of cases) {
      const { articles } = await api.execute(EntityArticlesDocument, { filter, first: 100 });
      const matching = extracted.filter(expected);
      expect(matching.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(articles.totalCount, JSON.stringify(filter)).toBe(matching.length);
      expect(articles.edges.map((e) => e.node.slug).sort(), JSON.stringify(filter)).toEqual(slugs(matching));
    }
  });

  it("place(name): the gazetteer entry, its article count, articles and co-mentions", async () => {
    const [key, articleCount] = mostNamed(placesOf);
    const { place } = await api.execute(PlaceOverviewDocument, { name: key, first: 100 });
    expect(place.key).toBe(key);
    expect(place.country?.code).toMatch(/^[A-Z]{2}$/);
    expect(place.articleCount).toBe(articleCount);
    expect(place.articles.totalCount).toBe(articleCount);
    // Looked up by its German name in capitals, it is the same place.
    expect((await api.execute(PlaceOverviewDocument, { name: place.name.toUpperCase(), first: 1 })).place.key).toBe(
      key,
    );

    const named = extracted.filter((a) => placesOf(a).has(key));
    const countries = counts(named, (a) => new Set(a.countries.map((c) => c.code)));
    expect(asMap(place.coMentions.countries.map((c) => ({ key: c.country.code, count: c.count })))).toEqual(countries);
    expect(asMap(place.coMentions.places.map((p) => ({ key: p.place.key, count: p.count })))).toEqual(
      counts(named, placesOf, key),
    );
    expect(asMap(place.coMentions.organisations.map((o) => ({ key: o.organisation.code, count: o.count })))).toEqual(
      counts(named, organisationsOf),
    );
  });

  it("organisation(code): by code or name, with its article count, articles and co-mentions", async () => {
    const [code, articleCount] = mostNamed(organisationsOf);
    const { organisation } = await api.execute(OrganisationOverviewDocument, { code: code.toLowerCase(), first: 100 });
    expect(organisation.code).toBe(code);
    expect(organisation.articleCount).toBe(articleCount);
    expect(organisation.articles.totalCount).toBe(articleCount);
    const byName = await api.execute(OrganisationOverviewDocument, { code: organisation.nameEn, first: 1 });
    expect(byName.organisation.code).toBe(code);

    const named = extracted.filter((a) => organisationsOf(a).has(code));
    expect(
      asMap(organisation.coMentions.organisations.map((o) => ({ key: o.organisation.code, count: o.count }))),
    ).toEqual(counts(named, organisationsOf, code));
    expect(asMap(organisation.coMentions.places.map((p) => ({ key: p.place.key, count: p.count })))).toEqual(
      counts(named, placesOf),
    );
    // `first` bounds each list; the most frequent come first.
    const top = await api.execute(OrganisationOverviewDocument, { code, first: 2 });
    expect(top.organisation.coMentions.countries).toHaveLength(2);
    const [a, b] = top.organisation.coMentions.countries;
    expect(a!.count).toBeGreaterThanOrEqual(b!.count);

    const { organisations } = await api.execute(OrganisationsDocument, {});
    expect(organisations.map((o) => o.code)).toEqual(expect.arrayContaining(["EU", "NATO", "UN", "OPEC_PLUS"]));
  });

  it("facets count places and organisations over the matching articles", async () => {
    const filter = { countries: { any: ["UA", "RU"] } };
    const { articleFacets } = await api.execute(EntityFacetsDocument, { filter, first: 100 });
    const matching = extracted.filter((a) => a.countries.some((c) => c.code === "UA" || c.code === "RU"));
    expect(articleFacets.totalCount).toBe(matching.length);
    expect(asMap(articleFacets.places.map((p) => ({ key: p.place.key, count: p.count })))).toEqual(
      counts(matching, placesOf),
    );
    expect(asMap(articleFacets.organisations.map((o) => ({ key: o.organisation.code, count: o.count })))).toEqual(
      counts(matching, organisationsOf),
    );
  });

  it("serves the evidence of every place and organisation: offsets point at the text as written", async () => {
    let checked = 0;
    for (const source of extracted.filter((a) => a.places.length > 0 && a.organisations.length > 0).slice(0, 6)) {
      const { article } = await api.execute(EntityEvidenceDocument, { slug: source.slug });
      const field = { HEADLINE: article!.headline, TEASER: article!.teaser, BODY: article!.body };
      expect(article!.places).toHaveLength(source.places.length);
      for (const p of article!.places) {
        expect(field[p.field].slice(p.start, p.end)).toBe(p.text);
        expect(p.sentence).toContain(p.text);
        expect(p.place?.name).toBe(p.name);
        checked++;
      }
      for (const o of article!.organisations) {
        expect(o.count).toBe(o.mentions.length);
        for (const m of o.mentions) expect(field[m.field].slice(m.start, m.end)).toBe(m.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("refuses unknown places and organisations with BAD_USER_INPUT naming the argument", async () => {
    const inFilter = await api.executeFailing(EntityArticlesDocument, {
      filter: { places: { any: ["Berlin", "Entenhausen"] } },
    });
    expect(inFilter[0]).toMatchObject({
      message:
        'filter.places.any[1]: unknown place "Entenhausen" (use a city or town of the gazetteer, see docs/gazetteer.md, or a government seat such as "Kreml")',
      extensions: { code: "BAD_USER_INPUT", argument: "filter.places.any[1]" },
    });
    const org = await api.executeFailing(EntityArticlesDocument, { filter: { organisations: { all: ["Union"] } } });
    expect(org[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "filter.organisations.all[0]" });
    const lookup = await api.executeFailing(PlaceOverviewDocument, { name: "Entenhausen" });
    expect(lookup[0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "name" });
  });
});
