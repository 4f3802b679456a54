import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import { readFileSync } from "node:fs";
import http from "node:http";
import { type AddressInfo } from "node:net";
import { type AccessOptions, createAccess } from "./auth/access.js";
import { createContext, type Context } from "./context.js";
import { type Database } from "./db/client.js";
import { ErrorCode, formatError } from "./errors.js";
import { EXPLORER_PATH, explorerRouter, withExplorerLink } from "./explorer.js";
import { createGuards } from "./guards.js";
import { homeHandler } from "./home.js";
import { MAX_BODY_BYTES } from "./limits.js";
import { databaseUnavailableStatus, inFlightRequests, throttledUnavailableLog } from "./plugins.js";
import { type Logger } from "./logger.js";
import { createObservability, type RequestRecord } from "./observability.js";
import { readRouting } from "./read-routing.js";
import { createSchema } from "./schema.js";
import { createExecutor, fixedSchemaGateway } from "./execution.js";
import { attachSubscriptions, type SubscriptionLimits } from "./live/ws.js";
import { type CacheOptions } from "./http/cache-config.js";
import { createCacheEdge } from "./http/cache-edge.js";

/** Preloaded in Apollo Sandbox so a first visitor has something that runs. */
// Read from src/ both when running from src/ (tsx, tests) and from the build in dist/.
export const SANDBOX_EXAMPLE = readFileSync(new URL("../src/sandbox-example.graphql", import.meta.url), "utf8").replace(
  /^#.*\n/,
  "",
);

const BODY_ERRORS: Record<string, string> = {
  "entity.parse.failed": "the request body is not valid JSON",
  "entity.too.large": "the request body is larger than 1 MB",
  "charset.unsupported": "the request body's charset is not supported; send UTF-8",
  "encoding.unsupported": "the request body's content encoding is not supported",
};

export interface StartedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * HTTP server: GraphQL on /graphql (Sandbox landing page in development), /health (the process
 * answers), /ready (the database answers and has every migration) and /metrics (Prometheus).
 */
export async function startServer(options: {
  db: Database;
  log: Logger;
  port: number;
  production: boolean;
  /** Serve the offline explorer (and introspection) in production too; development always serves it. */
  explorer?: boolean;
  /** Tokens, anonymous reads, CORS, JWT (see AccessOptions); defaults: anonymous reads, no CORS origin. */
  access?: AccessOptions;
  /** Default SUBSCRIPTION_LIMITS (src/live/ws.ts). */
  subscriptionLimits?: SubscriptionLimits;
  /** Trusted documents and purge targets (src/http/cache-config.ts); default: ad-hoc queries allowed, no purges. */
  cache?: CacheOptions;
  /** databaseMs and statements in each request's log line (NEWSROOM_REQUEST_DATABASE_TIME); costs Node CPU. */
  requestDatabaseTime?: boolean;
}): Promise<StartedServer> {
  const { db, log, production } = options;
  const explorer = !production || options.explorer === true;
  const access = createAccess(db.prisma, log, options.access);
  const inFlight = inFlightRequests();
  const observability = createObservability({
    log,
    pool: db.pool,
    replicas: db.replicas,
    timed: options.requestDatabaseTime,
  });
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const guards = createGuards({ introspection: explorer });

  const schema = await createSchema();
  const cache = await createCacheEdge({
    schema,
    db,
    log,
    registry: observability.registry,
    cache: options.cache,
    onRefused: observability.recordHttpError,
  });
  // One throttled warning for every request and readiness probe that finds the database unavailable.
  const unavailable = throttledUnavailableLog(log);
  // "Did you mean …?" where the schema is public anyway: development, or NEWSROOM_EXPLORER=true.
  const errorFormatter = (onInternal: (error: unknown) => void) =>
    formatError(onInternal, unavailable, { suggestions: explorer });
  const live = await attachSubscriptions({
    httpServer,
    schema,
    db,
    log,
    access,
    formatError: errorFormatter((error) => log.error({ err: error }, "internal error in a subscription")),
    guards,
    limits: options.subscriptionLimits,
    documentRefusal: cache.webSocketRefusal,
  });

  const apollo = new ApolloServer<Context>({
    // The schema, executed by graphql-js and, for documents sent often, by compiled plans (src/execution.ts).
    gateway: fixedSchemaGateway(schema, createExecutor(schema, observability.registry)),
    // Introspection is a guard (guards.ts), the same over WebSocket: on in development and with NEWSROOM_EXPLORER=true.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Documents, parsed and persisted, are kept in caches bounded by the memory they hold.
    parseOptions: guards.apollo.parseOptions,
    documentStore: guards.apollo.documentStore,
    persistedQueries: guards.apollo.persistedQueries,
    // main.ts stops the server on SIGINT/SIGTERM and closes the database afterwards.
    stopOnTerminationSignals: false,
    // Counted as it is formatted: the only hook every error of every HTTP response passes, refused requests' too.
    // Internal errors are logged with the request's id by the observability plugin and the context below.
    formatError: observability.countingFormatError(errorFormatter(() => {})),
    validationRules: guards.apollo.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      inFlight.plugin,
      observability.plugin as ApolloServerPlugin<Context>,
      access.plugin,
      live.plugin,
      databaseUnavailableStatus,
      readRouting(db),
      guards.apollo.plugin,
      cache.plugin as ApolloServerPlugin<Context>,
      // Cache policies come from the document (src/http/cache-control.ts); Apollo's own plugin would wrap every field resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : withExplorerLink(
            ApolloServerPluginLandingPageLocalDefault({
              embed: true,
              document: SANDBOX_EXAMPLE,
              includeCookies: false,
            }),
          ),
    ],
  });
  await apollo.start();

  app.get("/", homeHandler({ explorer }));
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    try {
      const pending = await db.pendingMigrations();
      // Replicas are listed, not required: reads fall back to the primary while they are down.
      const replicas = db.replicas?.states();
      if (pending.length === 0) res.json({ status: "ready", database: db.kind, replicas });
      else res.status(503).json({ status: "migrations pending", database: db.kind, pending, replicas });
    } catch (error) {
      unavailable(error);
      res.status(503).json({ status: "unavailable", database: db.kind });
    }
  });
  app.get("/metrics", observability.metricsHandler);
  if (explorer) app.use(EXPLORER_PATH, explorerRouter({ document: SANDBOX_EXAMPLE, endpoint: "/graphql" }));
  app.use(
    "/graphql",
    access.cors,
    observability.begin,
    cache.noStore,
    express.json({ limit: MAX_BODY_BYTES }),
    observability.enter,
    cache.trusted,
    guards.http,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const request = res.locals.request as RequestRecord;
        const requestLog = log.child({ requestId: request.id });
        try {
          const user = await access.authenticate(req.headers.authorization, req.ip ?? "unknown", requestLog);
          return createContext({ prisma: db.prisma, log: requestLog, user, request });
        } catch (error) {
          // Refused credentials, the rate limit, an unreachable database: the error's own code.
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          if (typeof code === "string") request.code = code;
          else {
            request.code = ErrorCode.INTERNAL_SERVER_ERROR;
            requestLog.error({ err: error }, "internal error in a GraphQL request");
          }
          throw error;
        }
      },
    }),
  );
  // Body errors (malformed JSON, too large, unsupported charset) as GraphQL-shaped JSON, never Express's HTML page.
  app.use(
    (
      error: { status?: number; type?: string; publicMessage?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) log.error({ err: error }, "internal error in an HTTP request");
      const message =
        status === 500
          ? "Internal server error"
          : (error.publicMessage ?? BODY_ERRORS[error.type ?? ""] ?? "the request body cannot be read");
      const code = status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : "BAD_REQUEST";
      observability.recordHttpError(res, code);
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    },
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    // Requests whose client went away still run; the database must stay open until they end.
    stop: async () => {
      await apollo.stop();
      await inFlight.settled(10_000);
      await cache.close();
    },
  };
}
