// The GraphQL-over-HTTP audit (graphql-http, GraphQL Foundation) of our server next to a stock Apollo
// Server 5 on Express 5 with the same body options: we must fail no audit it passes and add no warning.
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { type AuditResult, auditServer } from "graphql-http";
import http from "node:http";
import { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/** A stock Apollo Server 5: defaults everywhere, the same `express.json({ limit: "1mb" })` as ours. */
async function startStockApollo() {
  const apollo = new ApolloServer({
    typeDefs: "type Query { hello: String }",
    resolvers: { Query: { hello: () => "hi" } },
  });
  await apollo.start();
  const app = express();
  app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const counts = (results: AuditResult[]) => {
  const by = { ok: 0, notice: 0, warn: 0, error: 0 };
  for (const r of results) by[r.status]++;
  return by;
};
const ids = (results: AuditResult[], status: AuditResult["status"]) =>
  results.filter((r) => r.status === status).map((r) => `${r.id} ${r.name}`);

describe("graphql-http audit", () => {
  let db: TestDatabase;
  let api: TestServer;
  let stock: Awaited<ReturnType<typeof startStockApollo>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db.url);
    await seedVocabularies(api.db.prisma);
    stock = await startStockApollo();
  });
  afterAll(async () => {
    await stock?.stop();
    await api?.stop();
    await db?.drop();
  });

  it("scores at least as well as a stock Apollo Server 5: no more errors, no warning it lacks", async () => {
    const ours = await auditServer({ url: api.server.url });
    const theirs = await auditServer({ url: stock.url });
    console.log(
      `graphql-http audit (${ours.length} audits)\n` +
        `  ours:        ${JSON.stringify(counts(ours))}\n` +
        `  stock Apollo: ${JSON.stringify(counts(theirs))}\n` +
        `  our warnings: ${ids(ours, "warn").join("; ") || "none"}\n` +
        `  our errors:   ${ids(ours, "error").join("; ") || "none"}`,
    );
    const failedByStock = new Set(theirs.filter((r) => r.status !== "ok").map((r) => r.id));
    expect(ids(ours, "error").filter((e) => !failedByStock.has(e.split(" ")[0]!))).toEqual([]);
    expect(ids(ours, "warn").filter((w) => !failedByStock.has(w.split(" ")[0]!))).toEqual([]);
    expect(counts(ours).error).toBeLessThanOrEqual(counts(theirs).error);
  });
});
