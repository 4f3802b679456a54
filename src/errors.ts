import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";

/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  /** No credentials, or credentials that are wrong, expired or revoked. */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** Valid credentials whose role is too small for the operation. */
  FORBIDDEN = "FORBIDDEN",
  /** Too many failed authentications from this client; retry after the window. */
  RATE_LIMITED = "RATE_LIMITED",
  /** A statement ran longer than the request's statement timeout; nothing was changed. */
  QUERY_TIMEOUT = "QUERY_TIMEOUT",
  /** PostgreSQL cannot be reached; answered with HTTP 503, retry later. */
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** Bad input from the client; `argument` names the argument at fault (e.g. "filter.countries.all"). */
export class UserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
  }
}

/** Nothing with that id; `argument` names the argument that was looked up. */
export class NotFoundError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: ErrorCode.NOT_FOUND, argument } });
  }
}

/**
 * Missing or invalid credentials. `refusesRequest`: the whole request is refused (HTTP 401); otherwise
 * one field fails (HTTP 200 with the rest of the data, so clients keep what they may read).
 */
export class AuthenticationError extends GraphQLError {
  constructor(message = "a valid token is required: send Authorization: Bearer <token>", refusesRequest = false) {
    super(message, {
      extensions: { code: ErrorCode.UNAUTHENTICATED, ...(refusesRequest ? { http: { status: 401 } } : {}) },
    });
  }
}

/** Valid credentials, too small a role (a field error: HTTP 200). */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

/** Too many failed authentications from one client (HTTP 429). */
export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`too many failed authentications; retry in ${retryAfterSeconds} s`, {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfter: retryAfterSeconds,
        http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
      },
    });
  }
}

// Codes produced by graphql-js, Apollo Server and graphql-armor: they describe the request, never our internals.
const REQUEST_ERROR_CODES = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.RATE_LIMITED,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** PostgreSQL's SQLSTATE or Node's errno code of a database error, however Prisma or pg wrapped it. */
function databaseCode(error: unknown): string | undefined {
  const e = error as {
    code?: unknown;
    cause?: { originalCode?: unknown; code?: unknown };
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  } | null;
  const code = e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.cause?.originalCode ?? e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Errors meaning "no connection to PostgreSQL" rather than "this request was wrong": Node's errno
 * codes, SQLSTATE classes 08 (connection) and 57P01-3 (shutdown), Prisma's P1001/P1002/P1017 (cannot
 * reach, timed out, connection closed).
 */
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|08...|57P0[123]|P100[12]|P1017)$/;

/** A database error as a client may see it: a timeout or an outage; undefined for anything else. */
function classifyDatabaseError(error: unknown): ErrorCode | undefined {
  const code = databaseCode(error);
  if (code === "57014") return ErrorCode.QUERY_TIMEOUT;
  if (
    (code && UNREACHABLE.test(code)) ||
    /timeout exceeded when trying to connect|Connection terminated/i.test(String(error))
  ) {
    return ErrorCode.DATABASE_UNAVAILABLE;
  }
  return undefined;
}

const DATABASE_MESSAGES: Record<string, string> = {
  [ErrorCode.QUERY_TIMEOUT]: "the request took longer than the statement timeout; narrow the filter or search",
  [ErrorCode.DATABASE_UNAVAILABLE]: "the database is unavailable; retry later",
};

/** "first: must not be greater than 100" from class-validator's report. */
function describeValidation(error: ArgumentValidationError): string {
  return error.extensions.validationErrors
    .flatMap(function flatten(v): string[] {
      return [...Object.values(v.constraints ?? {}), ...(v.children ?? []).flatMap(flatten)];
    })
    .join("; ");
}

/**
 * Apollo's formatError: request errors pass through (argument validation reworded so it names the
 * argument); a statement timeout or a lost database get their own code and a plain message; anything
 * else becomes a bare INTERNAL_SERVER_ERROR and is logged, so no stack, SQL or Prisma text ever
 * reaches a client.
 */
export function formatError(
  onInternal: (error: unknown) => void,
  onUnavailable: (error: unknown) => void = onInternal,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof ArgumentValidationError) {
      const argument = original.extensions.validationErrors[0]?.property;
      return {
        ...formatted,
        message: describeValidation(original),
        extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
      };
    }
    // graphql-js reports an operation type the schema lacks (`mutation { __typename }`) while executing.
    if (error instanceof GraphQLError && !error.originalError && /^Schema is not configured/.test(error.message)) {
      return { message: error.message, extensions: { code: "BAD_REQUEST" } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const databaseError = classifyDatabaseError(original);
    if (databaseError) {
      if (databaseError === ErrorCode.DATABASE_UNAVAILABLE) onUnavailable(original);
      return {
        message: DATABASE_MESSAGES[databaseError]!,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: databaseError },
      };
    }
    onInternal(original);
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
