import { type PrismaClient } from "../db/client.js";
import { AuthenticationError, DatabaseUnavailableError, isDatabaseUnavailable, RateLimitedError } from "../errors.js";
import { type Logger } from "../logger.js";
import { type JwtVerifier, looksLikeJwt } from "./jwt.js";
import { type Principal } from "./principal.js";
import { AuthFailureLimiter } from "./rate-limit.js";
import { looksLikeApiToken, verifyApiToken } from "./tokens.js";

export interface AuthOptions {
  /** Reads without credentials (NEWSROOM_ANONYMOUS_READ). */
  anonymousRead: boolean;
  jwt?: JwtVerifier;
  authFailuresPerMinute: number;
}

/**
 * Turns the credentials of a request (HTTP header or graphql-ws connectionParams) into a principal; `log`, the
 * request's logger, where there is one.
 */
export type Authenticate = (authorization: unknown, clientKey: string, log?: Logger) => Promise<Principal | null>;

/**
 * No credentials: anonymous (null). Credentials that fail (malformed, unknown, revoked, expired,
 * wrongly signed): AuthenticationError, counted against the client; a client over the limit is
 * refused with RateLimitedError before its credentials are even checked. The token is never logged.
 * The token lookup and the limiter query PostgreSQL: when it cannot be reached, DatabaseUnavailableError
 * (HTTP 503), never a 500 or a 401 for credentials nobody could check.
 */
export function createAuthenticator(prisma: PrismaClient, log: Logger, options: AuthOptions): Authenticate {
  const authenticate = checkCredentials(prisma, log, options);
  return async (authorization, clientKey, requestLog) => {
    try {
      return await authenticate(authorization, clientKey, requestLog);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError(error);
      throw error;
    }
  };
}

function checkCredentials(prisma: PrismaClient, log: Logger, options: AuthOptions): Authenticate {
  const limiter = new AuthFailureLimiter(prisma, options.authFailuresPerMinute);
  return async (authorization, clientKey, requestLog = log) => {
    if (authorization === undefined || authorization === null || authorization === "") return null;
    const wait = await limiter.blockedFor(clientKey);
    if (wait > 0) throw new RateLimitedError(wait);
    const match = typeof authorization === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    const token = match?.[1];
    let user: Principal | null = null;
    if (token && looksLikeApiToken(token)) user = await verifyApiToken(prisma, token);
    else if (token && options.jwt && looksLikeJwt(token)) user = await options.jwt(token);
    if (!user) {
      // Failures that raced past the check above: only those within the limit are told their credentials are wrong.
      const over = await limiter.fail(clientKey);
      if (over > 0) throw new RateLimitedError(over);
      requestLog.warn({ client: clientKey, scheme: match ? "bearer" : "other" }, "failed authentication");
      throw new AuthenticationError(
        match ? "the token is invalid, expired or revoked" : "the Authorization header must be: Bearer <token>",
        true,
      );
    }
    return user;
  };
}
