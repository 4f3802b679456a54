// How the HTTP server applies access control: credentials into the context, anonymous reads, CORS.
import { type ApolloServerPlugin } from "@apollo/server";
import cors from "cors";
import { type RequestHandler } from "express";
import { type JwtConfig } from "../config.js";
import { type Context } from "../context.js";
import { type PrismaClient } from "../db/client.js";
import { AuthenticationError, ForbiddenError } from "../errors.js";
import { type Logger } from "../logger.js";
import { type Authenticate, createAuthenticator } from "./authenticate.js";
import { createJwtVerifier } from "./jwt.js";
import { hasRole, type Principal } from "./principal.js";

const HOW_TO_SEND = {
  http: "send Authorization: Bearer <token>",
  websocket: 'pass { authorization: "Bearer <token>" } as connectionParams',
};

/**
 * Why `user` may not read on this server, or undefined when it may: the one read check of every
 * transport (the HTTP plugin below, the WebSocket server's onSubscribe). With anonymous reads off it
 * fails closed: only a principal with a role the API knows (reader or more) reads; none is
 * UNAUTHENTICATED (401), a valid token without a known role (a JWT without the role claim, or with
 * "intern") FORBIDDEN (403: the credentials are fine, sending them again will not help).
 */
export function readRefusal(
  anonymousRead: boolean,
  user: Principal | null,
  transport: keyof typeof HOW_TO_SEND,
): AuthenticationError | ForbiddenError | undefined {
  if (anonymousRead) return undefined;
  if (!user) {
    return new AuthenticationError(
      `this server requires a token for every request (NEWSROOM_ANONYMOUS_READ=false): ${HOW_TO_SEND[transport]}`,
      true,
    );
  }
  if (!hasRole(user.role, "reader")) {
    return new ForbiddenError(
      `this server serves only the reader, editor and admin roles; ${user.actor} has ${user.role ?? "none"}`,
      true,
    );
  }
  return undefined;
}

/** What a preflight from an allowed origin is answered with (README "Browsers on another origin" lists them). */
export const CORS_METHODS = ["GET", "POST", "OPTIONS"];
export const CORS_ALLOWED_HEADERS = [
  "Authorization",
  "Content-Type",
  "Apollo-Require-Preflight",
  "X-Apollo-Operation-Name",
  "X-Request-Id",
];
/** Browser code may read the request id to quote it in a bug report. */
export const CORS_EXPOSED_HEADERS = ["X-Request-Id"];
/** Seconds a browser may reuse a preflight's answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/** The access settings of a server (from NEWSROOM_* configuration); every key has a default. */
export interface AccessOptions {
  /** Default true. */
  anonymousRead?: boolean;
  /** Default none. */
  corsOrigins?: string[];
  jwt?: JwtConfig;
  /** Default 10. */
  authFailuresPerMinute?: number;
}

export interface Access {
  anonymousRead: boolean;
  authenticate: Authenticate;
  /** readRefusal with this server's setting: what the WebSocket server asks of each operation. */
  refusal(
    user: Principal | null,
    transport: keyof typeof HOW_TO_SEND,
  ): AuthenticationError | ForbiddenError | undefined;
  /** Refuses operations of callers that may not read (readRefusal) when anonymous reads are off. */
  plugin: ApolloServerPlugin<Context>;
  cors: RequestHandler;
}

export function createAccess(prisma: PrismaClient, log: Logger, options: AccessOptions = {}): Access {
  const anonymousRead = options.anonymousRead ?? true;
  const authenticate = createAuthenticator(prisma, log, {
    anonymousRead,
    jwt: options.jwt ? createJwtVerifier(options.jwt) : undefined,
    authFailuresPerMinute: options.authFailuresPerMinute ?? 10,
  });
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const refused = readRefusal(anonymousRead, contextValue.user, "http");
          if (refused) throw refused;
        },
      };
    },
  };
  const allowed = new Set(options.corsOrigins ?? []);
  return {
    anonymousRead,
    authenticate,
    refusal: (user, transport) => readRefusal(anonymousRead, user, transport),
    plugin,
    // Allow-list only: an allowed origin gets its own Access-Control-Allow-Origin, any other none.
    cors: cors({
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
      methods: CORS_METHODS,
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: CORS_MAX_AGE_SECONDS,
      optionsSuccessStatus: 204,
    }),
  };
}
