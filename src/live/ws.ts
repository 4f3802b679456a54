// GraphQL subscriptions over WebSocket (graphql-ws protocol) on the HTTP server's /graphql path.
import { type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type http from "node:http";
import { WebSocketServer } from "ws";
import { type Access } from "../auth/access.js";
import { type Principal } from "../auth/principal.js";
import { createContext, type Context } from "../context.js";
import { type Database } from "../db/client.js";
import { ErrorCode } from "../errors.js";
import { type Guards } from "../guards.js";
import { type Logger } from "../logger.js";
import { ArticleBus } from "./bus.js";
import { SUBSCRIPTION_LIMITS } from "../limits.js";

type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Most subscriptions one socket, one client address and the whole process may hold. Each holds a
 * context and an iterator: 500 added ~25 MB of RSS to the production server (192 MB heap cap), so
 * 2,000 per process leave room for requests; more subscribers need more API instances (they share
 * announcements through PostgreSQL). A new article is matched once per distinct filter and loaded once
 * per distinct selection (tests/crash/subscriptions.test.ts measures the fan-out).
 */
export type SubscriptionLimits = typeof SUBSCRIPTION_LIMITS;

/** The credentials in connectionParams: `{ authorization: "Bearer <token>" }` or `{ token: "<token>" }`. */
function authorizationOf(params: Record<string, unknown> | undefined): unknown {
  if (!params) return undefined;
  const header = params.authorization ?? params.Authorization;
  if (header !== undefined) return header;
  return typeof params.token === "string" ? `Bearer ${params.token}` : params.token;
}

/** Counts the subscriptions held per socket, per client address and in all; refuses past the limits. */
function subscriptionCounter(limits: SubscriptionLimits) {
  const bySocket = new WeakMap<object, Set<string>>();
  const byAddress = new Map<string, number>();
  let total = 0;
  const release = (socket: object, address: string, id: string) => {
    const ids = bySocket.get(socket);
    if (!ids?.delete(id)) return;
    total--;
    const left = (byAddress.get(address) ?? 1) - 1;
    if (left > 0) byAddress.set(address, left);
    else byAddress.delete(address);
  };
  return {
    /** Holds one more subscription, or says which limit it would pass. */
    acquire(socket: object, address: string, id: string): string | undefined {
      const ids = bySocket.get(socket) ?? new Set<string>();
      if (ids.size >= limits.perSocket) return `at most ${limits.perSocket} subscriptions per connection`;
      if ((byAddress.get(address) ?? 0) >= limits.perAddress)
        return `at most ${limits.perAddress} subscriptions per client address`;
      if (total >= limits.total) return `this server holds its maximum of ${limits.total} subscriptions`;
      ids.add(id);
      bySocket.set(socket, ids);
      byAddress.set(address, (byAddress.get(address) ?? 0) + 1);
      total++;
      return undefined;
    },
    release,
    releaseAll(socket: object, address: string) {
      for (const id of [...(bySocket.get(socket) ?? [])]) release(socket, address, id);
    },
  };
}

/**
 * Attaches a graphql-ws server to `httpServer` (same port and path as HTTP) and starts the process's
 * one LISTEN. Credentials are checked once per connection (connectionParams): bad ones close it
 * with 4403 Forbidden, too many failures with 4429, a database outage with 1013 (try again later); with anonymous reads off, an operation without credentials is answered
 * with an UNAUTHENTICATED error. Every operation passes the same guards as over HTTP (guards.ts),
 * and its errors are formatted like HTTP ones.
 */
export async function attachSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  db: Database;
  log: Logger;
  access: Access;
  formatError: Format;
  guards: Guards;
  limits?: SubscriptionLimits;
  /** Why a document may not run at all (NEWSROOM_TRUSTED_DOCUMENTS=only), or undefined. */
  documentRefusal?: (payload: { query?: unknown }) => string | undefined;
}): Promise<{ plugin: ApolloServerPlugin<Context>; bus: ArticleBus }> {
  const { db, log, access, formatError, guards } = options;
  const bus = await ArticleBus.start(db, log);
  // Messages are bounded like HTTP bodies (1 MB).
  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql", maxPayload: 1024 * 1024 });
  const users = new WeakMap<object, Principal | null>();
  const counter = subscriptionCounter(options.limits ?? SUBSCRIPTION_LIMITS);
  const addressOf = (ctx: { extra: { request: http.IncomingMessage } }) =>
    ctx.extra.request.socket.remoteAddress ?? "unknown";
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const cleanup = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        try {
          users.set(ctx, await access.authenticate(authorizationOf(ctx.connectionParams), addressOf(ctx)));
          return true;
        } catch (error) {
          // Credentials that could not be checked are no reason for a client to drop them: "try again later".
          const code = (error as GraphQLError).extensions?.code;
          if (code === ErrorCode.DATABASE_UNAVAILABLE)
            ctx.extra.socket.close(1013, "database unavailable; retry later");
          if (code === ErrorCode.RATE_LIMITED) ctx.extra.socket.close(4429, "too many failed authentications");
          return false; // otherwise 4403 Forbidden
        }
      },
      onSubscribe: (ctx, id, payload) => {
        const refused = access.refusal(users.get(ctx) ?? null, "websocket");
        if (refused) return [refused];
        const untrusted = options.documentRefusal?.(payload);
        if (untrusted) return [new GraphQLError(untrusted, { extensions: { code: "BAD_REQUEST" } })];
        const prepared = guards.prepare(options.schema, payload);
        if ("errors" in prepared) return prepared.errors;
        if (prepared.operation.operation === "subscription") {
          const limit = counter.acquire(ctx, addressOf(ctx), id);
          if (limit) return [new GraphQLError(limit, { extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS } })];
        }
        return prepared.args;
      },
      context: (ctx) => ({ ...createContext({ prisma: db.prisma, log, user: users.get(ctx) ?? null }), live: bus }),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onComplete: (ctx, id) => counter.release(ctx, addressOf(ctx), id),
      onClose: (ctx) => counter.releaseAll(ctx, addressOf(ctx)),
    },
    wsServer,
  );
  return {
    bus,
    plugin: {
      // Over HTTP a subscription would run once as a query, with nothing to deliver.
      async requestDidStart() {
        return {
          async didResolveOperation({ operation }) {
            if (operation?.operation === "subscription") {
              throw new GraphQLError(
                "subscriptions are served over WebSocket (graphql-ws protocol) on this path, not over HTTP",
                { extensions: { code: "BAD_REQUEST", http: { status: 400 } } },
              );
            }
          },
        };
      },
      async serverWillStart() {
        return {
          async drainServer() {
            await cleanup.dispose();
            await bus.close();
          },
        };
      },
    },
  };
}
