// The real server started inside this process, to see the SQL statements a request sends.
import pg from "pg";
import { openServerDatabase } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { startServer } from "../../src/server.js";
import { type CapturedStatement } from "./ceiling.js";
import { withCleanup } from "./cleanup.js";

export interface InProcessServer {
  /** The GraphQL endpoint. */
  url: string;
  /** Runs `fn` and records the SQL statements sent to PostgreSQL meanwhile, in the order sent. */
  captureStatements(fn: () => Promise<unknown>): Promise<CapturedStatement[]>;
}

/**
 * A statement from pg.Client.prototype.query's arguments: (text, values?, callback?) or a config object
 * {text, values} (Prisma's adapter sends those, with a name when the statement is prepared).
 */
function statementOf(args: unknown[]): CapturedStatement {
  const [first, second] = args;
  if (typeof first === "string") return { text: first, values: Array.isArray(second) ? second : [] };
  const config = first as { text?: unknown; values?: unknown };
  if (typeof config?.text !== "string") throw new Error("pg.Client.prototype.query called without SQL text");
  return { text: config.text, values: Array.isArray(config.values) ? config.values : [] };
}

/** Runs `fn` with pg.Client.prototype.query recording its statements; resolves to them. */
async function captureStatements(fn: () => Promise<unknown>): Promise<CapturedStatement[]> {
  const original = pg.Client.prototype.query;
  const statements: CapturedStatement[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements.push(statementOf(args));
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
 * does), runs `body` and stops it. Statements are recorded at pg.Client.prototype.query: every statement
 * passes there, those of pool.query as well as those on a connection checked out for a transaction.
 */
export async function withInProcessServer<T>(
  databaseUrl: string,
  body: (server: InProcessServer) => Promise<T>,
): Promise<T> {
  const db = await openServerDatabase(databaseUrl);
  return withCleanup(db.close, async () => {
    const server = await startServer({ db, log: createLogger("silent"), port: 0, production: true });
    return withCleanup(server.stop, () => body({ url: server.url, captureStatements }));
  });
}
