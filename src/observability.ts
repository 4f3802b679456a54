// Per-request observability: a request id, one log line per request (with its database time) and
// Prometheus metrics. Never logs a query text, variables, a token or an article body.
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
  /** "OK", or the `extensions.code` of the first error sent. */
  code: string;
  /** Time spent in SQL statements (summed; statements of one request may run in parallel). */
  databaseMs: number;
  statements: number;
}

export const currentRequest = new AsyncLocalStorage<RequestRecord>();

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

/** Adds each statement's duration to the request it ran for (pg's callback form, which Prisma's adapter uses, and its promise form). */
export function timeStatements(pool: pg.Pool): void {
  pool.on("connect", (client) => {
    // The prototype's method is looked up on each call, so whatever wraps it later still sees every statement.
    const prototype = Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown };
    const query = (...args: unknown[]) => prototype.query.apply(client, args);
    client.query = ((...args: unknown[]) => {
      const request = currentRequest.getStore();
      if (!request) return query(...args);
      request.statements++;
      const started = performance.now();
      const finished = () => {
        request.databaseMs += performance.now() - started;
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

export function createObservability(options: { log: Logger; pool?: pg.Pool; replicas?: ReplicaGauges }) {
  const { log, pool, replicas } = options;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "newsroom_" });
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
      code: "OK",
      databaseMs: 0,
      statements: 0,
    };
    res.setHeader("X-Request-Id", request.id);
    const started = performance.now();
    res.once("finish", () => {
      const seconds = (performance.now() - started) / 1000;
      request.operation ??= operationOfRequest(req, res.locals.bodyRead === true);
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
          databaseMs: Math.round(request.databaseMs * 10) / 10,
          statements: request.statements,
        },
        "request",
      );
    });
    res.locals.request = request;
    next();
  };
  /** After the body parser (whose callbacks lose the async context): the rest of the request runs with its record. */
  const enter: express.RequestHandler = (req, res, next) => {
    // A body of another content type (text/plain, which CSRF prevention refuses) is not read either.
    res.locals.bodyRead = req.method === "GET" || req.body !== undefined;
    currentRequest.run(res.locals.request, next);
  };

  /** Records the name of the operation Apollo resolved (the name a refused request gives is read at the end). */
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName }) {
          const current = currentRequest.getStore();
          if (current && operation) current.operation = operationField(operationName);
        },
      };
    },
  };

  /** Counts an error sent to the client; the first one of a request becomes its code. */
  const recordError = (current: RequestRecord | undefined, code: string) => {
    errors.inc({ code });
    if (current && current.code === "OK") current.code = code;
  };

  /**
   * Wraps Apollo's formatError, through which every error of every HTTP response passes, in order, also
   * those of requests refused before execution (credentials, CSRF, rate limit, an unreadable request),
   * which no request plugin sees.
   */
  const countingFormatError =
    (format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) =>
    (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const result = format(formatted, error);
      recordError(currentRequest.getStore(), String(result.extensions?.code ?? "UNKNOWN"));
      return result;
    };

  /** A request the body parser or the document-length guard refused never reaches Apollo: its code is recorded here. */
  const recordHttpError = (res: express.Response, code: string) => recordError(res.locals.request, code);

  const metricsHandler: express.RequestHandler = async (_req, res) => {
    res.setHeader("Content-Type", registry.contentType);
    res.send(await registry.metrics());
  };

  return { begin, enter, plugin, countingFormatError, recordHttpError, metricsHandler, registry };
}
