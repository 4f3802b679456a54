import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/files.js";
import { expandSources } from "../../src/ingest/sources.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { FlagshipPageDocument, JapanAndUsaPageDocument } from "../generated/operations.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/** Sixty articles that all mention Japan and the USA, by three authors, on sixty days. */
function writeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "statements-"));
  const authors = ["Anita Faake", "Max Muster", "Lea Krüger"];
  for (let i = 0; i < 60; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + i));
    const date = `${String(day.getUTCDate()).padStart(2, "0")}.${String(day.getUTCMonth() + 1).padStart(2, "0")}.${day.getUTCFullYear()}`;
    const text = [
      `Japan und USA beraten zum ${i + 1}. Mal`,
      `Die Regierungen Japans und der USA sprechen über Handel.`,
      `Der japanische Minister und sein amerikanischer Kollege trafen sich. Auch Kanada (Runde ${i}) war vertreten, die Regierung begrüßte das Abkommen.`,
      `Autor: ${authors[i % 3]}`,
      date,
    ].join("\n\n");
    writeFileSync(join(dir, `a${i}.txt`), text);
  }
  return dir;
}

// Every relation goes through per-request DataLoaders, so a page costs the same number of SQL
// statements whatever its size. Counted at the pg driver, under the real HTTP server.
describe("SQL statements per request", () => {
  let db: TestDatabase;
  let api: TestServer;
  let statements = 0;
  const originalQuery = pg.Pool.prototype.query;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    const summary = await ingestFiles(api.db.prisma, await expandSources([writeCorpus()]));
    expect(summary.ingested).toBe(60);
    pg.Pool.prototype.query = function (this: pg.Pool, ...args: unknown[]) {
      statements++;
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof originalQuery;
  });
  afterAll(async () => {
    pg.Pool.prototype.query = originalQuery;
    await api?.stop();
    await db?.drop();
  });

  async function countFor(first: number) {
    statements = 0;
    const { articles } = await api.execute(JapanAndUsaPageDocument, { first });
    expect(articles.edges).toHaveLength(first);
    expect(articles.edges.every((e) => e.node.authors.length === 1 && e.node.countries.length === 3)).toBe(true);
    return statements;
  }

  async function countFlagship(first: number, after?: string) {
    statements = 0;
    const { articles } = await api.execute(FlagshipPageDocument, { first, after });
    expect(articles.totalCount).toBe(60);
    expect(articles.edges).toHaveLength(first);
    expect(articles.edges.every((e) => e.node.authors.length === 1 && e.node.topics.length > 0)).toBe(true);
    return { statements, endCursor: articles.pageInfo.endCursor! };
  }

  it("needs 4 statements for the flagship page (names, page, count, rows with relations), 3 once its names are resolved, for 5 or 50 articles", async () => {
    const five = await countFlagship(5); // the first request naming JP and US in this process
    const fifty = await countFlagship(50);
    const deeper = await countFlagship(5, five.endCursor);
    expect(five.statements).toBe(4);
    expect(fifty.statements).toBe(3); // the country names come from the process's cache
    expect(deeper.statements).toBe(3);
    console.log(
      `SQL statements for the flagship page: ${five.statements} (5 articles), ${fifty.statements} (50), ${deeper.statements} (next page)`,
    );
  });

  it("is the same for 5 and for 50 articles with evidence and related articles too", async () => {
    const five = await countFor(5);
    const fifty = await countFor(50);
    expect(five).toBeGreaterThan(3);
    expect(fifty).toBe(five);
    console.log(
      `SQL statements for the page, with authors, countries, topics, mentions, occurrences and related: ${five} (5 articles), ${fifty} (50 articles)`,
    );
  });
});
