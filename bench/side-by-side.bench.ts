// npm run bench:side-by-side -- DIR_A DIR_B [DIR_C] [--case both] [--rounds 6] [--duration 10] [--conns 4]
//
// Compares builds of the API that serve AT THE SAME TIME: each directory holds a built `dist/` (e.g. a git worktree
// of another commit after `node scripts/build.mjs`), each runs as `npm start` runs it in production, on the database
// newsroom_scale_1m of DATABASE_URL's server (the corpus of `npm run bench:corpus`), and every round loads all of them
// at once with the same case. On this machine kind, runs one after another drift by a third within minutes; builds
// under the same load at the same time see the same drift. Prints, per round and in total, each build's req/s, p50
// and node CPU per request (from /proc/<pid>/stat). Start order matters a little: run it again with the order swapped.
import { parseArgs } from "node:util";
import { CASE_NAMES, resolveCases, type CaseName } from "./scale/cases.js";
import { cleanUpOnSignals } from "./scale/cleanup.js";
import { processCpuSeconds } from "./scale/cpu.js";
import { runLoad } from "./scale/load.js";
import { spawnGroup } from "./scale/process.js";
import { serverPid } from "./scale/server.js";

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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

cleanUpOnSignals();
const builds = positionals.map((dir, i) => {
  const port = 4750 + i;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    PORT: String(port),
    LOG_LEVEL: "warn",
  };
  // The flags of `npm start`, without its build step: each directory serves the dist/ it has.
  const command =
    "MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 MALLOC_TRIM_THRESHOLD_=131072 " +
    "exec node --max-old-space-size=192 --max-semi-space-size=8 dist/main.js > /dev/null";
  const group = spawnGroup("sh", ["-c", `cd "${dir}" && ${command}`], env);
  return { dir, group, url: `http://127.0.0.1:${port}/graphql`, port, cpu: 0, requests: 0 };
});
try {
  for (const b of builds) {
    for (let tries = 0; ; tries++) {
      const status = await fetch(`http://127.0.0.1:${b.port}/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (tries > 300) throw new Error(`${b.dir}: /health did not answer within 60 s`);
      await sleep(200);
    }
  }
  const { cases } = await resolveCases(builds[0]!.url, [caseName]);
  const query = cases[0]!.query;
  await Promise.all(builds.map((b) => runLoad(b.url, query, conns, 5))); // warm-up
  for (let round = 1; round <= rounds; round++) {
    const before = builds.map((b) => processCpuSeconds(serverPid(b.group.pgid)) ?? Number.NaN);
    const results = await Promise.all(builds.map((b) => runLoad(b.url, query, conns, seconds)));
    const line = builds.map((b, i) => {
      const cpu = (processCpuSeconds(serverPid(b.group.pgid)) ?? Number.NaN) - before[i]!;
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
} finally {
  await Promise.all(builds.map((b) => b.group.stop()));
}
