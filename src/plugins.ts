// Apollo Server plugins of our own: how database outages are answered and logged, and shutdown.
// The limits every request passes are in guards.ts.
import { type ApolloServerPlugin } from "@apollo/server";
import { type Context } from "./context.js";
import { ErrorCode } from "./errors.js";
import { type Logger } from "./logger.js";

/** The database-unavailable warning is logged at most once per this many ms, with a count. */
const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/** Logs "database unavailable" once per interval with how many requests failed, instead of once per request. */
export function throttledUnavailableLog(log: Logger) {
  let last = 0;
  let suppressed = 0;
  return (error: unknown) => {
    const now = Date.now();
    if (now - last < UNAVAILABLE_LOG_INTERVAL_MS) {
      suppressed++;
      return;
    }
    log.warn({ failedSinceLastWarning: suppressed, reason: String(error).slice(0, 200) }, "database unavailable");
    last = now;
    suppressed = 0;
  };
}

/** Answers a database outage with HTTP 503, so load balancers and clients see it as such. */
export const databaseUnavailableStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) response.http.status = 503;
      },
    };
  },
};

/** Counts GraphQL requests being executed, so shutdown can wait for them (bounded) before closing the database. */
export function inFlightRequests() {
  let active = 0;
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      active++;
      let done = false;
      const finish = async () => {
        if (!done) active--;
        done = true;
      };
      return { willSendResponse: finish, didEncounterErrors: finish };
    },
  };
  const settled = async (timeoutMs: number) => {
    for (const started = Date.now(); active > 0 && Date.now() - started < timeoutMs; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { plugin, settled };
}
