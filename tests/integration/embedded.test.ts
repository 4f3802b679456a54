import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openEmbeddedDatabase } from "../../src/db/client.js";
import { DataDirLockedError } from "../../src/db/lock.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { type ResultOf } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { createLogger } from "../../src/logger.js";
import { startServer } from "../../src/server.js";
import { BothJapanAndUsaDocument } from "../generated/operations.js";
import { tsx } from "../helpers/run.js";

// The zero-setup path: embedded PostgreSQL (PGlite) in a data folder, migrated at start-up.
describe("embedded database", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsroom-embedded-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates, migrates, seeds and searches a new data folder; reopens it without migrating again", async () => {
    const db = await openEmbeddedDatabase(dir);
    try {
      expect(db.migrationsApplied).toEqual([
        "20261126000000_init",
        "20261127000000_entity_sets",
        "20261127010000_search_statistics",
        "20261127020000_workflow",
      ]);
      const { articles } = await seedDatabase(db.prisma);
      expect(articles.ingested).toBe(1);
      // German stemming works on the embedded engine as on the server: "Verbündete" finds "Verbündeten".
      const hits = await db.prisma.$queryRaw<Array<{ slug: string }>>`
        SELECT slug FROM article WHERE search_vector @@ websearch_to_tsquery('german', 'Verbündete')`;
      expect(hits).toHaveLength(1);
    } finally {
      await db.close();
    }
    const again = await openEmbeddedDatabase(dir);
    expect(again.migrationsApplied).toEqual([]);
    expect(await again.prisma.article.count()).toBe(1);
    await again.close();
  });

  it("serves the Sandbox example operation from the embedded database", async () => {
    const db = await openEmbeddedDatabase(dir);
    const server = await startServer({ db, log: createLogger("silent"), port: 0, production: false });
    try {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: print(BothJapanAndUsaDocument) }),
      });
      const { data } = (await res.json()) as { data: ResultOf<typeof BothJapanAndUsaDocument> };
      expect(data.articles.totalCount).toBe(1);
      expect(data.articles.edges[0]!.node.countries.map((c) => c.code)).toEqual(["US", "JP", "KP"]);
      expect(data.articles.edges[0]!.node.authors).toEqual([{ name: "Anita Faake" }]);
    } finally {
      await server.stop();
      await db.close();
    }
  });

  it("refuses a data folder another process holds", async () => {
    const db = await openEmbeddedDatabase(dir);
    try {
      const child = await tsx([
        "-e",
        `import("./src/db/client.ts").then(m => m.openEmbeddedDatabase(${JSON.stringify(dir)})).then(() => console.log("opened"), e => console.log(e.name + ": " + e.message))`,
      ]);
      expect(child.stdout).toContain("DataDirLockedError");
      expect(child.stdout).toContain(dir);
      // In-process a second open is refused too, and the first handle keeps working.
      await expect(openEmbeddedDatabase(dir)).rejects.toBeInstanceOf(DataDirLockedError);
      expect(await db.prisma.article.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});
