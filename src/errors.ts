import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";

/** Every error code a client can see in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** Bad input from the client; `argument` names the argument at fault (e.g. "filter.countries.all"). */
export class UserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
  }
}

// Codes produced by graphql-js, Apollo Server and graphql-armor: they describe the request, never our internals.
const REQUEST_ERROR_CODES = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

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
 * argument), anything else becomes a bare INTERNAL_SERVER_ERROR and is logged, so no stack, SQL or
 * Prisma text ever reaches a client.
 */
export function formatError(onInternal: (error: unknown) => void) {
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
    const code = formatted.extensions?.code;
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
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
