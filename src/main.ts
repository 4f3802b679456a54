import "reflect-metadata";
import { loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { createLogger } from "./logger.js";
import { startServer } from "./server.js";
import { seedIfEmpty } from "./ingest/seed.js";

const config = loadConfig();
const log = createLogger(config.logLevel);

try {
  const db = await openDatabase(config);
  log.info({ database: db.kind, location: db.location }, "database open");
  if (db.kind === "embedded") await seedIfEmpty(db.prisma, log);
  const server = await startServer({ db, log, port: config.port, production: config.production });
  log.info(`GraphQL ready at ${server.url}${config.production ? "" : " (Apollo Sandbox: open it in a browser)"}`);
  const shutdown = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  // Start-up failures are the operator's to fix: one line, no stack.
  console.error(`newsroom: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
