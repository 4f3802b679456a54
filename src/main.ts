import "reflect-metadata";
import net from "node:net";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { seedIfEmpty } from "./ingest/seed.js";
import { createLogger } from "./logger.js";
import { startServer } from "./server.js";
import { loadCacheOptions } from "./http/cache-config.js";

/** Fails when another process listens on the port, before anything else is opened. */
function assertPortFree(port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === "EADDRINUSE" ? `port ${port} is in use; set PORT to another port` : e.message)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

try {
  const config = loadConfig();
  const cache = loadCacheOptions();
  const log = createLogger(config.logLevel);
  await assertPortFree(config.port);
  const db = await openDatabase(config, {
    statementTimeoutMs: config.statementTimeoutMs,
    replicas: { urls: config.replicaUrls, maxLagSeconds: config.replicaMaxLagSeconds },
  });
  log.info({ database: db.kind, location: db.location, replicas: db.replicas?.states() }, "database open");
  if (db.kind === "embedded") await seedIfEmpty(db.prisma, log);
  const server = await startServer({
    db,
    log,
    port: config.port,
    production: config.production,
    explorer: config.explorer,
    access: {
      anonymousRead: config.anonymousRead,
      corsOrigins: config.corsOrigins,
      jwt: config.jwt,
      authFailuresPerMinute: config.authFailuresPerMinute,
    },
    cache,
    requestDatabaseTime: config.requestDatabaseTime,
  });
  log.info(`GraphQL ready at ${server.url}${config.production ? "" : " (Apollo Sandbox: open it in a browser)"}`);
  if (!config.production || config.explorer) log.info(`offline explorer at ${new URL("/explorer", server.url)}`);

  // First signal: stop accepting, let requests in flight finish (at most 10 s), close the database
  // (and the embedded data folder's lock), exit 0. A second signal exits at once.
  const shutdown = async (signal: NodeJS.Signals) => {
    process.once(signal === "SIGINT" ? "SIGTERM" : "SIGINT", () => process.exit(1));
    process.once(signal, () => process.exit(1));
    log.info({ signal }, "shutting down");
    await server.stop();
    await db.close();
    log.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  // Start-up failures are the operator's to fix: one line per problem, no stack.
  const lines = (error instanceof Error ? error.message : String(error)).split("\n");
  for (const line of lines) console.error(`newsroom: ${line}`);
  process.exit(1);
}
