import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openServerDatabase, type Database } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { ROOT, run } from "../helpers/run.js";

const SOURCE = readFileSync(`${ROOT}/seed/articles/japan-usa-sicherheitskooperation.txt`, "utf8");
const cli = (args: string[], env: Record<string, string> = {}) => run(`${ROOT}/bin/newsroom.mjs`, args, env);

/** Two versions of one article (same headline and date): the correction names South instead of North Korea. */
function versions(headline: string) {
  const original = SOURCE.replace(/^.*\n/, `${headline}\n`);
  return { older: original, newer: original.replaceAll("Nordkorea", "Südkorea") };
}

function writeVersion(dir: string, name: string, text: string, modified: Date): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  utimesSync(file, modified, modified);
  return file;
}

const EARLIER = new Date("2025-03-29T08:00:00Z");
const LATER = new Date("2025-03-29T09:30:00Z");

describe("corrections: ordered by version time, atomic under concurrency", () => {
  let db: TestDatabase;
  let conn: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    conn = await openServerDatabase(db.url);
  });
  afterAll(async () => {
    await conn.close();
    await db.drop();
  });

  const stored = (headline: string) =>
    conn.prisma.article.findMany({
      where: { headline },
      select: { id: true, body: true, mentions: { select: { countryCode: true } } },
    });

  it("never lets an older version replace a newer one, unless --force", async () => {
    const dir = mkdtempSync(join(tmpdir(), "versions-"));
    const { older, newer } = versions("Korrekturtest Reihenfolge");
    const newerFile = writeVersion(dir, "newer.txt", newer, LATER);
    const olderFile = writeVersion(dir, "older.txt", older, EARLIER);

    expect((await cli(["ingest", newerFile], { DATABASE_URL: db.url })).stdout.trim()).toBe(
      "1 ingested, 0 updated, 0 unchanged, 0 older than stored, 0 failed",
    );
    const again = await cli(["ingest", olderFile], { DATABASE_URL: db.url });
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe("0 ingested, 0 updated, 0 unchanged, 1 older than stored, 0 failed");
    expect(again.stderr).toContain(`warning: ${olderFile}: not stored: a newer version of this article is stored`);
    let [article] = await stored("Korrekturtest Reihenfolge");
    expect(article!.mentions.map((m) => m.countryCode).sort()).toEqual(["JP", "KR", "US"]);

    // Both versions in one batch: the newer one wins whatever the order.
    const both = await cli(["ingest", dir], { DATABASE_URL: db.url });
    expect(both.stdout.trim()).toBe("0 ingested, 0 updated, 1 unchanged, 1 older than stored, 0 failed");

    const forced = await cli(["ingest", "--force", olderFile], { DATABASE_URL: db.url });
    expect(forced.stdout.trim()).toBe("0 ingested, 1 updated, 0 unchanged, 0 older than stored, 0 failed");
    [article] = await stored("Korrekturtest Reihenfolge");
    expect(article!.mentions.map((m) => m.countryCode).sort()).toEqual(["JP", "KP", "US"]);
  });

  it("ends with exactly one complete version, the newest, when 8 processes ingest two versions at once", async () => {
    for (let round = 1; round <= 2; round++) {
      const headline = `Korrekturtest Wettlauf ${round}`;
      const dir = mkdtempSync(join(tmpdir(), "race-"));
      const { older, newer } = versions(headline);
      const files = [writeVersion(dir, "older.txt", older, EARLIER), writeVersion(dir, "newer.txt", newer, LATER)];
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => cli(["ingest", files[i % 2]!], { DATABASE_URL: db.url })),
      );
      for (const result of results) {
        expect(result.stderr).not.toMatch(/error/);
        expect(result.code).toBe(0);
      }
      const articles = await stored(headline);
      expect(articles).toHaveLength(1);
      expect(articles[0]!.body).toContain("Südkorea");
      expect(articles[0]!.mentions.map((m) => m.countryCode).sort()).toEqual(["JP", "KR", "US"]);
      const [set] = await conn.prisma.articleEntitySet.findMany({ where: { articleId: articles[0]!.id } });
      expect([...set!.countries].sort()).toEqual(["JP", "KR", "US"]);
    }
  }, 240_000);
});

describe("ingest input bounds", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("follows symbolic links, names every file it skips, and checks the size before reading", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bounds-"));
    const elsewhere = mkdtempSync(join(tmpdir(), "elsewhere-"));
    writeFileSync(join(elsewhere, "linked.txt"), versions("Verlinkter Artikel").older);
    symlinkSync(join(elsewhere, "linked.txt"), join(dir, "a-link.txt"));
    symlinkSync(join(elsewhere, "missing.txt"), join(dir, "b-broken.txt"));
    mkdirSync(join(dir, "c-subfolder"));
    writeFileSync(join(dir, "d-notes.md"), "# notes");
    const huge = join(dir, "e-huge.txt");
    writeFileSync(huge, "");
    await truncate(huge, 50 * 1024 * 1024); // sparse: 50 MB that would have to be read

    const result = await cli(["ingest", dir], { DATABASE_URL: db.url });
    expect(result.stdout.trim()).toBe("1 ingested, 0 updated, 0 unchanged, 0 older than stored, 1 failed");
    expect(result.stderr.trim().split("\n").sort()).toEqual([
      `error: ${huge}: the file is 50.0 MB; a source text may be at most 1 MB`,
      `skipped: ${join(dir, "b-broken.txt")}: broken symbolic link`,
      `skipped: ${join(dir, "c-subfolder")}: subfolder (folders are not read recursively)`,
      `skipped: ${join(dir, "d-notes.md")}: not a .txt file`,
    ]);
  });
});

describe("the newsroom command's own errors", () => {
  it("prints its version and help", async () => {
    const version = await cli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")).version);
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("ingest <file or folder>... [--force]");
  });

  it.each([
    ["an unknown option", ["ingest", "--frce", "x.txt"], {}, 2, /^newsroom: Unknown option '--frce'/],
    ["an unknown command", ["ingset"], {}, 2, /^newsroom: unknown command "ingset"/],
    ["no file", ["extract"], {}, 1, /^newsroom: extract needs at least one file$/],
    [
      "an unreachable database",
      ["ingest", "x.txt"],
      { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none" },
      1,
      /^newsroom: cannot reach PostgreSQL at 127\.0\.0\.1:1\/none: ECONNREFUSED/,
    ],
    ["a bad DATABASE_URL", ["rebuild-sets"], { DATABASE_URL: "mysql://x" }, 1, /^newsroom: DATABASE_URL must be/],
  ])("reports %s in one line", async (_what, args, env, code, line) => {
    const result = await cli(args, env as Record<string, string>);
    expect(result.code).toBe(code);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(line);
  });

  it("reports a data folder of the former embedded engine (PGlite) in one line, touching nothing", async () => {
    // A running server no longer locks the folder (the local PostgreSQL is shared); an old one is refused.
    const dataDir = mkdtempSync(join(tmpdir(), "pglite-"));
    mkdirSync(join(dataDir, "pgdata"));
    writeFileSync(join(dataDir, "pgdata", "PG_VERSION"), "17\n");
    const result = await cli(["rebuild-sets"], { NEWSROOM_DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(
      /^newsroom: .*pgdata holds a database of the former embedded engine \(PGlite\).*mv /,
    );
    expect(readdirSync(dataDir)).toEqual(["pgdata"]);
  });
});
