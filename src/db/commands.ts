// `npm run db:start | db:stop | db:status`: the project's own PostgreSQL server, by hand.
// Nobody has to run these: whatever needs the database starts it. db:stop is how it ends.
import { loadConfig } from "../config.js";
import { clusterDir, logFile, runningLocalPostgres, stopLocalPostgres } from "./local-postgres.js";

async function main(command: string | undefined): Promise<number> {
  const { dataDir, databaseUrl } = loadConfig();
  if (databaseUrl) console.error("note: DATABASE_URL is set, so the app does not use this local server");
  if (command === "start") {
    // Started and migrated exactly as the app does it.
    const { openLocalDatabase } = await import("./client.js");
    const db = await openLocalDatabase(dataDir);
    await db.close();
    console.log(`PostgreSQL running: ${runningLocalPostgres(dataDir)?.url} (data ${clusterDir(dataDir)})`);
    return 0;
  }
  if (command === "stop") {
    console.log(stopLocalPostgres(dataDir) ? "PostgreSQL stopped" : "PostgreSQL was not running");
    return 0;
  }
  if (command === "status") {
    const running = runningLocalPostgres(dataDir);
    console.log(
      running
        ? `PostgreSQL running: ${running.url} (pid ${running.pid}, data ${clusterDir(dataDir)}, log ${logFile(dataDir)})`
        : `PostgreSQL not running (data ${clusterDir(dataDir)})`,
    );
    return running ? 0 : 3;
  }
  console.error("usage: node dist/db/commands.js start|stop|status");
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: Error) => {
    console.error(`newsroom db: ${e.message}`);
    process.exit(1);
  },
);
