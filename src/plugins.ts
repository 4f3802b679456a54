// Apollo Server plugins of our own: request hygiene and how database outages are answered and logged.
import { type ApolloServerPlugin } from "@apollo/server";
import { type DocumentNode, visit } from "graphql";
import { type Context } from "./context.js";
import { ErrorCode, UserInputError } from "./errors.js";
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

/** The first variable or argument (in the document) whose string value contains a NUL character. */
function nulArgument(document: DocumentNode, variables: Record<string, unknown> | undefined) {
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (JSON.stringify(value)?.includes("\\u0000")) return `$${name}`;
  }
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      if (found) return false;
      visit(node.value, {
        StringValue(s) {
          if (s.value.includes("\0")) found = node.name.value;
        },
      });
      return undefined;
    },
  });
  return found;
}

/** NUL characters (U+0000) in string values are a client mistake PostgreSQL cannot store or compare. */
export const rejectNulCharacters: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const argument = nulArgument(document, request.variables);
        if (argument) throw new UserInputError(argument, "string values must not contain NUL characters (U+0000)");
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
