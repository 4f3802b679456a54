import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
      [
        "migrate",
        "diff",
        "--from-migrations",
        "prisma/migrations",
        "--to-schema",
        "prisma/schema.prisma",
        "--exit-code",
      ],
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

  it("creates a new migration with `migrate dev --create-only` when the schema changes", async () => {
    // A copy of the project's schema and migrations with one more model, so the repository stays untouched.
    const dir = mkdtempSync(join(tmpdir(), "prisma-dev-"));
    cpSync(`${ROOT}/prisma/migrations`, join(dir, "migrations"), { recursive: true });
    writeFileSync(
      join(dir, "schema.prisma"),
      `${readFileSync(`${ROOT}/prisma/schema.prisma`, "utf8")}\nmodel Desk {\n  id Int @id\n  name String\n}\n`,
    );
    writeFileSync(
      join(dir, "prisma.config.mjs"),
      `export default { schema: ${JSON.stringify(join(dir, "schema.prisma"))}, migrations: { path: ${JSON.stringify(join(dir, "migrations"))} }, datasource: { url: process.env.DATABASE_URL } };\n`,
    );
    const dev = await prismaCli(
      ["migrate", "dev", "--create-only", "--name", "add_desk", "--config", join(dir, "prisma.config.mjs")],
      {
        DATABASE_URL: db.url,
        PRISMA_SCHEMA_ENGINE_BINARY: `${ROOT}/prisma/schema-engine.mjs`,
      },
    );
    expect(dev.code, dev.stdout + dev.stderr).toBe(0);
    const created = readdirSync(join(dir, "migrations")).find((name) => name.endsWith("_add_desk"));
    expect(created).toBeDefined();
    expect(readFileSync(join(dir, "migrations", created!, "migration.sql"), "utf8")).toContain('CREATE TABLE "Desk"');
    expect(await listDatabases("prisma_shadow_")).toEqual([]);
  });

  it("reports a real difference with exit code 2", async () => {
    const diff = await prismaCli(
      ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script", "--exit-code"],
      {
        DATABASE_URL: db.url,
      },
    );
    expect(diff.code).toBe(2);
    expect(diff.stdout).toContain('CREATE TABLE "article"');
  });

  it("seeds with `db seed`, and a second run changes nothing", async () => {
    const first = await prismaCli(["db", "seed"], { DATABASE_URL: db.url });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/articles 1 ingested/);
    const second = await prismaCli(["db", "seed"], { DATABASE_URL: db.url });
    expect(second.stdout).toMatch(/0 countries, 0 topics and 0 organisations added/);
    expect(second.stdout).toMatch(/articles 0 ingested, 0 updated, 1 unchanged, 0 older than stored, 0 failed/);
  });

  it("names the host when the database server cannot be reached", async () => {
    const status = await prismaCli(["migrate", "status"], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere",
    });
    expect(status.code).not.toBe(0);
    expect(status.stdout + status.stderr).toMatch(/127\.0\.0\.1|ECONNREFUSED|reach/);
  });

  it("without DATABASE_URL, a command that needs no database (validate) starts no local PostgreSQL", async () => {
    // `npm install` runs `prisma generate`; it must not leave a database server running behind it.
    // (migrate, db and studio on the zero-setup database: tests/integration/embedded.test.ts)
    const dataDir = mkdtempSync(join(tmpdir(), "prisma-no-db-"));
    try {
      const validate = await prismaCli(["validate"], { DATABASE_URL: "", NEWSROOM_DATA_DIR: dataDir });
      expect(validate.code, validate.stderr).toBe(0);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
