// GraphQL subscriptions over WebSocket (graphql-ws protocol) on the HTTP server's /graphql path.
import { type ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  specifiedRules,
  type ValidationRule,
  validate,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type http from "node:http";
import { WebSocketServer } from "ws";
import { type Access, readRefusal } from "../auth/access.js";
import { type Principal } from "../auth/principal.js";
import { createContext, type Context } from "../context.js";
import { type Database } from "../db/client.js";
import { type Logger } from "../logger.js";
import { ArticleBus } from "./bus.js";

type Format = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The credentials in connectionParams: `{ authorization: "Bearer <token>" }` or `{ token: "<token>" }`. */
function authorizationOf(params: Record<string, unknown> | undefined): unknown {
  if (!params) return undefined;
  const header = params.authorization ?? params.Authorization;
  if (header !== undefined) return header;
  return typeof params.token === "string" ? `Bearer ${params.token}` : params.token;
}

/**
 * Attaches a graphql-ws server to `httpServer` (same port and path as HTTP) and starts the process's
 * one LISTEN. Credentials are checked once per connection (connectionParams): bad ones close it
 * with 4403 Forbidden; with anonymous reads off, a subscription without credentials is answered
 * with an UNAUTHENTICATED error. Errors are formatted like HTTP ones.
 */
export async function attachSubscriptions(options: {
  httpServer: http.Server;
  schema: GraphQLSchema;
  db: Database;
  log: Logger;
  access: Access;
  formatError: Format;
  /** The HTTP endpoint's extra validation rules (graphql-armor's depth and other limits). */
  validationRules?: readonly ValidationRule[];
}): Promise<{ plugin: ApolloServerPlugin<Context>; bus: ArticleBus }> {
  const { db, log, access, formatError } = options;
  const bus = await ArticleBus.start(db, log);
  // Messages are bounded like HTTP bodies (1 MB).
  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql", maxPayload: 1024 * 1024 });
  const rules = [...specifiedRules, ...(options.validationRules ?? [])];
  const users = new WeakMap<object, Principal | null>();
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const cleanup = useServer(
    {
      schema: options.schema,
      validate: (schema, document) => validate(schema, document, rules),
      onConnect: async (ctx) => {
        try {
          const user = await access.authenticate(
            authorizationOf(ctx.connectionParams),
            ctx.extra.request.socket.remoteAddress ?? "unknown",
          );
          users.set(ctx, user);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx) => {
        const refused = readRefusal(access.anonymousRead, users.get(ctx) ?? null, "websocket");
        if (refused) return [refused];
      },
      context: (ctx) => ({ ...createContext({ prisma: db.prisma, log, user: users.get(ctx) ?? null }), live: bus }),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
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
