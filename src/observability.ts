// Per-request observability: a request id, one log line per request and Prometheus metrics (with the
// database's statement times). Never logs a query text, variables, a token or an article body.
//
// The request's record travels explicitly (res.locals, the GraphQL context), not in an AsyncLocalStorage:
// on Node 20 an enabled AsyncLocalStorage runs a hook for every promise of the process, which cost the
// flagship page 5-12 % of its Node CPU (docs/benchmarks.md, "Request context without AsyncLocalStorage").
// Only the opt-in per-request database time (NEWSROOM_REQUEST_DATABASE_TIME) needs one: Prisma's
// statements carry no request.
import { type ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { type GraphQLFormattedError } from "graphql";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { type Logger } from "./logger.js";
import { requestedOperationName } from "./operation-name.js";

/** What is known about the request being served; every log line written while serving it carries its id. */
export interface RequestRecord {
  id: string;
  /**
   * The operation Apollo resolved (its name, or "anonymous"); unset when the request ended before that
   * (refused credentials, CSRF, a parse or validation error), and then read from the request itself.
   */
  operation?: string;
  /** The `extensions.code` of the first error sent, "OK" when none; unset until the response is known. */
  code?: string;
  /** With NEWSROOM_REQUEST_DATABASE_TIME: time spent in SQL statements (summed; they may run in parallel). */
  databaseMs: number;
  statements: number;
}

/** Set for the requests of servers with the per-request database time on (the `timed` option). */
const timedRequest = new AsyncLocalStorage<RequestRecord>();

/** Every statement's duration, by pool; registered on each server's /metrics. */
const statementDuration = new Histogram({
  name: "newsroom_db_statement_duration_seconds",
  help: "Time from sending an SQL statement to its result, by database (primary or a replica's name).",
  labelNames: ["database"],
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
  registers: [],
});

/**
 * A refused request's code where no error passed the plugin or the context: Apollo refuses a request before
 * running it (CSRF prevention, a malformed GraphQL-over-HTTP request) only with 400 BAD_REQUEST.
 */
function codeOfStatus(status: number): string {
  if (status < 400) return "OK";
  return status === 400 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
}

/** A client's X-Request-Id is kept if it is a plain token; anything else gets a new id. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Operation names are a metrics label: only plain names, and only this many distinct ones. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

/** A name fit for a log field and a metrics label: plain names as they are, anything else "invalid-name". */
function operationField(name: string | null | undefined): string {
  if (!name) return "anonymous";
  return OPERATION_NAME.test(name) ? name : "invalid-name";
}

const codeOf = (error: GraphQLFormattedError): string => String(error.extensions?.code ?? "UNKNOWN");

/**
 * The operation of a request Apollo did not resolve, from what the client sent: "unknown" when its body
 * could not be read (malformed, too large, another charset) and it named none in a header either.
 */
function operationOfRequest(req: express.Request, bodyRead: boolean): string {
  const params = (req.method === "GET" ? req.query : req.body) as { operationName?: unknown; query?: unknown };
  const name = requestedOperationName(
    params && typeof params === "object" ? params : undefined,
    req.get("x-apollo-operation-name"),
  );
  return name || bodyRead ? operationField(name) : "unknown";
}

/**
 * Times each statement of the pool's connections (pg's callback form, which Prisma's adapter uses, and its
 * promise form) into newsroom_db_statement_duration_seconds, and into the request it ran for where the
 * per-request database time is on.
 */
export function timeStatements(pool: pg.Pool, database: string): void {
  const histogram = statementDuration.labels({ database });
  pool.on("connect", (client) => {
    // The prototype's method is looked up on each call, so whatever wraps it later still sees every statement.
    const prototype = Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown };
    const query = (...args: unknown[]) => prototype.query.apply(client, args);
    client.query = ((...args: unknown[]) => {
      const request = timedRequest.getStore();
      if (request) request.statements++;
      const started = performance.now();
      const finished = () => {
        const ms = performance.now() - started;
        histogram.observe(ms / 1000);
        if (request) request.databaseMs += ms;
      };
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (...results: unknown[]) => {
          finished();
          return callback(...results);
        };
        return query(...args);
      }
      const result = query(...args);
      return result instanceof Promise ? result.finally(finished) : result;
    }) as typeof client.query;
  });
}

/** What /metrics shows of each read replica (src/db/replicas.ts). */
type ReplicaGauges = {
  states(): Array<{ name: string; up: boolean; lagSeconds: number | null; lagBytes: number | null }>;
};

export function createObservability(options: {
  log: Logger;
  pool?: pg.Pool;
  replicas?: ReplicaGauges;
  /** Adds databaseMs and statements to each request's line (NEWSROOM_REQUEST_DATABASE_TIME; costs Node CPU). */
  timed?: boolean;
}) {
  const { log, pool, replicas, timed = false } = options;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "newsroom_" });
  registry.registerMetric(statementDuration);
  const requests = new Counter({
    name: "newsroom_graphql_requests_total",
    help: "GraphQL HTTP requests by operation name and result code (OK or the first error's code).",
    labelNames: ["operation", "code"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "newsroom_graphql_request_duration_seconds",
    help: "Time from receiving a GraphQL request to sending its response, by operation name.",
    labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: "newsroom_graphql_errors_total",
    help: "Errors in GraphQL responses by extensions.code.",
    labelNames: ["code"],
    registers: [registry],
  });
  if (pool) {
    new Gauge({
      name: "newsroom_db_pool_connections",
      help: "Connections of the request pool: total open, idle, and requests waiting for one.",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        this.set({ state: "total" }, pool.totalCount);
        this.set({ state: "idle" }, pool.idleCount);
        this.set({ state: "waiting" }, pool.waitingCount);
      },
    });
  }
  if (replicas) {
    type State = ReturnType<ReplicaGauges["states"]>[number];
    const gauge = (name: string, help: string, value: (s: State) => number | null) =>
      new Gauge({
        name,
        help,
        labelNames: ["replica"],
        registers: [registry],
        collect() {
          for (const state of replicas.states()) {
            const v = value(state);
            if (v !== null) this.set({ replica: state.name }, v);
          }
        },
      });
    gauge("newsroom_db_replica_up", "1 when the replica answered its last check, else 0.", (s) => (s.up ? 1 : 0));
    gauge(
      "newsroom_db_replica_lag_seconds",
      "How long the replica has been behind the primary's WAL (0: caught up).",
      (s) => s.lagSeconds,
    );
    gauge("newsroom_db_replica_lag_bytes", "WAL bytes the replica has not replayed.", (s) => s.lagBytes);
  }
  const operationLabels = new Set<string>();
  const operationLabel = (name: string) => {
    if (!operationLabels.has(name) && operationLabels.size >= MAX_OPERATION_LABELS) return "other";
    operationLabels.add(name);
    return name;
  };

  /**
   * Express middleware for /graphql, before the body parser: the request id (also in the response's
   * X-Request-Id header), and the log line and metrics when the response has been sent.
   */
  const begin: express.RequestHandler = (req, res, next) => {
    const header = req.get("x-request-id");
    const request: RequestRecord = {
      id: header && REQUEST_ID.test(header) ? header : randomUUID(),
      databaseMs: 0,
      statements: 0,
    };
    res.setHeader("X-Request-Id", request.id);
    const started = performance.now();
    res.once("finish", () => {
      const seconds = (performance.now() - started) / 1000;
      request.operation ??= operationOfRequest(req, res.locals.bodyRead === true);
      request.code ??= codeOfStatus(res.statusCode);
      const operation = operationLabel(request.operation);
      requests.inc({ operation, code: request.code });
      duration.observe({ operation }, seconds);
      log.info(
        {
          requestId: request.id,
          operation: request.operation,
          status: res.statusCode,
          code: request.code,
          durationMs: Math.round(seconds * 10_000) / 10,
          ...(timed ? { databaseMs: Math.round(request.databaseMs * 10) / 10, statements: request.statements } : {}),
        },
        "request",
      );
    });
    res.locals.request = request;
    next();
  };
  /** After the body parser (whose callbacks lose the async context): with `timed`, the rest of the request runs with its record. */
  const enter: express.RequestHandler = (req, res, next) => {
    // A body of another content type (text/plain, which CSRF prevention refuses) is not read either.
    res.locals.bodyRead = req.method === "GET" || req.body !== undefined;
    if (timed) timedRequest.run(res.locals.request, next);
    else next();
  };

  /**
   * The operation Apollo resolved and the first error's code, from the response as sent; an internal error
   * is logged here, with the request's id. (A request refused before Apollo runs it gets its code from
   * recordHttpError, the context's refusal in server.ts, or its status.)
   */
  const plugin: ApolloServerPlugin<{ request?: RequestRecord; log: Logger }> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, operationName, response, errors }) {
          const { request } = contextValue;
          if (!request) return;
          if (operation) request.operation = operationField(operationName);
          const sent = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          request.code ??= sent?.length ? codeOf(sent[0]!) : "OK";
          for (const [i, error] of (sent ?? []).entries()) {
            if (codeOf(error) !== "INTERNAL_SERVER_ERROR") continue;
            const original = errors?.[i];
            contextValue.log.error({ err: original?.originalError ?? original }, "internal error in a GraphQL request");
          }
        },
      };
    },
  };

  /** Counts every error of every HTTP response as Apollo formats it, also those of refused requests. */
  const countingFormatError =
    (format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) =>
    (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const result = format(formatted, error);
      errors.inc({ code: codeOf(result) });
      return result;
    };

  /** A request the body parser or the document guards refused never reaches Apollo: its code is recorded here. */
  const recordHttpError = (res: express.Response, code: string) => {
    errors.inc({ code });
    (res.locals.request as RequestRecord).code ??= code;
  };

  const metricsHandler: express.RequestHandler = async (_req, res) => {
    res.setHeader("Content-Type", registry.contentType);
    res.send(await registry.metrics());
  };

  return { begin, enter, plugin, countingFormatError, recordHttpError, metricsHandler, registry };
}
