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
  /** A concurrent write conflicted with this one (deadlock or serialization failure); nothing was changed, retry. */
  CONFLICT = "CONFLICT",
  /** PostgreSQL cannot be reached; answered with HTTP 503, retry later. */
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  /** The operation's estimated cost (graphql-armor's cost limit) is over the limit; answered with HTTP 400. */
  COST_LIMIT_EXCEEDED = "COST_LIMIT_EXCEEDED",
  /** The extraction thread's queue is full (HTTP 503): send the text again in a few seconds. */
  EXTRACTION_BUSY = "EXTRACTION_BUSY",
  /** The extraction thread crashed, ran out of its memory or took too long on this text; nothing was stored. */
  EXTRACTION_FAILED = "EXTRACTION_FAILED",
  /** A WebSocket connection, client address or the server holds its maximum of subscriptions. */
  TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/**
 * Bad input from the client; `argument` names the argument at fault (e.g. "filter.countries.all").
 * `status` is for errors raised before execution (HTTP 400, like Apollo's own variable errors).
 */
export class UserInputError extends GraphQLError {
  constructor(argument: string, message: string, options: { status?: 400 } = {}) {
    super(`${argument}: ${message}`, {
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        argument,
        ...(options.status ? { http: { status: options.status } } : {}),
      },
    });
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

/**
 * Valid credentials, too small a role: a field error (HTTP 200), or with `refusesRequest` the whole
 * request is refused (HTTP 403, nothing runs).
 */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, refusesRequest = false) {
    super(message, {
      extensions: { code: ErrorCode.FORBIDDEN, ...(refusesRequest ? { http: { status: 403 } } : {}) },
    });
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

const UNAVAILABLE_MESSAGE = "the database is unavailable; retry later";

/**
 * PostgreSQL could not be reached before the operation ran (while authenticating the request): HTTP
 * 503 like an outage during execution, where the plugin sets the status. `cause` is the driver's error.
 */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(cause: unknown) {
    super(UNAVAILABLE_MESSAGE, {
      originalError: cause instanceof Error ? cause : undefined,
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503 } },
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
  ErrorCode.COST_LIMIT_EXCEEDED,
  ErrorCode.TOO_MANY_SUBSCRIPTIONS,
  ErrorCode.EXTRACTION_BUSY,
  ErrorCode.EXTRACTION_FAILED,
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** PostgreSQL's SQLSTATE or Node's errno code of a database error, however Prisma or pg wrapped it. */
export function databaseCode(error: unknown): string | undefined {
  const e = error as {
    code?: unknown;
    cause?: { originalCode?: unknown; code?: unknown };
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  } | null;
  const code = e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.cause?.originalCode ?? e?.cause?.code ?? e?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Codes meaning "no connection to PostgreSQL" rather than "this request was wrong": Node's errno
 * codes, SQLSTATE classes 08 (connection), 53300 (too many connections) and 57P01-3 (shutdown),
 * Prisma's P1001/P1002/P1017 (cannot reach, timed out, connection closed).
 */
const UNREACHABLE =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|08...|53300|57P0[123]|P100[12]|P1017)$/;
/**
 * @prisma/adapter-pg's error kinds for a lost connection: a raw query ($queryRaw) reports them as
 * P2010 "Raw query failed … Can't reach database server", with the kind and no SQLSTATE; a statement
 * in an interactive transaction throws the adapter's DriverAdapterError itself, the kind as its cause.
 */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/**
 * Messages of lost connections that carry no code: pg's (a statement cut off, the pool's connect
 * timeout, a client broken earlier in the transaction) and Prisma's P2028 when a transaction cannot
 * get a connection in time.
 */
const UNREACHABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Unable to start a transaction in the given time/i;

/**
 * Whether an error (or one of its causes) says PostgreSQL cannot be reached. The shapes were found by
 * cutting real connections (tests/crash/outage.test.ts, tests/integration/security.test.ts).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { cause?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    const code = databaseCode(e);
    const kind =
      (e as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta?.driverAdapterError?.cause?.kind ??
      (e as { kind?: unknown }).kind;
    if (e instanceof DatabaseUnavailableError) return true;
    if ((code && UNREACHABLE.test(code)) || UNREACHABLE_KINDS.has(String(kind))) return true;
    if (typeof e.message === "string" && UNREACHABLE_MESSAGE.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** A database error as a client may see it: a timeout, a write conflict or an outage; undefined for anything else. */
function classifyDatabaseError(error: unknown): ErrorCode | undefined {
  const code = databaseCode(error);
  if (code === "57014") return ErrorCode.QUERY_TIMEOUT;
  // PostgreSQL aborted the transaction to resolve a deadlock or a serialization failure (the writer retries these itself).
  if (code === "40P01" || code === "40001") return ErrorCode.CONFLICT;
  if (isDatabaseUnavailable(error)) return ErrorCode.DATABASE_UNAVAILABLE;
  return undefined;
}

const DATABASE_MESSAGES: Record<string, string> = {
  [ErrorCode.QUERY_TIMEOUT]: "the request took longer than the statement timeout; narrow the filter or search",
  [ErrorCode.CONFLICT]: "the write conflicted with a concurrent one and was not applied; retry",
  [ErrorCode.DATABASE_UNAVAILABLE]: UNAVAILABLE_MESSAGE,
};

/** "first: must not be greater than 100" from class-validator's report. */
function describeValidation(error: ArgumentValidationError): string {
  return error.extensions.validationErrors
    .flatMap(function flatten(v): string[] {
      return [...Object.values(v.constraints ?? {}), ...(v.children ?? []).flatMap(flatten)];
    })
    .join("; ");
}

/** The dotted path of the first failing value in class-validator's report ("filter.countries.all"). */
function validationPath(error: ArgumentValidationError): string | undefined {
  const path: string[] = [];
  for (let v = error.extensions.validationErrors[0]; v; v = v.constraints ? undefined : v.children?.[0]) {
    path.push(v.property);
  }
  return path.length ? path.join(".") : undefined;
}

/**
 * Cuts values graphql-js and Apollo repeat in messages (`Int cannot represent non-integer value:
 * "…"`, `Cannot query field "…"`) to 100 characters: quoted strings, and any other run without spaces.
 */
export function truncateEchoes(message: string): string {
  return message.replace(/"((?:[^"\\]|\\.){100})(?:[^"\\]|\\.)+"/g, '"$1…"').replace(/([^\s"]{100})[^\s"]+/g, "$1…");
}

/** graphql-armor's cost report: "Syntax Error: Query Cost limit of 5000 exceeded, found 12000." */
const COST_REPORT = /^(?:Syntax Error: )?Query Cost limit of (\d+) exceeded, found ([\d.]+|Infinity)\.$/;

/** The HTTP status an error asks for (Apollo's request errors carry one in `extensions.http`). */
function requestedStatus(error: unknown): number | undefined {
  const status = (error as GraphQLError | undefined)?.extensions?.http as { status?: unknown } | undefined;
  return typeof status?.status === "number" ? status.status : undefined;
}

/** graphql-js's suggestions: " Did you mean "headline"?", " Did you mean the enum value "RELEVANCE"?". */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Apollo's formatError: request errors pass through (argument validation reworded so it names the
 * argument); a statement timeout or a lost database get their own code and a plain message; anything
 * else becomes a bare INTERNAL_SERVER_ERROR and is logged, so no stack, SQL or Prisma text ever
 * reaches a client. `suggestions`: keep graphql-js's "Did you mean …?" (where introspection is on, as
 * the schema is public there anyway); otherwise they are cut, being a map of the schema.
 */
export function formatError(
  onInternal: (error: unknown) => void,
  onUnavailable: (error: unknown) => void = onInternal,
  options: { suggestions?: boolean } = {},
) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof ArgumentValidationError) {
      return {
        ...formatted,
        message: describeValidation(original),
        extensions: { code: ErrorCode.BAD_USER_INPUT, argument: validationPath(original) },
      };
    }
    const cost = COST_REPORT.exec(formatted.message);
    if (cost) {
      const [, maxCost, found] = cost;
      const estimate = Math.round(Number(found));
      return {
        message: `the operation's estimated cost ${Number.isFinite(estimate) ? estimate : "(unbounded)"} is over the limit of ${maxCost}; ask for fewer items (first, last) or fewer nested lists`,
        locations: formatted.locations,
        extensions: {
          code: ErrorCode.COST_LIMIT_EXCEEDED,
          ...(Number.isFinite(estimate) ? { cost: estimate } : {}),
          maxCost: Number(maxCost),
        },
      };
    }
    // graphql-js reports an operation type the schema lacks (`mutation { __typename }`) while executing.
    if (error instanceof GraphQLError && !error.originalError && /^Schema is not configured/.test(error.message)) {
      return { message: error.message, extensions: { code: "BAD_REQUEST" } };
    }
    // Apollo's own request errors without a code (a persisted query's wrong hash or version) carry a 4xx status.
    const status = requestedStatus(error);
    if (error instanceof GraphQLError && !error.extensions.code && status && status >= 400 && status < 500) {
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
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    const message = truncateEchoes(result.message);
    return { ...result, message: options.suggestions ? message : message.replace(SUGGESTION, "") };
  };
}
