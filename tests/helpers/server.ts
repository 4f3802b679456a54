import { openServerDatabase, type Database } from "../../src/db/client.js";
import { createLogger } from "../../src/logger.js";
import { startServer, type StartedServer } from "../../src/server.js";

// Plain-HTTP answers are read loosely; the typed documents (tests/operations) give typed results.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphQLBody = { data?: any; errors?: any[] };

export interface TestServer {
  db: Database;
  server: StartedServer;
  /** POST a GraphQL operation to the real HTTP endpoint. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLBody }>;
  stop(): Promise<void>;
}

export async function startTestServer(databaseUrl: string, options: { production?: boolean } = {}): Promise<TestServer> {
  const db = await openServerDatabase(databaseUrl);
  const server = await startServer({ db, log: createLogger("silent"), port: 0, production: options.production ?? false });
  return {
    db,
    server,
    async graphql(query, variables) {
      const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as GraphQLBody };
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
