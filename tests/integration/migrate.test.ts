import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, type SqlConnection } from "../../src/db/migrate.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

function migrationsDir(migrations: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "migrations-"));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("applyMigrations", () => {
  let db: TestDatabase;
  let client: pg.Client;
  let conn: SqlConnection;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
    conn = { exec: (sql) => client.query(sql), query: async (sql, params) => (await client.query(sql, params)).rows };
  });
  afterAll(async () => {
    await client.end();
    await db.drop();
  });

  it("applies a failing migration not at all, names it, and keeps the ones before it", async () => {
    const dir = migrationsDir({
      "001_ok": "CREATE TABLE a (id int);",
      "002_broken": "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nSELECT * FROM no_such_table;",
    });
    const error = await applyMigrations(conn, dir).catch((e) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain("002_broken");
    expect(error.message).toContain("no_such_table");
    const tables = await conn.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    expect(tables.map((t) => t.tablename)).toEqual(["_prisma_migrations", "a"]);
  });

  it("applies each migration once", async () => {
    const dir = migrationsDir({ "001_ok": "CREATE TABLE a (id int);", "002_fixed": "CREATE TABLE b (id int);" });
    expect(await applyMigrations(conn, dir)).toEqual(["002_fixed"]);
    expect(await applyMigrations(conn, dir)).toEqual([]);
  });
});
