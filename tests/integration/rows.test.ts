import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openServerDatabase } from "../../src/db/client.js";
import { queryRaw } from "../../src/db/rows.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";

// The API's read statements go to pg directly (src/db/rows.ts): the same columns as through Prisma,
// and a transaction's statements still inside the transaction. What it is for (CPU per request) is
// measured by benchmarks, not here.
describe("queryRaw: read statements through pg", () => {
  let db: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    database = await openServerDatabase(db.url);
  });
  afterAll(async () => {
    await database?.close();
    await db?.drop();
  });

  it("gives the columns Prisma's $queryRaw gives, for the types the API reads", async () => {
    const { prisma } = database;
    const code = "JP";
    const ids = ["00000000-0000-4000-8000-000000000001"];
    const viaPg = await queryRaw(prisma)<unknown[]>`
      SELECT 1::int AS n, 2.5::float8 AS f, 'x'::text AS t, ${code}::char(2) AS code, ARRAY['a', 'b']::text[] AS list,
        '2026-12-07T10:00:00.123Z'::timestamptz AS at, json_build_object('k', 1, 'l', json_build_array('m')) AS j,
        NULL::text AS nothing, true AS yes, (${ids}::uuid[])[1] AS id`;
    const viaPrisma = await prisma.$queryRaw<unknown[]>`
      SELECT 1::int AS n, 2.5::float8 AS f, 'x'::text AS t, ${code}::char(2) AS code, ARRAY['a', 'b']::text[] AS list,
        '2026-12-07T10:00:00.123Z'::timestamptz AS at, json_build_object('k', 1, 'l', json_build_array('m')) AS j,
        NULL::text AS nothing, true AS yes, (${ids}::uuid[])[1] AS id`;
    expect(viaPg).toEqual(viaPrisma);
    expect(viaPg).toEqual([
      {
        n: 1,
        f: 2.5,
        t: "x",
        code: "JP",
        list: ["a", "b"],
        at: new Date("2026-12-07T10:00:00.123Z"),
        j: { k: 1, l: ["m"] },
        nothing: null,
        yes: true,
        id: ids[0],
      },
    ]);
  });

  it("stays inside a transaction: a transaction's client reads what it has not committed yet", async () => {
    const seen = await database.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE only_here (x int) ON COMMIT DROP`;
      await tx.$executeRaw`INSERT INTO only_here VALUES (7)`;
      return queryRaw(tx)<Array<{ x: number }>>`SELECT x FROM only_here`;
    });
    expect(seen).toEqual([{ x: 7 }]);
  });
});
