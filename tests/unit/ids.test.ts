import { validate, version } from "uuid";
import { describe, expect, it } from "vitest";
import { timeOrderedId } from "../../src/ingest/ids.js";

describe("timeOrderedId", () => {
  it("gives valid, distinct UUIDv7s in increasing order, past the pool's refill", () => {
    const before = Date.now();
    const ids = Array.from({ length: 5_000 }, () => timeOrderedId());
    const after = Date.now();
    for (const id of ids) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(7);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids); // monotonic, also within one millisecond
    const msecs = (id: string) => Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
    expect(msecs(ids[0]!)).toBeGreaterThanOrEqual(before);
    expect(msecs(ids.at(-1)!)).toBeLessThanOrEqual(after + 1);
  });
});
