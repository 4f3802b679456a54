// The real server started inside this process, to count the SQL statements a request costs.
import pg from "pg";
import { openServerDatabase } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { startServer } from "../../src/server.js";
import { withCleanup } from "./cleanup.js";

export interface InProcessServer {
  /** The GraphQL endpoint. */
  url: string;
  /** Runs `fn` and counts the SQL statements sent to PostgreSQL meanwhile. */
  countStatements(fn: () => Promise<unknown>): Promise<number>;
}

/** Runs `fn` with pg.Client.prototype.query counting calls; resolves to the count. */
async function countStatements(fn: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let statements = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
  return statements;
}

/**
 * Starts the HTTP server in this process on a free port, in production mode (as tests/helpers/server.ts
 * does), runs `body` and stops it. Statements are counted at pg.Client.prototype.query: every statement
 * passes there, those of pool.query as well as those on a connection checked out for a transaction.
 */
export async function withInProcessServer<T>(
  databaseUrl: string,
  body: (server: InProcessServer) => Promise<T>,
): Promise<T> {
  const db = await openServerDatabase(databaseUrl);
  return withCleanup(db.close, async () => {
    const server = await startServer({ db, log: createLogger("silent"), port: 0, production: true });
    return withCleanup(server.stop, () => body({ url: server.url, countStatements }));
  });
}
