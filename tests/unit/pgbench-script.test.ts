import { describe, expect, it } from "vitest";
import { isTransactionControl, pgbenchScript, sqlLiteral, substituteParameters } from "../../bench/scale/ceiling.js";

describe("sqlLiteral: the text the pg driver sends, as an untyped literal", () => {
  it("doubles single quotes in strings", () => {
    expect(sqlLiteral("O'Brien's")).toBe("'O''Brien''s'");
    expect(sqlLiteral("")).toBe("''");
  });

  it("writes null and undefined as NULL", () => {
    expect(sqlLiteral(null)).toBe("NULL");
    expect(sqlLiteral(undefined)).toBe("NULL");
  });

  it("quotes numbers and booleans, so a negative number cannot meet a cast or a minus", () => {
    expect(sqlLiteral(21)).toBe("'21'");
    expect(sqlLiteral(-1)).toBe("'-1'");
    expect(sqlLiteral(0.5)).toBe("'0.5'");
    expect(sqlLiteral(12n)).toBe("'12'");
    expect(sqlLiteral(true)).toBe("'true'");
    expect(sqlLiteral(false)).toBe("'false'");
  });

  it("writes dates as ISO timestamps in UTC, their colons escaped for pgbench", () => {
    expect(sqlLiteral(new Date("2026-12-05T12:30:45.123Z"))).toBe(String.raw`E'2026-12-05T12\x3a30\x3a45.123Z'`);
  });

  it("escapes backslashes too when a string needs the escape form", () => {
    expect(sqlLiteral("C:\\temp 'x'")).toBe(String.raw`E'C\x3a\\temp ''x'''`);
    expect(sqlLiteral("C\\temp")).toBe(String.raw`'C\temp'`);
  });

  it("writes arrays of text and uuid as array literals with quoted elements", () => {
    expect(sqlLiteral(["JP", "US"])).toBe(`'{"JP","US"}'`);
    expect(sqlLiteral(['say "hi"', "it's", "back\\slash", null])).toBe(
      String.raw`'{"say \"hi\"","it''s","back\\slash",NULL}'`,
    );
    const ids = ["0190f5c2-8f3a-7c41-9b2e-3d4f5a6b7c8d", "0190f5c2-8f3a-7c41-9b2e-3d4f5a6b7c8e"];
    expect(sqlLiteral(ids)).toBe(`'{"${ids[0]}","${ids[1]}"}'`);
    expect(sqlLiteral([])).toBe("'{}'");
    expect(sqlLiteral([[1, 2], [3]])).toBe(`'{{"1","2"},{"3"}}'`);
  });

  it("writes objects as JSON", () => {
    expect(sqlLiteral({ a: "b", n: 1 })).toBe(String.raw`E'{"a"\x3a"b","n"\x3a1}'`);
  });
});

describe("substituteParameters", () => {
  it("never confuses $1 with the start of $10", () => {
    const values = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
    expect(substituteParameters({ text: "SELECT $1, $10, $11, $1", values })).toBe("SELECT 'a', 'j', 'k', 'a'");
  });

  it("keeps the casts the statement has", () => {
    const text = "SELECT $1::int * count(*) FROM pair WHERE a = $2::bpchar AND s @> $3::text[]";
    expect(substituteParameters({ text, values: [-1, "JP", ["JP", "US"]] })).toBe(
      `SELECT '-1'::int * count(*) FROM pair WHERE a = 'JP'::bpchar AND s @> '{"JP","US"}'::text[]`,
    );
  });

  it("leaves $n alone inside string literals, quoted identifiers and comments", () => {
    const text = `SELECT '$1', E'it\\'s $1', "col$1", $1 -- $1\n/* $2 */ FROM t WHERE x = $2`;
    expect(substituteParameters({ text, values: [null, 5] })).toBe(
      `SELECT '$1', E'it\\'s $1', "col$1", NULL -- $1\n/* $2 */ FROM t WHERE x = '5'`,
    );
  });

  it("fails on a placeholder without a value", () => {
    expect(() => substituteParameters({ text: "SELECT $2", values: [1] })).toThrow(/\$2 but 1 values/);
  });
});

describe("pgbenchScript", () => {
  it("writes one command per statement, each ending at its semicolon, without transaction control", () => {
    const script = pgbenchScript([
      { text: "BEGIN", values: [] },
      { text: "SELECT a\nFROM t WHERE id = $1;", values: ["x"] },
      { text: "SELECT 1 -- trailing comment", values: [] },
      { text: "COMMIT", values: [] },
    ]);
    expect(script).toBe("SELECT a\nFROM t WHERE id = 'x';\nSELECT 1 -- trailing comment\n;\n");
  });

  it("refuses statements in which pgbench would read a :variable", () => {
    expect(() => pgbenchScript([{ text: "SELECT '12:30'::time", values: [] }])).toThrow(/:variable/);
    expect(pgbenchScript([{ text: "SELECT $1::time", values: ["12:30"] }])).toBe(
      String.raw`SELECT E'12\x3a30'::time;
`,
    );
  });

  it("recognises transaction control", () => {
    for (const text of [
      "BEGIN",
      " commit",
      "ROLLBACK",
      "SAVEPOINT s1",
      "RELEASE SAVEPOINT s1",
      "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
    ]) {
      expect(isTransactionControl(text)).toBe(true);
    }
    expect(isTransactionControl("SELECT begin_at FROM t")).toBe(false);
  });
});
