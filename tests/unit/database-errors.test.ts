// Which errors mean "the database cannot be reached" (src/errors.ts isDatabaseUnavailable): those are
// answered 503 DATABASE_UNAVAILABLE and logged as throttled warnings, never as internal errors.
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../src/errors.js";

/** An error shaped as @prisma/adapter-pg throws it from a statement in an interactive transaction. */
const adapterError = (kind: string) => Object.assign(new Error(kind), { name: "DriverAdapterError", cause: { kind } });

describe("isDatabaseUnavailable", () => {
  it("recognises a lost connection inside a transaction (the adapter's own error, kind as cause)", () => {
    expect(isDatabaseUnavailable(adapterError("ConnectionClosed"))).toBe(true);
    expect(isDatabaseUnavailable(adapterError("DatabaseNotReachable"))).toBe(true);
  });

  it("recognises a raw query's P2010 with the adapter's kind, and pg's codes", () => {
    const p2010 = Object.assign(new Error("Raw query failed"), {
      code: "P2010",
      meta: { driverAdapterError: { cause: { kind: "SocketTimeout" } } },
    });
    expect(isDatabaseUnavailable(p2010)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe(true);
  });

  it("leaves other database errors alone", () => {
    expect(isDatabaseUnavailable(adapterError("UniqueConstraintViolation"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax error"), { code: "42601" }))).toBe(false);
  });
});
