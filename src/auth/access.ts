// How the HTTP server applies access control: credentials into the context, anonymous reads, CORS.
import { type ApolloServerPlugin } from "@apollo/server";
import cors from "cors";
import { type RequestHandler } from "express";
import { type JwtConfig } from "../config.js";
import { type Context } from "../context.js";
import { type PrismaClient } from "../db/client.js";
import { AuthenticationError } from "../errors.js";
import { type Logger } from "../logger.js";
import { type Authenticate, createAuthenticator } from "./authenticate.js";
import { createJwtVerifier } from "./jwt.js";

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
  /** Refuses operations without a principal when anonymous reads are off (HTTP 401). */
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
          if (!anonymousRead && !contextValue.user) {
            throw new AuthenticationError(
              "this server requires a token for every request (NEWSROOM_ANONYMOUS_READ=false)",
              true,
            );
          }
        },
      };
    },
  };
  const allowed = new Set(options.corsOrigins ?? []);
  return {
    anonymousRead,
    authenticate,
    plugin,
    // Allow-list only: an allowed origin gets its own Access-Control-Allow-Origin, any other none.
    cors: cors({
      origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: [
        "Authorization",
        "Content-Type",
        "Apollo-Require-Preflight",
        "X-Apollo-Operation-Name",
        "X-Request-Id",
      ],
      // Browser code may read the request id to quote it in a bug report.
      exposedHeaders: ["X-Request-Id"],
      maxAge: 600,
      optionsSuccessStatus: 204,
    }),
  };
}
