// npm run bench:floor -- [--duration 15] [--conns 8] [--rounds 2]
//
// What the flagship page costs in Node before any code of the API runs (issue 18): each layer of the fixed stack
// serving the flagship's recorded answer from memory, then the API itself, all loaded the same way (autocannon,
// `conns` clients, `duration` s after a 3 s warm-up), node CPU per request from /proc/<pid>/stat; and the page's SQL
// statements through the pg driver alone, in this process. On the 1 M corpus (newsroom_scale_1m of DATABASE_URL's
// server, built by `npm run bench:corpus`). The layers (bench/floor/server.mjs):
//   http     node's http server           express  + Express 5 and its JSON body parser
//   apollo   + Apollo Server and graphql-js executing the query against a schema of the answer's shape
//   project  the API (`npm start`): TypeGraphQL, its data layer, PostgreSQL, logging, metrics, guards
import "reflect-metadata";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { SESSION_OPTIONS } from "../src/db/client.js";
import { type CapturedStatement } from "./scale/ceiling.js";
import { FLAGSHIP_QUERY, postGraphQL } from "./scale/cases.js";
import { cleanUpOnSignals, withCleanup } from "./scale/cleanup.js";
import { processCpuSeconds } from "./scale/cpu.js";
import { runLoad } from "./scale/load.js";
import { freePort, serverPid, withChildServer } from "./scale/server.js";
import { withInProcessServer } from "./scale/statements.js";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    conns: { type: "string", default: "8" },
    rounds: { type: "string", default: "2" },
  },
});
const [seconds, conns, rounds] = [values.duration, values.conns, values.rounds].map(Number) as [number, number, number];
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const databaseUrl = new URL("/newsroom_scale_1m", server).toString();
const LAYERS = ["http", "express", "apollo"] as const;

cleanUpOnSignals();

interface Row {
  layer: string;
  requestsPerSecond: number;
  p50: number;
  /** Node CPU of the server per request, ms. */
  serverMs: number;
  /** CPU of this process (autocannon) per request, ms. */
  loadMs: number;
}

/** Loads `url` with the flagship query after a warm-up; CPU per request of the process `pid` and of this one. */
async function measure(layer: string, url: string, pid: number): Promise<Row> {
  await runLoad(url, FLAGSHIP_QUERY, conns, 3);
  const cpu = processCpuSeconds(pid)!;
  const self = process.cpuUsage();
  const load = await runLoad(url, FLAGSHIP_QUERY, conns, seconds);
  const used = process.cpuUsage(self);
  if (load.non2xx || load.errors || load.graphqlErrors) throw new Error(`${layer}: failed requests`);
  return {
    layer,
    requestsPerSecond: load.requestsPerSecond,
    p50: load.latencyMs.p50,
    serverMs: ((processCpuSeconds(pid)! - cpu) * 1000) / load.requests,
    loadMs: (used.user + used.system) / 1000 / load.requests,
  };
}

/** A floor server (bench/floor/server.mjs) answering with `answerFile`, for the time `body` runs. */
async function withFloorServer<T>(layer: string, answerFile: string, body: (url: string, pid: number) => Promise<T>) {
  const port = await freePort(4780);
  const script = new URL("./floor/server.mjs", import.meta.url).pathname;
  const child = spawn(process.execPath, [script, layer, String(port), answerFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`floor server ${layer} exited with ${code}`)));
  });
  await ready;
  return withCleanup(
    async () => {
      child.kill();
      await sleep(200);
    },
    () => body(`http://127.0.0.1:${port}/graphql`, child.pid!),
  );
}

/** The page's statements, one after the other per page, over `conns` connections: this process's CPU per page. */
async function pgFloor(statements: CapturedStatement[]): Promise<{ pagesPerSecond: number; ms: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: conns, options: SESSION_OPTIONS });
  try {
    const page = async () => {
      for (const [i, s] of statements.entries())
        await pool.query({ name: `floor_${i}`, text: s.text, values: s.values });
    };
    const run = async (ms: number) => {
      let pages = 0;
      const until = Date.now() + ms;
      await Promise.all(
        Array.from({ length: conns }, async () => {
          while (Date.now() < until) {
            await page();
            pages++;
          }
        }),
      );
      return pages;
    };
    await run(3000);
    const self = process.cpuUsage();
    const pages = await run(seconds * 1000);
    const used = process.cpuUsage(self);
    return { pagesPerSecond: pages / seconds, ms: (used.user + used.system) / 1000 / pages };
  } finally {
    await pool.end();
  }
}

// The flagship's answer and the statements one request of it sends, from the API in this process.
const { answerFile, statements } = await withInProcessServer(databaseUrl, async (api) => {
  await postGraphQL(api.url, FLAGSHIP_QUERY); // names resolved, statements prepared
  let data: unknown;
  const captured = await api.captureStatements(async () => (data = await postGraphQL(api.url, FLAGSHIP_QUERY)));
  const file = join(mkdtempSync(join(tmpdir(), "newsroom-floor-")), "answer.json");
  const answer = JSON.stringify({ data });
  writeFileSync(file, answer);
  console.log(`flagship: ${captured.length} statements; answer ${answer.length} bytes`);
  return { answerFile: file, statements: captured };
});

for (let round = 1; round <= rounds; round++) {
  const rows: Row[] = [];
  for (const layer of LAYERS)
    rows.push(await withFloorServer(layer, answerFile, (url, pid) => measure(layer, url, pid)));
  const port = await freePort(4790);
  rows.push(await withChildServer(databaseUrl, port, (api) => measure("project", api.url, serverPid(api.pgid))));
  const database = await pgFloor(statements);
  console.log(`\nround ${round} (${conns} clients, ${seconds} s each)`);
  console.log("| layer | req/s | p50 | node CPU ms/req | load generator CPU ms/req |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const r of rows)
    console.log(
      `| ${r.layer} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} ms | ${r.serverMs.toFixed(2)} | ${r.loadMs.toFixed(2)} |`,
    );
  console.log(
    `| pg driver alone, the page's ${statements.length} statements (in this process) | ${database.pagesPerSecond.toFixed(0)} pages/s | | ${database.ms.toFixed(2)} | |`,
  );
}
