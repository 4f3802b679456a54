// Issue 19, repro 1: distinct documents sent anonymously must not grow the production server's memory.
// Before the fix, 163 distinct documents of 900 kB (a valid `{ __typename }` plus a comment) ended it
// with "JavaScript heap out of memory": the parsed-document cache counted a document without its source.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { healthLatencyMs, type ProductionServer, startProductionServer } from "../helpers/production.js";

const MB = 1024 * 1024;

/** Sends `count` requests made by `body(i)`, `concurrency` at a time; counts answers by status and code. */
async function flood(url: string, count: number, concurrency: number, body: (i: number) => string) {
  const answers = new Map<string, number>();
  let sent = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const text = body(next++);
      sent += text.length;
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: text });
      const json = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      const key = `${res.status} ${json.errors?.[0]?.extensions?.code ?? "OK"}`;
      answers.set(key, (answers.get(key) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { sentMb: Math.round(sent / MB), answers: Object.fromEntries(answers) };
}

/** A valid document made distinct (and `length` characters long) by a comment. */
const padded = (i: number, length: number) => {
  const head = `{ __typename } # ${i} `;
  return head + "x".repeat(Math.max(0, length - head.length));
};
/** A valid document of ~1,000 tokens, distinct by its aliases: a large parsed tree from a small text. */
const dense = (i: number) => `{ ${Array.from({ length: 320 }, (_, j) => `a${i}_${j}: __typename`).join(" ")} }`;

describe("distinct documents (production configuration, heap cap)", () => {
  let db: TestDatabase;
  let server: ProductionServer;
  const peakRss: number[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startProductionServer(db.url);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const assertHealthy = async (label: string) => {
    expect(server.alive(), `${label}: the server died:\n${server.output().slice(-2000)}`).toBe(true);
    const health = await healthLatencyMs(server.url);
    const rss = server.rssMb()!;
    peakRss.push(rss);
    console.log(`${label}: /health ${health.toFixed(1)} ms, RSS ${rss.toFixed(0)} MB`);
    expect(health).toBeLessThan(100);
    expect(rss).toBeLessThanOrEqual(250);
  };

  it("refuses documents over the size limit before parsing or keeping them (300 MB of 900 kB documents)", async () => {
    const result = await flood(server.url, 340, 2, (i) => JSON.stringify({ query: padded(i, 900_000) }));
    console.log("900 kB documents:", result);
    expect(result.answers).toEqual({ "413 BAD_REQUEST": 340 });
    await assertHealthy("after 900 kB documents");
  });

  // With the first test: over 500 MB of distinct documents in all.
  it("keeps memory bounded under 200 MB of distinct documents just inside the limit", async () => {
    const result = await flood(server.url, 6_600, 4, (i) => JSON.stringify({ query: padded(i, 32_000) }));
    console.log("32 kB documents:", result);
    expect(result.sentMb).toBeGreaterThanOrEqual(200);
    expect(result.answers).toEqual({ "200 OK": 6_600 });
    await assertHealthy("after 32 kB documents");
  });

  // Unbounded, 2,000 parsed trees of ~300 kB each would need three times the heap cap.
  it("keeps memory bounded under 2,000 distinct documents of ~1,000 tokens", async () => {
    const result = await flood(server.url, 2_000, 4, (i) => JSON.stringify({ query: dense(i) }));
    console.log("1,000-token documents:", result);
    expect(result.answers).toEqual({ "200 OK": 2_000 });
    await assertHealthy("after 1,000-token documents");
  });

  it("keeps memory bounded under 3,000 distinct persisted-query registrations", async () => {
    const result = await flood(server.url, 3_000, 4, (i) => {
      const query = padded(i + 1_000_000, 32_000);
      const sha256Hash = createHash("sha256").update(query).digest("hex");
      return JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    });
    console.log("persisted-query registrations:", result);
    expect(result.answers).toEqual({ "200 OK": 3_000 });
    await assertHealthy("after persisted-query registrations");
    console.log(`peak RSS sampled: ${Math.max(...peakRss).toFixed(0)} MB`);
  });
});
