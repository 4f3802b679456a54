import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, listDatabases, type TestDatabase } from "../helpers/db.js";
import { prismaCli, ROOT } from "../helpers/run.js";

// The Prisma CLI runs here with no engine download, through prisma/schema-engine.mjs.
// If a Prisma upgrade breaks that stand-in, this file fails.
describe("Prisma CLI offline", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it("applies the committed migrations with `migrate deploy`, recording Prisma's checksums", async () => {
    const deploy = await prismaCli(["migrate", "deploy"], { DATABASE_URL: db.url });
    expect(deploy.stderr + deploy.stdout).toContain("All migrations have been successfully applied");
    expect(deploy.code).toBe(0);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`);
    await client.end();
    const sql = readFileSync(`${ROOT}/prisma/migrations/${rows[0].migration_name}/migration.sql`);
    expect(rows[0].checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(rows[0].finished_at).not.toBeNull();

    const status = await prismaCli(["migrate", "status"], { DATABASE_URL: db.url });
    expect(status.stdout).toContain("Database schema is up to date");
  });

  it("finds no difference between the migrations and schema.prisma (and leaves no shadow database)", async () => {
    const diff = await prismaCli(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      { DATABASE_URL: db.url },
    );
    expect(diff.stdout).toContain("No difference detected");
    expect(diff.code).toBe(0);
    expect(await listDatabases("prisma_shadow_")).toEqual([]);
  });

  it("runs `migrate dev` (shadow database, drift check) on an up-to-date database", async () => {
    const dev = await prismaCli(["migrate", "dev", "--name", "nothing"], { DATABASE_URL: db.url });
    expect(dev.stdout + dev.stderr).toContain("Already in sync");
    expect(dev.code).toBe(0);
    expect(await listDatabases("prisma_shadow_")).toEqual([]);
  });

  it("reports a real difference with exit code 2", async () => {
    const diff = await prismaCli(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script", "--exit-code"], {
      DATABASE_URL: db.url,
    });
    expect(diff.code).toBe(2);
    expect(diff.stdout).toContain('CREATE TABLE "article"');
  });

  it("seeds with `db seed`, and a second run changes nothing", async () => {
    const first = await prismaCli(["db", "seed"], { DATABASE_URL: db.url });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/articles 1 ingested/);
    const second = await prismaCli(["db", "seed"], { DATABASE_URL: db.url });
    expect(second.stdout).toMatch(/0 countries and 0 topics added/);
    expect(second.stdout).toMatch(/articles 0 ingested, 0 updated, 1 unchanged, 0 failed/);
  });

  it("names the host when the database server cannot be reached", async () => {
    const status = await prismaCli(["migrate", "status"], { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere" });
    expect(status.code).not.toBe(0);
    expect(status.stdout + status.stderr).toMatch(/127\.0\.0\.1|ECONNREFUSED|reach/);
  });
});
