// Apollo Server plugins of our own: request hygiene and how database outages are answered and logged.
import { type ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from "graphql";
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

/**
 * Longest string accepted in an argument or variable of a query or subscription; nothing there needs
 * more (search texts stop at 500). Mutations carry article texts: their inputs validate their own lengths.
 */
export const MAX_STRING_LENGTH = 10_000;

function stringProblem(value: string, maxLength: number): string | undefined {
  // NUL: PostgreSQL cannot store or compare it. Length: a megabyte name costs the database real work to not find.
  if (value.includes("\0")) return "string values must not contain NUL characters (U+0000)";
  if (value.length > maxLength) return `string values must not be longer than ${maxLength} characters`;
  return undefined;
}

/** The first variable ("$name") or argument (in the document) with an unusable string value, and why. */
function badString(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  maxLength: number,
): { argument: string; problem: string } | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    // Iterative: variables can nest as deep as JSON allows.
    const pending: unknown[] = [value];
    while (pending.length) {
      const v = pending.pop();
      if (typeof v === "string") {
        const problem = stringProblem(v, maxLength);
        if (problem) return { argument: `$${name}`, problem };
      } else if (v && typeof v === "object") {
        for (const inner of Object.values(v)) pending.push(inner);
      }
    }
  }
  let found: { argument: string; problem: string } | undefined;
  visit(document, {
    Argument(node) {
      if (found) return false;
      visit(node.value, {
        StringValue(s) {
          const problem = found ? undefined : stringProblem(s.value, maxLength);
          if (problem) found = { argument: node.name.value, problem };
        },
      });
      return undefined;
    },
  });
  return found;
}

/** Refuses NUL characters, and strings over MAX_STRING_LENGTH outside mutations, in arguments and variables, before execution. */
export const rejectUnusableStrings: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request, operation }) {
        const maxLength = operation?.operation === "mutation" ? Number.POSITIVE_INFINITY : MAX_STRING_LENGTH;
        const bad = badString(document, request.variables, maxLength);
        // Refused before execution, like a variable of the wrong type: HTTP 400 (Apollo answers 500 without a status).
        if (bad) throw new UserInputError(bad.argument, bad.problem, { status: 400 });
      },
    };
  },
};

/**
 * Most connections below the root one request may open (`Author.articles`, `Country.articles`,
 * `Topic.articles`): each runs its own few statements for every parent, unlike the batched fields.
 */
export const MAX_NESTED_CONNECTIONS = 25;
/** Assumed lengths of lists without `first`: the vocabularies at the root, an article's own few elsewhere. */
const ROOT_LIST_LENGTH = 1000;
const NESTED_LIST_LENGTH = 10;
const DEFAULT_PAGE_SIZE = 20;
/** Selections visited at most, whatever fragments repeat (validation already refused cycles and depth over 8). */
const MAX_VISITS = 10_000;

/** How many nested connections an operation opens, from its page sizes (literals or variables) and list lengths. */
export function nestedConnections(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number {
  const query = schema.getQueryType();
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const pageSize = (field: FieldNode) => {
    for (const name of ["first", "last"]) {
      const value = field.arguments?.find((a) => a.name.value === name)?.value;
      const n =
        value?.kind === Kind.VARIABLE
          ? variables?.[value.name.value]
          : value?.kind === Kind.INT
            ? Number(value.value)
            : undefined;
      if (typeof n === "number" && n > 0) return Math.min(n, 100);
    }
    return undefined;
  };
  let total = 0;
  let visits = 0;
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, times: number): void => {
    if (!(isObjectType(type) || isInterfaceType(type))) return;
    for (const selection of set.selections) {
      if (++visits > MAX_VISITS) {
        total = Number.POSITIVE_INFINITY;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        if (!field || !selection.selectionSet) continue;
        const returned = getNamedType(field.type);
        let next = times;
        if (returned.name.endsWith("Connection")) {
          if (type !== query) total += times;
          next *= pageSize(selection) ?? DEFAULT_PAGE_SIZE;
        } else if (isListType(getNullableType(field.type)) && !type.name.endsWith("Connection")) {
          next *= pageSize(selection) ?? (type === query ? ROOT_LIST_LENGTH : NESTED_LIST_LENGTH);
        }
        walk(selection.selectionSet, returned, next);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        walk(selection.selectionSet, condition ?? type, times);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), times);
      }
    }
  };
  walk(operation.selectionSet, operation.operation === "query" ? (query ?? undefined) : undefined, 1);
  return total;
}

/**
 * Refuses operations that open more than MAX_NESTED_CONNECTIONS nested connections
 * (`topics { articles { … } }` would run four statements for each of 1,200 topics): 400 COST_LIMIT_EXCEEDED.
 * graphql-armor's cost limit cannot see this: it multiplies by literal `first` only, not by list lengths.
 */
export const limitNestedConnections: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const count = nestedConnections(schema, document, operation, request.variables);
        if (count > MAX_NESTED_CONNECTIONS) {
          throw new GraphQLError(
            `the operation opens ${Number.isFinite(count) ? count : "too many"} lists of articles below other lists (authors, countries, topics); at most ${MAX_NESTED_CONNECTIONS} per request`,
            { extensions: { code: ErrorCode.COST_LIMIT_EXCEEDED, http: { status: 400 } } },
          );
        }
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
