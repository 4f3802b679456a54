import { type TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { type AccessOptions } from "../../src/auth/access.js";
import { type CacheOptions } from "../../src/http/cache-config.js";
import { openServerDatabase, type Database } from "../../src/db/client.js";
import { type SubscriptionLimits } from "../../src/live/ws.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { startServer, type StartedServer } from "../../src/server.js";

// Plain-HTTP answers are read loosely; the typed documents (tests/operations) give typed results.
// biome-ignore lint/suspicious/noExplicitAny: plain-HTTP answers are untyped JSON
export type GraphQLBody = { data?: any; errors?: any[] };

export interface TestServer {
  db: Database;
  server: StartedServer;
  /** POST a GraphQL operation to the real HTTP endpoint. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLBody }>;
  /** POST a codegen-typed document; resolves to its typed data, or rejects with the GraphQL errors. */
  execute<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R>;
  /** POST a typed document that must fail; resolves to its errors. */
  executeFailing<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
  ): Promise<NonNullable<GraphQLBody["errors"]>>;
  stop(): Promise<void>;
}

export async function startTestServer(
  databaseUrl: string,
  options: {
    production?: boolean;
    explorer?: boolean;
    statementTimeoutMs?: number;
    log?: Logger;
    access?: AccessOptions;
    subscriptionLimits?: SubscriptionLimits;
    /** Streaming replicas of the database to read from (DATABASE_REPLICA_URLS), and how far behind they may be. */
    replicaUrls?: string[];
    replicaMaxLagSeconds?: number;
    cache?: CacheOptions;
    port?: number;
    requestDatabaseTime?: boolean;
  } = {},
): Promise<TestServer> {
  const db = await openServerDatabase(databaseUrl, {
    statementTimeoutMs: options.statementTimeoutMs,
    replicas: options.replicaUrls
      ? { urls: options.replicaUrls, maxLagSeconds: options.replicaMaxLagSeconds ?? 5 }
      : undefined,
  });
  const server = await startServer({
    db,
    log: options.log ?? createLogger(process.env.TEST_LOG ?? "silent"),
    port: options.port ?? 0,
    production: options.production ?? false,
    explorer: options.explorer,
    access: options.access,
    subscriptionLimits: options.subscriptionLimits,
    cache: options.cache,
    requestDatabaseTime: options.requestDatabaseTime,
  });
  const graphql: TestServer["graphql"] = async (query, variables, headers = {}) => {
    const res = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLBody };
  };
  return {
    db,
    server,
    graphql,
    async execute(document, variables) {
      const { body } = await graphql(print(document), variables);
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async executeFailing(document, variables) {
      const { body } = await graphql(print(document), variables);
      if (!body.errors) throw new Error(`expected errors, got data: ${JSON.stringify(body.data)}`);
      return body.errors;
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
