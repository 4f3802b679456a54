import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { applyMigrations, pendingMigrations } from "./migrate.js";
import { timeStatements } from "../observability.js";
import { ensureLocalPostgres } from "./local-postgres.js";
import { type ReplicaOptions, Replicas } from "./replicas.js";
import { listenOnServer } from "./pg-listener.js";
import { registerPool } from "./rows.js";

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  /** "embedded": the project's own PostgreSQL in the data folder (see local-postgres.ts). */
  kind: "server" | "embedded";
  /** Where the data lives, for logs: host:port/db or the data folder. */
  location: string;
  /**
   * Readiness: the committed migrations the database lacks. Runs on a connection of its own, never
   * in the request pool's queue, so a busy pool does not make a healthy database look down.
   */
  pendingMigrations(): Promise<string[]>;
  /** The server's connection pool, for metrics. */
  pool?: pg.Pool;
  /** The streaming replicas queries read from (DATABASE_REPLICA_URLS); none: everything reads the primary. */
  replicas?: Replicas;
  /**
   * LISTENs on a PostgreSQL channel over a dedicated, reconnecting connection; resolves to a function
   * that stops listening.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onState?: (state: "connected" | "lost", error?: unknown) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  constructor(location: string, reason: string) {
    super(`cannot reach PostgreSQL at ${location}: ${reason}`);
    this.name = "DatabaseUnreachableError";
  }
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    throw new Error("DATABASE_URL is not a valid URL (expected postgresql://user@host:5432/database)");
  }
}

/**
 * Session settings for the API's short statements (PGOPTIONS replaces them): no JIT compilation, and
 * no parallel workers, which on a busy server only add CPU to the many small concurrent queries.
 */
export const SESSION_OPTIONS = "-c jit=off -c max_parallel_workers_per_gather=0";

/** Distinct statements each connection keeps prepared; any further ones run unprepared. */
const PREPARED_STATEMENTS = 300;

/**
 * Names statements so each pooled connection prepares them once and PostgreSQL can reuse their plans:
 * planning the page's relation query costs more than running it. Bounded, so no mix of requests can
 * make connections keep an unbounded number of statements.
 */
function preparedStatementNames(): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < PREPARED_STATEMENTS) {
      name = `newsroom_${createHash("sha1").update(sql).digest("hex")}`;
      names.set(sql, name);
    }
    return name ?? ""; // no name: an unnamed, unprepared statement
  };
}

/** Connects to a PostgreSQL server and fails fast, naming the host, when it cannot. */
export async function openServerDatabase(
  url: string,
  options: { poolSize?: number; statementTimeoutMs?: number; replicas?: ReplicaOptions & { urls: string[] } } = {},
): Promise<Database> {
  const location = describeUrl(url);
  const poolConfig: pg.PoolConfig = {
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    options: [
      process.env.PGOPTIONS ?? SESSION_OPTIONS,
      options.statementTimeoutMs ? `-c statement_timeout=${options.statementTimeoutMs}` : "",
    ].join(" "),
  };
  const pool = new pg.Pool({ ...poolConfig, connectionString: url });
  pool.on("error", () => {}); // an idle client dropped by the server: the pool replaces it
  timeStatements(pool, "primary");
  try {
    await pool.query("SELECT 1");
  } catch (e) {
    await pool.end();
    const err = e as NodeJS.ErrnoException;
    throw new DatabaseUnreachableError(location, err.code ? `${err.code} ${err.message}` : err.message);
  }
  const clientOf = (p: pg.Pool) => {
    const statementName = preparedStatementNames();
    const client = new PrismaClient({ adapter: new PrismaPg(p, { statementNameGenerator: statementName }) });
    registerPool(client, p, statementName);
    return client;
  };
  const prisma = clientOf(pool);
  const replicas = options.replicas?.urls.length
    ? new Replicas({ pool, prisma }, options.replicas.urls, poolConfig, options.replicas, (p, name) => {
        timeStatements(p, name);
        return clientOf(p);
      })
    : undefined;
  await replicas?.start();
  return {
    prisma,
    kind: "server",
    location,
    pool,
    replicas,
    pendingMigrations: async () => {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 2000 });
      client.on("error", () => {});
      try {
        await client.connect();
        return await pendingMigrations({
          exec: (sql) => client.query(sql),
          query: async (sql, params) => (await client.query(sql, params)).rows,
        });
      } finally {
        await client.end().catch(() => {});
      }
    },
    listen: (channel, onPayload, onState) => listenOnServer(url, channel, onPayload, onState),
    close: async () => {
      await replicas?.close();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Applies the committed migrations over a connection of its own; returns the ones it applied. */
async function migrate(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await applyMigrations({
      exec: (sql) => client.query(sql),
      query: async (sql, params) => (await client.query(sql, params)).rows,
    });
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The zero-setup database: the project's own PostgreSQL server for `dataDir` (created and started on
 * first use, shared with every other process that needs it), its schema brought up to date.
 */
export async function openLocalDatabase(
  dataDir: string,
  options: { statementTimeoutMs?: number } = {},
): Promise<Database & { migrationsApplied: string[] }> {
  const local = ensureLocalPostgres(dataDir);
  const migrationsApplied = await migrate(local.url);
  const db = await openServerDatabase(local.url, options);
  return { ...db, kind: "embedded", location: `${dataDir} (PostgreSQL on 127.0.0.1:${local.port})`, migrationsApplied };
}

/**
 * The database the configuration names: the server at DATABASE_URL, else the local one in `dataDir`.
 * `statementTimeoutMs` bounds every statement (the API's requests; not the CLI's bulk work).
 */
export function openDatabase(
  config: { databaseUrl?: string; dataDir: string },
  options: Parameters<typeof openServerDatabase>[1] = {},
): Promise<Database> {
  return config.databaseUrl
    ? openServerDatabase(config.databaseUrl, options)
    : openLocalDatabase(config.dataDir, options);
}

/**
 * openDatabase for the command line: a server database without every committed migration is refused,
 * naming what to run, instead of failing later on a missing table. (The zero-setup database migrates itself.)
 */
export async function openCurrentDatabase(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  const db = await openDatabase(config);
  const pending = await db.pendingMigrations();
  if (pending.length === 0) return db;
  await db.close();
  throw new Error(
    `the database at ${db.location} lacks ${pending.length} of the committed migrations (the first: ${pending[0]}); ` +
      `run "npx prisma migrate deploy" with the same DATABASE_URL first`,
  );
}
