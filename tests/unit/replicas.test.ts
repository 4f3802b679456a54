// Read-replica settings and WAL positions (the routing itself is tested against real replicas in
// tests/integration/replicas.test.ts).
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";
import { isWalPosition, walPosition } from "../../src/db/replicas.js";

describe("WAL positions", () => {
  it("orders positions by both halves, as PostgreSQL does", () => {
    expect(walPosition("0/3000148") < walPosition("0/3000150")).toBe(true);
    expect(walPosition("0/FFFFFFFF") < walPosition("1/0")).toBe(true);
    expect(walPosition("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
  });

  it("accepts only positions a client may send back", () => {
    expect(isWalPosition("0/3000148")).toBe(true);
    for (const bad of ["", "3000148", "0/", "0/3000148; DROP", "G/1", "123456789/1"]) {
      expect(isWalPosition(bad), bad).toBe(false);
    }
  });
});

describe("DATABASE_REPLICA_URLS", () => {
  const primary = "postgresql://postgres@db:5432/newsroom";

  it("reads comma-separated replica URLs and the lag bound", () => {
    const config = loadConfig({
      DATABASE_URL: primary,
      DATABASE_REPLICA_URLS: " postgresql://r1:5432/newsroom, postgresql://r2:5432/newsroom ",
      NEWSROOM_REPLICA_MAX_LAG_SECONDS: "10",
    });
    expect(config.replicaUrls).toEqual(["postgresql://r1:5432/newsroom", "postgresql://r2:5432/newsroom"]);
    expect(config.replicaMaxLagSeconds).toBe(10);
  });

  it("names what is wrong: a value that is no PostgreSQL URL, replicas without a primary", () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: "postgresql://r1/n,mysql://r2/n" })).toEqual([
      "DATABASE_REPLICA_URLS: value 2 is not a PostgreSQL URL (postgresql://user@host:5432/database)",
    ]);
    expect(problems({ DATABASE_REPLICA_URLS: "postgresql://r1/n" })).toEqual([
      "DATABASE_REPLICA_URLS needs DATABASE_URL: the replicas' primary",
    ]);
  });
});
