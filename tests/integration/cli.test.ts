import { mkdtempSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openServerDatabase } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { ROOT, run } from "../helpers/run.js";

const SOURCE = `${ROOT}/seed/articles/japan-usa-sicherheitskooperation.txt`;
const cli = (args: string[], env: Record<string, string> = {}) => run(`${ROOT}/bin/newsroom.mjs`, args, env);

describe("newsroom extract", () => {
  it("prints the JSON document for the provided source text", async () => {
    const result = await cli(["extract", SOURCE, "--json"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({
      headline: "Japan und USA stärken Sicherheitskooperation im Indopazifik",
      authors: [{ name: "Anita Faake" }],
      publishedAt: "2025-03-29T00:00:00.000Z",
      language: "de",
      warnings: [],
    });
    expect(doc.countries.map((c: { code: string }) => c.code)).toEqual(["US", "JP", "KP"]);
    expect(doc.countries[1]).toMatchObject({ code: "JP", name: "Japan", count: 7 });
    expect(doc.countries[1].mentions[0]).toEqual({
      text: "Japan",
      field: "HEADLINE",
      start: 0,
      end: 5,
      sentence: "Japan und USA stärken Sicherheitskooperation im Indopazifik",
      kind: "NAME",
    });
    expect(doc.topics[0]).toMatchObject({ code: "medtop:16000000", name: "Konflikt, Krieg und Frieden" });
    expect(doc.organisations).toEqual([]);
    for (const p of doc.places)
      expect(Object.keys(p).sort()).toEqual(["country", "end", "field", "kind", "name", "start"]);
  });

  it("lists organisations and places with their kind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "orgs-"));
    const file = join(dir, "nato.txt");
    writeFileSync(
      file,
      "Nato-Gipfel in Vilnius\n\nDie Nato berät in Vilnius.\n\nZwischentitel\n\nZwischentitel\n\nDer Kreml und die EU-Kommission reagierten. Die Nato-Staaten einigten sich.\n\nAutorin: Anna Beispiel, Freitag, 11. Juli 2025###\n\n11.07.2025\n",
    );
    const result = await cli(["extract", file, "--json"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.organisations.map((o: { code: string; count: number }) => [o.code, o.count])).toEqual([
      ["NATO", 3],
      ["EUROPEAN_COMMISSION", 1],
    ]);
    expect(doc.organisations[0].mentions[0]).toMatchObject({
      text: "Nato-Gipfel",
      start: 0,
      end: 11,
      field: "HEADLINE",
    });
    expect(doc.places.map((p: { name: string; kind: string }) => `${p.name}:${p.kind}`)).toEqual([
      "Vilnius:CAPITAL",
      "Vilnius:CAPITAL",
      "Kreml:METONYM",
    ]);
  });

  it("lists persons with role, country and evidence, and quotes with their speaker (issue 15)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "persons-"));
    const file = join(dir, "tokio.txt");
    writeFileSync(
      file,
      "Trump fordert mehr von Japan\n\nDer Verbündete soll zahlen.\n\nTOKIO (dpa) - Der japanische Verteidigungsminister Gen Nakatani empfing US-Präsident Donald Trump. „Wir sind bereit“, sagte Nakatani. Trumps Forderung bleibt.\n\nAutorin: Anna Beispiel, Freitag, 11. Juli 2025###\n\n11.07.2025\n",
    );
    const result = await cli(["extract", file, "--json"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(
      doc.persons.map((p: { name: string; country: string; count: number }) => [p.name, p.country, p.count]),
    ).toEqual([
      ["Donald Trump", "US", 3],
      ["Gen Nakatani", "JP", 2],
    ]);
    expect(doc.persons[1].mentions[0]).toEqual({
      text: "Gen Nakatani",
      field: "BODY",
      start: 51,
      end: 63,
      sentence: "TOKIO (dpa) - Der japanische Verteidigungsminister Gen Nakatani empfing US-Präsident Donald Trump.",
      role: "Der japanische Verteidigungsminister",
    });
    expect(doc.persons.map((p: { name: string }) => p.name)).not.toContain("Anna Beispiel");
    expect(doc.quotes).toEqual([
      {
        text: "Wir sind bereit",
        speaker: { key: "gen nakatani", name: "Gen Nakatani" },
        attribution: "sagte Nakatani",
        field: "BODY",
        start: 99,
        end: 116,
        sentence: "„Wir sind bereit“, sagte Nakatani.",
      },
    ]);
  });

  it("prints a readable summary by default", async () => {
    const result = await cli(["extract", SOURCE]);
    expect(result.stdout).toContain("countries: Vereinigte Staaten (US) ×8, Japan (JP) ×7, Nordkorea (KP) ×1");
  });

  it("groups places with a count, as it does countries, organisations and persons", async () => {
    const dir = mkdtempSync(join(tmpdir(), "places-"));
    const file = join(dir, "staedte.txt");
    writeFileSync(
      file,
      [
        "Treffen in Berlin und Paris",
        "Ein kurzer Überblick über die Lage.",
        "Die Minister trafen sich zuerst in Berlin. Danach reisten sie nach Paris. Am Abend kehrten sie nach Berlin zurück.",
        "Autor: Anita Faake",
        "29.03.2025",
      ].join("\n\n"),
    );
    const result = await cli(["extract", file]);
    // The headline names both as well: Berlin three times in all, Paris twice.
    expect(result.stdout).toContain("places: Berlin (DE) ×3, Paris (FR) ×2");
  });

  it("names each bad file and its cause on one line, exits non-zero, and still extracts the good ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bad-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Gr\xf6\xdfe\n", "latin1"));
    writeFileSync(join(dir, "huge.txt"), `Schlagzeile\n\n${"Sehr langer Text. ".repeat(200_000)}`);
    const result = await cli([
      "extract",
      join(dir, "empty.txt"),
      join(dir, "binary.txt"),
      join(dir, "latin1.txt"),
      join(dir, "huge.txt"),
      SOURCE,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      `error: ${join(dir, "empty.txt")}: the file is empty`,
      `error: ${join(dir, "binary.txt")}: the file is binary (it contains NUL bytes), not a text`,
      `error: ${join(dir, "latin1.txt")}: the file is not valid UTF-8 (first bad byte at offset 2)`,
      `error: ${join(dir, "huge.txt")}: the file is 3.4 MB; a source text may be at most 1 MB`,
    ]);
    expect(result.stdout).toContain("Japan und USA stärken");
  });
});

describe("newsroom on a database without the migrations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it("names what to run instead of failing on a missing table", async () => {
    for (const args of [["ingest", SOURCE], ["rebuild-sets"], ["token", "create", "--role", "editor", "--name", "x"]]) {
      const result = await cli(args, { DATABASE_URL: db.url });
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr.trim()).toMatch(
        /^newsroom: the database at .+ lacks \d+ of the committed migrations \(the first: \d+_init\); run "npx prisma migrate deploy" with the same DATABASE_URL first$/,
      );
    }
  });
});

describe("newsroom ingest", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(); // migrated but empty: ingest brings the vocabularies itself
  });
  afterAll(() => db.drop());

  it("stores good files, names bad ones, writes nothing for them, and is idempotent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    copyFileSync(SOURCE, join(dir, "a-good.txt"));
    copyFileSync(`${ROOT}/tests/fixtures/articles/sport-tennis.txt`, join(dir, "b-good.txt"));
    writeFileSync(join(dir, "c-no-author.txt"), "Titel\n\nTeaser.\n\nText ohne Autor.\n\n29.03.2025\n");
    writeFileSync(join(dir, "d-bad-date.txt"), "Titel\n\nTeaser.\n\nText.\n\nAutor: Max Muster\n\n31.02.2025\n");

    const first = await cli(["ingest", dir], { DATABASE_URL: db.url });
    expect(first.code).toBe(1);
    expect(first.stdout.trim()).toBe("2 ingested, 0 updated, 0 unchanged, 0 older than stored, 2 failed");
    expect(first.stderr).toContain(`error: ${join(dir, "c-no-author.txt")}: no author line`);
    expect(first.stderr).toContain(`error: ${join(dir, "d-bad-date.txt")}: date line: 31.02.2025 is not a valid date`);
    expect(first.stderr).not.toMatch(/\n\s+at /);

    const second = await cli(["ingest", join(dir, "a-good.txt"), join(dir, "b-good.txt")], { DATABASE_URL: db.url });
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe("0 ingested, 0 updated, 2 unchanged, 0 older than stored, 0 failed");

    const conn = await openServerDatabase(db.url);
    try {
      expect(await conn.prisma.article.count()).toBe(2);
      const article = await conn.prisma.article.findUniqueOrThrow({
        where: { slug: "2025-03-29-japan-und-usa-staerken-sicherheitskooperation-im-indopazifik" },
        include: { authors: { include: { author: true } }, mentions: { include: { occurrences: true } }, topics: true },
      });
      expect(article.authors.map((a) => a.author.slug)).toEqual(["anita-faake"]);
      expect(article.mentions.map((m) => [m.countryCode, m.count, m.occurrences.length]).sort()).toEqual([
        ["JP", 7, 7],
        ["KP", 1, 1],
        ["US", 8, 8],
      ]);
      expect(article.topics.length).toBeGreaterThan(0);
    } finally {
      await conn.close();
    }
  });

  it("updates a corrected article in place, keeping its id", async () => {
    const dir = mkdtempSync(join(tmpdir(), "corrected-"));
    const conn = await openServerDatabase(db.url);
    try {
      const before = await conn.prisma.article.findFirstOrThrow({ where: { sourceName: "a-good.txt" } });
      const corrected = (await import("node:fs")).readFileSync(SOURCE, "utf8").replace("Nordkorea", "Südkorea");
      writeFileSync(join(dir, "a-good.txt"), corrected);
      const result = await cli(["ingest", dir], { DATABASE_URL: db.url });
      expect(result.stdout.trim()).toBe("0 ingested, 1 updated, 0 unchanged, 0 older than stored, 0 failed");
      const after = await conn.prisma.article.findUniqueOrThrow({
        where: { id: before.id },
        include: { mentions: true },
      });
      expect(after.mentions.map((m) => m.countryCode).sort()).toEqual(["JP", "KR", "US"]);
    } finally {
      await conn.close();
    }
  });
});
