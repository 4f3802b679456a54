// `npm run bench:startup [-- --root DIR] [--queries 400]`: what a new user waits for and what the default
// mode costs in memory, on the zero-setup database (no DATABASE_URL, a new data folder):
//   first start   `npm start` on a new data folder (creates, migrates, seeds) until GET /ready is 200
//   later start   `npm start` again on the same folder (database still running, and stopped)
//   cli --help    `npm run cli -- --help`, median of 5
//   memory        summed PSS (/proc/<pid>/smaps_rollup) of the server and every PostgreSQL process of the
//                 data folder, after N README flagship queries (src/sandbox-example.graphql, 8 at a time;
//                 their throughput is printed too)
// --root runs it on another checkout (e.g. a scratch copy of main, for "before" figures).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { root: { type: "string" }, queries: { type: "string", default: "400" } },
});
const ROOT = resolve(values.root ?? new URL("..", import.meta.url).pathname);
const QUERIES = Number(values.queries);
const FLAGSHIP = readFileSync(join(ROOT, "src/sandbox-example.graphql"), "utf8");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** `npm start` in its own process group; resolves with the seconds until GET /ready answered 200. */
async function start(env: NodeJS.ProcessEnv, port: number): Promise<{ child: ChildProcess; seconds: number }> {
  const started = performance.now();
  const child = spawn("npm", ["start"], { cwd: ROOT, env, stdio: "ignore", detached: true });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    const status = await fetch(`http://localhost:${port}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { child, seconds: (performance.now() - started) / 1000 };
    await sleep(50);
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once("exit", () => done());
    process.kill(-child.pid!, "SIGTERM");
  });
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

function pssKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("Pss:"));
  return Number(line?.split(/\s+/)[1] ?? 0);
}

/** The server (node running dist/main.js under `group`) and the PostgreSQL processes of `dataDir`. */
function measuredPids(group: number, dataDir: string): { node: number[]; postgres: number[] } {
  const pids = readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map(Number);
  const alive = pids.filter((p) => existsSync(`/proc/${p}/cmdline`));
  const cmd = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, "utf8");
    } catch {
      return "";
    }
  };
  const inGroup = (p: number) => {
    try {
      return Number(readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ")[2]) === group;
    } catch {
      return false;
    }
  };
  const node = alive.filter((p) => inGroup(p) && cmd(p).includes("dist/main.js"));
  const pidFile = join(dataDir, "postgres", "postmaster.pid");
  const postmaster = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : undefined;
  const postgres = postmaster
    ? alive.filter((p) => {
        try {
          return p === postmaster || parentOf(p) === postmaster;
        } catch {
          return false;
        }
      })
    : [];
  return { node, postgres };
}

async function flagship(port: number, count: number): Promise<void> {
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent++;
      const res = await fetch(`http://localhost:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: FLAGSHIP }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function cliHelpSeconds(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    execFileSync("npm", ["run", "-s", "cli", "--", "--help"], { cwd: ROOT, stdio: "ignore" });
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

/** Stops the local PostgreSQL of `dataDir` when this checkout has one (the PGlite version has none). */
function stopDatabase(env: NodeJS.ProcessEnv): boolean {
  if (!existsSync(join(ROOT, "dist/db/commands.js"))) return false;
  execFileSync(process.execPath, ["dist/db/commands.js", "stop"], { cwd: ROOT, env, stdio: "ignore" });
  return true;
}

const dataDir = mkdtempSync(join(tmpdir(), "newsroom-startup-"));
const port = await freePort();
const env = { ...process.env, DATABASE_URL: "", NEWSROOM_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn" };
const fmt = (s: number) => `${s.toFixed(2)} s`;
try {
  const first = await start(env, port);
  console.log(`first start (new data folder):            ${fmt(first.seconds)}`);
  const queriesStarted = performance.now();
  await flagship(port, QUERIES);
  const queriesSeconds = (performance.now() - queriesStarted) / 1000;
  console.log(
    `${QUERIES} flagship queries, 8 at a time:       ${fmt(queriesSeconds)} (${(QUERIES / queriesSeconds).toFixed(0)} req/s)`,
  );
  const { node, postgres } = measuredPids(first.child.pid!, dataDir);
  const nodeMb = node.reduce((s, p) => s + pssKb(p), 0) / 1024;
  const pgMb = postgres.reduce((s, p) => s + pssKb(p), 0) / 1024;
  console.log(
    `PSS after ${QUERIES} flagship queries:         ${(nodeMb + pgMb).toFixed(0)} MB (node ${nodeMb.toFixed(0)} MB, ${postgres.length} postgres processes ${pgMb.toFixed(0)} MB)`,
  );
  await stop(first.child);
  const later = await start(env, port);
  console.log(`later start (database running):           ${fmt(later.seconds)}`);
  await stop(later.child);
  if (stopDatabase(env)) {
    const cold = await start(env, port);
    console.log(`later start (database stopped):           ${fmt(cold.seconds)}`);
    await stop(cold.child);
  }
  console.log(`npm run cli -- --help (median of 5):      ${fmt(cliHelpSeconds())}`);
} finally {
  stopDatabase(env);
  rmSync(dataDir, { recursive: true, force: true });
}
