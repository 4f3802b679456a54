// npm run bench:side-by-side -- DIR_A DIR_B [DIR_C] [--case both] [--rounds 6] [--duration 10] [--conns 4]
//
// Compares builds of the API that serve AT THE SAME TIME: each directory is a checkout (e.g. a git worktree of another
// commit, its node_modules installed or linked), each started with `npm start` in production mode, on the database
// newsroom_scale_1m of DATABASE_URL's server (the corpus of `npm run bench:corpus`), and every round loads all of them
// at once with the same case. On this machine kind, runs one after another drift by a third within minutes; builds
// under the same load at the same time see the same drift. Prints, per round and in total, each build's req/s, p50
// and node CPU per request (from /proc/<pid>/stat). Start order matters a little: run it again with the order swapped.
import { parseArgs } from "node:util";
import { CASE_NAMES, resolveCases, type CaseName } from "./scale/cases.js";
import { cleanUpOnSignals } from "./scale/cleanup.js";
import { processCpuSeconds } from "./scale/cpu.js";
import { runLoad } from "./scale/load.js";
import { type ChildServer, serverPid, withChildServer } from "./scale/server.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    case: { type: "string", default: "both" },
    rounds: { type: "string", default: "6" },
    duration: { type: "string", default: "10" },
    conns: { type: "string", default: "4" },
  },
});
const caseName = values.case as CaseName;
if (positionals.length < 2 || !CASE_NAMES.includes(caseName)) {
  console.error(`usage: npm run bench:side-by-side -- DIR_A DIR_B [DIR_C] [--case ${CASE_NAMES.join("|")}]`);
  process.exit(2);
}
const server = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const databaseUrl = new URL("/newsroom_scale_1m", server).toString();
const [rounds, seconds, conns] = [values.rounds, values.duration, values.conns].map(Number) as [number, number, number];

cleanUpOnSignals();

/** `npm start` in each directory, on ports from 4750, all answering /health before `body` runs; all stopped after. */
function withServers<T>(
  dirs: string[],
  body: (servers: ChildServer[]) => Promise<T>,
  up: ChildServer[] = [],
): Promise<T> {
  if (up.length === dirs.length) return body(up);
  const next = (server: ChildServer): Promise<T> => withServers(dirs, body, [...up, server]);
  return withChildServer(databaseUrl, 4750 + up.length, next, dirs[up.length]);
}

await withServers(positionals, async (servers) => {
  const builds = servers.map((server, i) => ({ dir: positionals[i]!, server, cpu: 0, requests: 0 }));
  const { cases } = await resolveCases(builds[0]!.server.url, [caseName]);
  const query = cases[0]!.query;
  await Promise.all(builds.map((b) => runLoad(b.server.url, query, conns, 5))); // warm-up
  const cpuNow = (b: (typeof builds)[number]) => processCpuSeconds(serverPid(b.server.pgid)) ?? Number.NaN;
  for (let round = 1; round <= rounds; round++) {
    const before = builds.map(cpuNow);
    const results = await Promise.all(builds.map((b) => runLoad(b.server.url, query, conns, seconds)));
    const line = builds.map((b, i) => {
      const cpu = cpuNow(b) - before[i]!;
      const r = results[i]!;
      b.cpu += cpu;
      b.requests += r.requests;
      const failed = r.non2xx + r.errors + r.graphqlErrors;
      return `${b.dir}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.latencyMs.p50.toFixed(1)} ms, node ${((cpu * 1000) / r.requests).toFixed(2)} ms/req${failed ? `, ${failed} failed` : ""}`;
    });
    console.log(`round ${round}: ${line.join(" | ")}`);
  }
  console.log(
    `total: ${builds.map((b) => `${b.dir}: node ${((b.cpu * 1000) / b.requests).toFixed(2)} ms/req over ${b.requests} requests`).join(" | ")}`,
  );
});
