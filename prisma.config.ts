import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { ensureLocalPostgres } from "./src/db/local-postgres.js";

// The Prisma CLI would download a native schema engine; ours runs the WebAssembly engine that
// ships inside the `prisma` package instead (see prisma/schema-engine.mjs). No download, ever.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./prisma/schema-engine.mjs", import.meta.url));

/**
 * Without DATABASE_URL the project's own PostgreSQL in NEWSROOM_DATA_DIR (./.data) is the database:
 * `migrate`, `db` and `studio` start it when it is not running and use it. Other commands (`generate`,
 * `format`, `validate`, run by `npm install`) need no database and start nothing.
 */
function datasourceUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const command = process.argv.slice(2).find((a) => !a.startsWith("-"));
  if (!["migrate", "db", "studio"].includes(command ?? "")) return "";
  return ensureLocalPostgres(resolve(process.env.NEWSROOM_DATA_DIR ?? ".data")).url;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx seed/seed.ts",
  },
  datasource: { url: datasourceUrl() },
});
