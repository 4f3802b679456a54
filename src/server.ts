import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import express from "express";
import { readFileSync } from "node:fs";
import http from "node:http";
import { type AddressInfo } from "node:net";
import { createContext, type Context } from "./context.js";
import { type Database } from "./db/client.js";
import { formatError } from "./errors.js";
import { type Logger } from "./logger.js";
import { createSchema } from "./schema.js";

/** Preloaded in Apollo Sandbox so a first visitor has something that runs. */
// Read from src/ both when running from src/ (tsx, tests) and from the build in dist/.
export const SANDBOX_EXAMPLE = readFileSync(new URL("../src/sandbox-example.graphql", import.meta.url), "utf8").replace(
  /^#.*\n/,
  "",
);

export interface StartedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * HTTP server: GraphQL on /graphql (Sandbox landing page in development), /health checking the database.
 */
export async function startServer(options: {
  db: Database;
  log: Logger;
  port: number;
  production: boolean;
}): Promise<StartedServer> {
  const { db, log, production } = options;
  const app = express();
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({ maxDepth: { n: 8 } }).protect();

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: formatError((error) => log.error({ err: error }, "internal error in a GraphQL request")),
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor is CommonJS and types its plugins against Apollo's CJS declarations; same runtime object.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are used; the plugin would otherwise wrap every field resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, document: SANDBOX_EXAMPLE, includeCookies: false }),
    ],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      res.json({ status: "ok", database: db.kind });
    } catch (error) {
      log.error({ err: error }, "health check failed");
      res.status(503).json({ status: "unavailable", database: db.kind });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async () => createContext({ prisma: db.prisma, log }) }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
