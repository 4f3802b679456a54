import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../../src/db/migrate.js";

/** The server tests run against: TEST_DATABASE_URL, else DATABASE_URL, else the local PostgreSQL. */
export const ADMIN_URL =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor("postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database that belongs to one test file; `migrate` applies the committed migrations. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `newsroom_test_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = urlFor(name);
  if (options.migrate ?? true) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await applyMigrations({
        exec: (sql) => client.query(sql),
        query: async (sql, params) => (await client.query(sql, params)).rows,
      });
    } finally {
      await client.end();
    }
  }
  return {
    name,
    url,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

export async function listDatabases(prefix: string): Promise<string[]> {
  return admin(async (c) =>
    (await c.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`])).rows.map((r) => r.datname),
  );
}
