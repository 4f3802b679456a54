import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// The Prisma CLI would download a native schema engine; ours runs the WebAssembly engine that
// ships inside the `prisma` package instead (see prisma/schema-engine.mjs). No download, ever.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./prisma/schema-engine.mjs", import.meta.url));

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx seed/seed.ts",
  },
  // Without DATABASE_URL the app runs on its embedded database, which the CLI cannot reach;
  // `prisma generate` and `prisma db seed` need no URL.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
