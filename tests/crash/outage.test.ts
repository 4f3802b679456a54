// Issue 19 part 6: the production server (dist/main.js, as `npm start` runs it) under load while its
// database goes away and comes back. Every failure must be 503 DATABASE_UNAVAILABLE, logged as the
// throttled warning, and the server must recover by itself.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase } from "../helpers/db.js";
import { INGEST, ingestVariables, proxied, README_READS, Tally } from "../helpers/outage.js";
import { type ProductionServer, seededDatabase, startProductionServer } from "../helpers/production.js";
import { type TcpProxy } from "../helpers/proxy.js";

const CLIENTS = 8;
const HEALTHY_MS = 3_000;
const OUTAGE_MS = 12_000;
const AFTER_MS = 5_000;

describe("a database outage under load (production server)", () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let server: ProductionServer;
  // The whole log (the helper keeps only its last 200 kB, and a request line is written per request).
  const logLines: string[] = [];
  let editor: string;
  let reader: string;

  beforeAll(async () => {
    const seeded = await seededDatabase(["editor", "reader"]);
    db = seeded.db;
    ({ editor, reader } = seeded.tokens);
    const through = await proxied(db.url);
    proxy = through.proxy;
    // The helper waits for the "GraphQL ready" line, which is logged at info.
    server = await startProductionServer(through.url, { LOG_LEVEL: "info" });
    let partial = "";
    server.child.stdout?.on("data", (chunk) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      logLines.push(...lines);
    });
  });
  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await db?.drop();
  });

  it("answers only 200 or 503 DATABASE_UNAVAILABLE, logs only throttled warnings, and recovers", async () => {
    const post = async (query: string, variables?: object, token?: string) => {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> } };
    };
    // The mix: the README's reads (anonymous and with a reader token) and the ingest mutation.
    const reads = Object.values(README_READS);
    let sent = 0;
    const next = () => {
      const n = sent++;
      if (n % 6 === 5) return post(INGEST, ingestVariables(`Ausfall unter Last ${n}`), editor);
      return post(reads[n % reads.length]!, undefined, n % 2 ? reader : undefined);
    };

    const tally = new Tally();
    const phases = { before: new Tally(), during: new Tally(), after: new Tally() };
    let phase: keyof typeof phases = "before";
    let running = true;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (running) {
        const current = phase;
        const { status, body } = await next();
        tally.add(status, body);
        phases[current].add(status, body);
      }
    });
    await new Promise((r) => setTimeout(r, HEALTHY_MS));
    await proxy.cut();
    phase = "during";
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    await proxy.restore();
    phase = "after";
    await new Promise((r) => setTimeout(r, AFTER_MS));
    // Recovered: once the pool reconnected, every answer is 200 again.
    const recovered = new Tally();
    running = false;
    await Promise.all(clients);
    for (let i = 0; i < 12; i++) {
      const { status, body } = await next();
      recovered.add(status, body);
    }

    // Warnings and errors only: info is the one request line per request.
    const log = logLines
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { level: number; msg: string; failedSinceLastWarning?: number })
      .filter((line) => line.level >= 40);
    const logCounts: Record<string, number> = {};
    for (const line of log) logCounts[`${line.level} ${line.msg}`] = (logCounts[`${line.level} ${line.msg}`] ?? 0) + 1;
    console.log("outage under load, status x code:", JSON.stringify(tally.counts));
    console.log(
      "by phase:",
      JSON.stringify({
        before: phases.before.counts,
        during: phases.during.counts,
        after: phases.after.counts,
        recovered: recovered.counts,
      }),
    );
    console.log("log lines (level msg):", JSON.stringify(logCounts));
    const warnings = log.filter((l) => l.msg === "database unavailable");
    console.log(
      "database unavailable warnings (failedSinceLastWarning):",
      JSON.stringify(warnings.map((w) => w.failedSinceLastWarning)),
    );

    // First the error lines: an unexpected answer (a 500) logs its error, and this shows which it was.
    expect(log.filter((l) => l.level >= 50)).toEqual([]);
    expect(tally.others("200 OK", "503 DATABASE_UNAVAILABLE")).toEqual({});
    // (Requests sent just before the cut are answered during it: 503 is right for them too.)
    expect(phases.before.counts["200 OK"]).toBeGreaterThan(0);
    expect(phases.during.counts["503 DATABASE_UNAVAILABLE"]).toBeGreaterThan(100);
    expect(phases.after.counts["200 OK"]).toBeGreaterThan(0);
    expect(recovered.counts).toEqual({ "200 OK": 12 });
    expect(server.alive()).toBe(true);
    // Warnings only for the outage (once per 10 s) and the LISTEN connection's reconnects (backoff).
    expect(
      log.filter((l) => !["database unavailable", "LISTEN connection lost; reconnecting"].includes(l.msg)),
    ).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(Math.ceil(OUTAGE_MS / 10_000) + 1);
    const failures = tally.counts["503 DATABASE_UNAVAILABLE"] ?? 0;
    expect(warnings.length + warnings.reduce((n, w) => n + (w.failedSinceLastWarning ?? 0), 0)).toBeLessThanOrEqual(
      failures,
    );
  });
});
