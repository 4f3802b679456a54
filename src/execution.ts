// How operations run: graphql-js for a document's first runs, then a plan compiled by graphql-jit for the
// documents clients send again and again (a front end's few operations, a breaking story's page). The
// compiled plan is graphql-js's semantics as generated code without graphql-js's per-field dispatch: 2-3 %
// less Node CPU per flagship request (docs/benchmarks.md, "Compiled execution").
//
// Apollo Server 5 takes another executor only through its gateway interface, which serves one fixed schema here.
import { type ApolloServerOptionsWithGateway } from "@apollo/server";
import { execute, GraphQLError, type GraphQLSchema, printSchema } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { Counter, type Registry } from "prom-client";
import { COMPILE_AFTER_RUNS, COMPILED_DOCUMENTS, COUNTED_DOCUMENTS } from "./limits.js";

type Gateway = ApolloServerOptionsWithGateway<never>["gateway"];
type Executor = Awaited<ReturnType<Gateway["load"]>>["executor"];

/** A document's compiled plan, or none when graphql-jit cannot compile it (it keeps running on graphql-js). */
type Plan = { compiled: CompiledQuery | null };

/**
 * The executor: per document and operation name, graphql-js until it has run COMPILE_AFTER_RUNS
 * times, then its compiled plan. Runs are counted for the COUNTED_DOCUMENTS documents used last and
 * plans kept for the COMPILED_DOCUMENTS used last, so neither memory nor compilation grows with the
 * number of distinct documents clients send. newsroom_graphql_executions_total counts runs by executor.
 */
export function createExecutor(schema: GraphQLSchema, registry: Registry): Executor {
  const counts = new InMemoryLRUCache<{ runs: number }>({ maxSize: COUNTED_DOCUMENTS, sizeCalculation: () => 1 });
  const plans = new InMemoryLRUCache<Plan>({ maxSize: COMPILED_DOCUMENTS, sizeCalculation: () => 1 });
  const executions = new Counter({
    name: "newsroom_graphql_executions_total",
    help: "GraphQL operations executed, by executor: graphql-js, or the document's compiled plan.",
    labelNames: ["executor"],
    registers: [registry],
  });
  const [onGraphqlJs, onCompiled] = [executions.labels("graphql-js"), executions.labels("compiled")];

  /** The document's plan once it has run often enough; compiled on the run that makes it so. */
  const planFor = async (key: string, compile: () => Plan) => {
    const plan = await plans.get(key);
    if (plan) return plan;
    const count = (await counts.get(key)) ?? { runs: 0 };
    if (++count.runs < COMPILE_AFTER_RUNS) {
      await counts.set(key, count);
      return undefined;
    }
    await counts.delete(key);
    const compiled = compile();
    await plans.set(key, compiled);
    return compiled;
  };

  return async ({ document, request, context, queryHash }) => {
    // The name the client asked for, not the one Apollo resolved: an unknown name must fail as graphql-js fails it.
    const operationName = request.operationName;
    const variableValues = request.variables ?? {};
    const plan = await planFor(`${queryHash}:${operationName ?? ""}`, () => {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      return { compiled: isCompiledQuery(compiled) ? compiled : null };
    });
    const runOnGraphqlJs = () => {
      onGraphqlJs.inc();
      return execute({ schema, document, contextValue: context, variableValues, operationName });
    };
    if (!plan?.compiled) return runOnGraphqlJs();
    const result = await plan.compiled.query(undefined, context, variableValues);
    // No data: the variables were refused before anything ran. graphql-js words that refusal as Apollo
    // expects it (BAD_USER_INPUT, HTTP 400), so it answers it.
    if (!("data" in result)) return runOnGraphqlJs();
    onCompiled.inc();
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };
}

/**
 * graphql-jit's error as graphql-js makes it: graphql-jit leaves `extensions` undefined where the cause
 * has none, which Apollo's error formatting cannot read, and keeps locations instead of nodes.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const { message, path, originalError, extensions, locations } = error;
  return Object.assign(new GraphQLError(message, { path, originalError, extensions }), { locations });
}

/** Apollo's gateway interface around one fixed schema and createExecutor. */
export function fixedSchemaGateway(schema: GraphQLSchema, executor: Executor): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ schema, executor }),
    stop: async () => {},
  };
}
