import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Prisma Migrate's advisory lock id: holding it keeps `prisma migrate` and us from racing. */
const PRISMA_ADVISORY_LOCK = 72707369;

/** The little a migration needs from a connection (a pg.Client provides it). */
export interface SqlConnection {
  /** Run one or more statements without parameters. */
  exec(sql: string): Promise<unknown>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `migration ${migration} failed, nothing of it was applied: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = "MigrationError";
  }
}

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Applies the committed prisma/migrations in order, each in its own transaction, recording them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does (so the CLI sees the same history).
 * Returns the names of the migrations it applied.
 */
export async function applyMigrations(db: SqlConnection, dir = MIGRATIONS_DIR): Promise<string[]> {
  const names = await committedMigrations(dir);
  await db.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
  try {
    await db.exec(HISTORY_TABLE);
    const rows = await db.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT migration_name, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((r) => r.finished_at === null);
    if (failed)
      throw new MigrationError(
        failed.migration_name,
        "it is recorded as failed; resolve it with `prisma migrate resolve`",
      );
    const done = new Set(rows.map((r) => r.migration_name));
    const applied: string[] = [];
    for (const name of names.filter((n) => !done.has(n))) {
      const sql = await readFile(join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      try {
        await db.exec("BEGIN");
        await db.exec(sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await db.exec("COMMIT");
      } catch (error) {
        await db.exec("ROLLBACK");
        throw new MigrationError(name, error);
      }
      applied.push(name);
    }
    return applied;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]);
  }
}

async function committedMigrations(dir = MIGRATIONS_DIR): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The committed migrations the database has not applied (all of them if it has none). */
export async function pendingMigrations(db: SqlConnection): Promise<string[]> {
  const [history] = await db.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
  );
  const applied = history?.exists
    ? await db.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    : [];
  const done = new Set(applied.map((r) => r.migration_name));
  return (await committedMigrations()).filter((name) => !done.has(name));
}
