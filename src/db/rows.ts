// Read statements straight through pg. Prisma's raw-query layer ($queryRaw: its argument serialisation,
// result protocol and type mapping) cost about a fifth of the server's CPU on the list operations, whose
// statements are all hand-written SQL anyway (docs/benchmarks.md, "Read statements without Prisma's
// raw-query layer"). Writes, transactions and the model API stay with Prisma.
import type pg from "pg";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";

/** The pool each client made by openServerDatabase runs on, and the names its prepared statements get. */
const pools = new WeakMap<PrismaClient, { pool: pg.Pool; statementName: (query: { sql: string }) => string }>();

export function registerPool(
  prisma: PrismaClient,
  pool: pg.Pool,
  statementName: (query: { sql: string }) => string,
): void {
  pools.set(prisma, { pool, statementName });
}

/**
 * The rows of one read statement, on the database `prisma` reads from (the primary's pool, or a
 * replica's, which falls back to the primary): `queryRaw(prisma)<Row[]>`SELECT ...``, as
 * `prisma.$queryRaw<Row[]>`SELECT ...`` is written. A client this module does not know, such as a
 * transaction's, runs it through Prisma, so the statement stays inside the transaction. Columns come
 * as pg parses them, which for the types used here is as Prisma gives them, except bigint and numeric
 * (strings): cast counts to int.
 */
export function queryRaw(prisma: PrismaClient | Prisma.TransactionClient) {
  return async <T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T> => {
    const query = Prisma.sql(strings, ...values);
    const target = pools.get(prisma as PrismaClient);
    if (!target) return prisma.$queryRaw<T>(query);
    const result = await target.pool.query({
      name: target.statementName({ sql: query.text }),
      text: query.text,
      values: query.values,
    });
    return result.rows as T;
  };
}
