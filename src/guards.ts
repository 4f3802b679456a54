// The limits every GraphQL operation passes, over HTTP (Apollo Server) and WebSocket (graphql-ws)
// alike: document size and tokens, graphql-armor's depth, alias and cost rules, strings, nested lists,
// and caches of documents bounded by the memory they hold. One implementation, two adapters.
import { type ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type express from "express";
import {
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  specifiedRules,
  type ValidationRule,
  validate,
  visit,
} from "graphql";
import { type Context } from "./context.js";
import { ErrorCode, UserInputError } from "./errors.js";
import {
  DEFAULT_PAGE_SIZE,
  DOCUMENT_CACHE_BYTES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DOCUMENT_LENGTH,
  MAX_NESTED_CONNECTIONS,
  MAX_STRING_LENGTH,
  MAX_TOKENS,
  PERSISTED_QUERY_CACHE_BYTES,
} from "./limits.js";

/**
 * Bytes a cached parsed document holds: its tree (about four times its JSON, measured with
 * `--expose-gc` on parsed documents of 300-1,000 tokens) plus its source text, which `loc` keeps alive
 * but JSON leaves out (Apollo's default cache counted only the JSON, so distinct long comments
 * filled the heap).
 */
export function documentBytes(document: DocumentNode): number {
  return 4 * JSON.stringify(document).length + 2 * (document.loc?.source.body.length ?? 0);
}

/** A document too long to parse or keep: refused before either (HTTP 413). */
export function documentTooLong(query: unknown): GraphQLError | undefined {
  if (typeof query !== "string" || query.length <= MAX_DOCUMENT_LENGTH) return undefined;
  return new GraphQLError(
    `the GraphQL document is ${query.length} characters long; at most ${MAX_DOCUMENT_LENGTH} are accepted (pass long values such as article texts as variables)`,
    { extensions: { code: "BAD_REQUEST", http: { status: 413 } } },
  );
}

function stringProblem(value: string, maxLength: number): string | undefined {
  // NUL: PostgreSQL cannot store or compare it. Length: a megabyte name costs the database real work to not find.
  if (value.includes("\0")) return "string values must not contain NUL characters (U+0000)";
  if (value.length > maxLength) return `string values must not be longer than ${maxLength} characters`;
  return undefined;
}

type StringProblem = { argument: string; problem: string };

/** The first variable ("$name") or argument (in the document) with an unusable string value, and why. */
function badString(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  maxLength: number,
): StringProblem | undefined {
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
  return badLiteral(document, maxLength);
}

/**
 * The document's string literals, checked once per parsed document and length: Apollo keeps the parsed
 * tree of a repeated query, so a page asked a thousand times is walked once.
 */
const checkedLiterals = new WeakMap<DocumentNode, Map<number, StringProblem | null>>();

function badLiteral(document: DocumentNode, maxLength: number): StringProblem | undefined {
  let checked = checkedLiterals.get(document);
  if (!checked) {
    checked = new Map();
    checkedLiterals.set(document, checked);
  }
  const known = checked.get(maxLength);
  if (known !== undefined) return known ?? undefined;
  let found: StringProblem | undefined;
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
  checked.set(maxLength, found ?? null);
  return found;
}

/** Assumed lengths of lists without `first`: the vocabularies at the root, an article's own few elsewhere. */
const ROOT_LIST_LENGTH = 1000;
const NESTED_LIST_LENGTH = 10;
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

/** The checks that need the resolved operation: strings (NUL, length) and nested lists of articles. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): void {
  const maxLength = operation.operation === "mutation" ? Number.POSITIVE_INFINITY : MAX_STRING_LENGTH;
  const bad = badString(document, variables, maxLength);
  // Refused before execution, like a variable of the wrong type: HTTP 400 (Apollo answers 500 without a status).
  if (bad) throw new UserInputError(bad.argument, bad.problem, { status: 400 });
  const count = nestedConnections(schema, document, operation, variables);
  if (count > MAX_NESTED_CONNECTIONS) {
    throw new GraphQLError(
      `the operation opens ${Number.isFinite(count) ? count : "too many"} lists of articles below other lists (authors, countries, topics); at most ${MAX_NESTED_CONNECTIONS} per request`,
      { extensions: { code: ErrorCode.COST_LIMIT_EXCEEDED, http: { status: 400 } } },
    );
  }
}

/** An error with the code Apollo Server gives the same failure over HTTP. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/** What a transport needs to apply the guards. */
export interface Guards {
  /** graphql-js's rules, graphql-armor's (depth, aliases, directives, cost) and introspection's. */
  validationRules: ValidationRule[];
  /** Apollo Server's share: parse options, bounded caches, and the checks on the resolved operation. */
  apollo: {
    parseOptions: { maxTokens: number };
    validationRules: ValidationRule[];
    documentStore: InMemoryLRUCache<DocumentNode>;
    persistedQueries: { cache: InMemoryLRUCache<string> };
    plugin: ApolloServerPlugin<Context>;
  };
  /** Express middleware before Apollo: refuses over-long documents before they are parsed or kept. */
  http: express.RequestHandler;
  /**
   * The WebSocket path: parse, validate and check one operation as Apollo does over HTTP, with the
   * same error codes; the arguments to execute it, or the errors to answer with.
   */
  prepare(
    schema: GraphQLSchema,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ): { args: ExecutionArgs; operation: OperationDefinitionNode } | { errors: GraphQLError[] };
}

/** Refuses `__schema` and `__type` where introspection is off, naming this server's switch. */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type)) {
      context.reportError(
        new GraphQLError(
          `introspection is off on this server (the field "${node.name.value}"); its operator can turn it on with NEWSROOM_EXPLORER=true`,
          { nodes: node },
        ),
      );
    }
  },
});

/** `introspection`: whether `__schema` and `__type` may be queried (development, or NEWSROOM_EXPLORER=true). */
export function createGuards(options: { introspection: boolean }): Guards {
  // Armor's token limit throws outside Apollo's parse step (HTTP 500): graphql-js enforces it instead.
  // Its field-suggestion mask is a plugin only HTTP would run, and always on: formatError cuts suggestions
  // for both transports, and only where introspection is off.
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    costLimit: { maxCost: MAX_COST },
  }).protect();
  const ownRules = [
    ...(armor.validationRules as ValidationRule[]),
    ...(options.introspection ? [] : [noIntrospection]),
  ];
  const validationRules = [...specifiedRules, ...ownRules];

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) checkOperation(schema, document, operation, request.variables);
        },
      };
    },
  };

  // Handed to the server's error handler like the body parser's own errors (413, BAD_REQUEST).
  const http: express.RequestHandler = (req, _res, next) => {
    const body = req.body as { query?: unknown } | undefined;
    const error = documentTooLong(body?.query) ?? documentTooLong(req.query?.query);
    next(error ? { status: 413, type: "document.too.long", publicMessage: error.message } : undefined);
  };

  const prepare: Guards["prepare"] = (schema, payload) => {
    const tooLong = documentTooLong(payload.query);
    if (tooLong) return { errors: [tooLong] };
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      return { errors: [coded(error as GraphQLError, "GRAPHQL_PARSE_FAILED")] };
    }
    const invalid = validate(schema, document, validationRules);
    if (invalid.length > 0) return { errors: invalid.map((e) => coded(e, "GRAPHQL_VALIDATION_FAILED")) };
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) {
      const message = payload.operationName
        ? `Unknown operation named "${payload.operationName}".`
        : "Must provide operation name if query contains multiple operations.";
      return { errors: [new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })] };
    }
    const variables = payload.variables ?? undefined;
    try {
      checkOperation(schema, document, operation, variables);
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors.map((e) => coded(e, ErrorCode.BAD_USER_INPUT)) };
    return {
      operation,
      args: { schema, document, operationName: payload.operationName, variableValues: variables },
    };
  };

  return {
    validationRules,
    apollo: {
      parseOptions: { maxTokens: MAX_TOKENS },
      validationRules: ownRules,
      documentStore: new InMemoryLRUCache<DocumentNode>({
        maxSize: DOCUMENT_CACHE_BYTES,
        sizeCalculation: documentBytes,
      }),
      persistedQueries: {
        cache: new InMemoryLRUCache<string>({
          maxSize: PERSISTED_QUERY_CACHE_BYTES,
          sizeCalculation: (query) => 2 * query.length,
        }),
      },
      plugin,
    },
    http,
    prepare,
  };
}
