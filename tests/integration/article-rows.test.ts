import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openServerDatabase } from "../../src/db/client.js";
import { ingestFiles } from "../../src/ingest/files.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { articleLoaders, articleSelect, findArticle } from "../../src/modules/article/article.data.js";
import { findAuthorsById } from "../../src/modules/author/author.data.js";
import { findCountries } from "../../src/modules/country/country.data.js";
import { findOrganisations } from "../../src/modules/organisation/organisation.data.js";
import { findPersonsById, personLoaders } from "../../src/modules/person/person.data.js";
import { findTopics } from "../../src/modules/topic/topic.data.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

// Articles and entities are read with hand-written SQL through pg (src/db/rows.ts), in the shape
// Prisma's model API gives, which resolvers were written against: compared here with Prisma's answer
// for every article of a set with persons, places, organisations and quotes.
const TEXTS = new URL("../fixtures/heldout-persons/texts/", import.meta.url).pathname;
const FILES = readdirSync(TEXTS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => `${TEXTS}${f}`);

/** Every field of Article that reads a column or relation. */
const EVERY_FIELD = new Set(["ninjs", "places", "organisations", "classifications", "createdAt", "updatedAt"]);

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : 1;

describe("article and entity rows through pg", () => {
  let db: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    db = await createTestDatabase();
    database = await openServerDatabase(db.url);
    await seedDatabase(database.prisma);
    expect((await ingestFiles(database.prisma, FILES)).failed).toEqual([]);
  });
  afterAll(async () => {
    await database?.close();
    await db?.drop();
  });

  it("reads an article by slug or id with every relation as Prisma's relation join does", async () => {
    const { prisma } = database;
    const select = articleSelect(EVERY_FIELD);
    const stored = await prisma.article.findMany({ select: { id: true, slug: true } });
    expect(stored.length).toBeGreaterThan(FILES.length); // and the seed's articles
    let persons = 0;
    for (const { id, slug } of stored) {
      const expected = await prisma.article.findFirst({ where: { slug }, select, relationLoadStrategy: "join" });
      persons += expected?.persons?.length ?? 0;
      expect(await findArticle(prisma, { slug }, select)).toEqual(expected);
      expect(await findArticle(prisma, { id }, select)).toEqual(expected);
    }
    expect(persons).toBeGreaterThan(50);
  });

  it("answers null for a slug or id that names no article, also an id that is no UUID", async () => {
    const select = articleSelect(new Set(["headline", "persons"]));
    for (const where of [{ slug: "no-such-article" }, { id: "00000000-0000-4000-8000-000000000000" }, { id: "42" }]) {
      expect(await findArticle(database.prisma, where, select)).toBeNull();
    }
  });

  it("reads countries, topics, organisations, authors and persons by id as Prisma's findMany does", async () => {
    const { prisma } = database;
    const [countries, topics, organisations, authors, people] = await Promise.all([
      prisma.country.findMany(),
      prisma.topic.findMany(),
      prisma.organisation.findMany(),
      prisma.author.findMany(),
      prisma.person.findMany(),
    ]);
    expect(people.length).toBeGreaterThan(50);
    const code = byKey((r: { code: string }) => r.code);
    const id = byKey((r: { id: string }) => r.id);
    expect(
      (
        await findCountries(
          prisma,
          countries.map((c) => c.code),
        )
      ).sort(code),
    ).toEqual(countries.sort(code));
    expect(
      (
        await findTopics(
          prisma,
          topics.map((t) => t.code),
        )
      ).sort(code),
    ).toEqual(topics.sort(code));
    expect(
      (
        await findOrganisations(
          prisma,
          organisations.map((o) => o.code),
        )
      ).sort(code),
    ).toEqual(organisations.sort(code));
    expect(
      (
        await findAuthorsById(
          prisma,
          authors.map((a) => a.id),
        )
      ).sort(id),
    ).toEqual(authors.sort(id));
    expect(
      (
        await findPersonsById(
          prisma,
          people.map((p) => p.id),
        )
      ).sort(id),
    ).toEqual(people.sort(id));
  });

  it("reads an article's quotes, and a speaker's, as Prisma's findMany does", async () => {
    const { prisma } = database;
    const quotes = await prisma.quote.findMany({ orderBy: [{ field: "asc" }, { start: "asc" }] });
    expect(quotes.filter((q) => q.speakerId).length).toBeGreaterThan(20);
    const articleIds = [...new Set(quotes.map((q) => q.articleId))];
    const loaders = personLoaders(prisma);
    expect(await loaders.quotesByArticle.loadMany(articleIds)).toEqual(
      articleIds.map((id) => quotes.filter((q) => q.articleId === id)),
    );
    const speakerIds = [...new Set(quotes.flatMap((q) => q.speakerId ?? []))];
    const bySpeaker = (await loaders.quotesBySpeaker({ first: 100 }).loadMany(speakerIds)) as (typeof quotes)[];
    const id = byKey((r: { id: string }) => r.id);
    expect(bySpeaker.map((q) => [...q].sort(id))).toEqual(
      speakerIds.map((s) => quotes.filter((q) => q.speakerId === s).sort(id)),
    );
  });

  it("reads the evidence of country mentions as Prisma's findMany does", async () => {
    const { prisma } = database;
    const occurrences = await prisma.mentionOccurrence.findMany({ orderBy: [{ field: "asc" }, { start: "asc" }] });
    expect(occurrences.length).toBeGreaterThan(50);
    const mentionIds = [...new Set(occurrences.map((o) => o.mentionId))];
    expect(await articleLoaders(prisma).occurrences.loadMany(mentionIds)).toEqual(
      mentionIds.map((id) => occurrences.filter((o) => o.mentionId === id)),
    );
  });
});
