// The production server exactly as `npm start` runs it (built dist/, heap cap, NODE_ENV=production),
// with what the crash suite measures: resident memory and how long /health takes to answer.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import { type Role } from "../../src/auth/principal.js";
import { createToken } from "../../src/auth/tokens.js";
import { openServerDatabase } from "../../src/db/client.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { createTestDatabase, type TestDatabase } from "./db.js";
import { ROOT } from "./run.js";
import { type ServerProcess } from "./processes.js";

export interface ProductionServer extends ServerProcess {
  /** The process's resident set size in MB (from /proc), or undefined once it has exited. */
  rssMb(): number | undefined;
  /** Whether the process is still running. */
  alive(): boolean;
  /** Everything the process printed (logs, and a fatal error if it crashed). */
  output(): string;
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The production server exactly as package.json "start" runs it (environment, heap cap and other flags), against
 * `databaseUrl`, logging warnings only (a log line per request would cost the server time the tests measure).
 */
export async function startProductionServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<ProductionServer> {
  const port = await freePort();
  const url = `http://localhost:${port}/graphql`;
  // Exactly what `npm start` runs: its environment assignments and node flags, read from package.json.
  const start = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")).scripts.start as string;
  // (The build step before it, `node scripts/build.mjs --if-stale &&`, has run already: pretest builds.)
  const parts =
    /^(?:node scripts\/build\.mjs --if-stale && )?((?:\w+=\S+\s+)*)node\s+((?:--\S+\s+)*)dist\/main\.js$/.exec(start);
  if (!parts || !/--max-old-space-size=\d+/.test(parts[2]!)) {
    throw new Error(`package.json "start" is not "[VAR=value …] node --max-old-space-size=N … dist/main.js": ${start}`);
  }
  const startEnv = Object.fromEntries(
    parts[1]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => a.split("=", 2)),
  );
  const flags = parts[2]!.trim().split(/\s+/);
  const child = spawn(process.execPath, [...flags, "dist/main.js"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...startEnv,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output = (output + chunk).slice(-200_000)));
  child.stderr.on("data", (chunk) => (output = (output + chunk).slice(-200_000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in time:\n${output}`));
    }, timeoutMs);
    const poll = setInterval(async () => {
      const ready = await fetch(new URL("/health", url)).then(
        (res) => res.ok,
        () => false,
      );
      if (!ready || child.exitCode !== null) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({
        url,
        wsUrl: url.replace(/^http/, "ws"),
        child,
        alive: () => child.exitCode === null && child.signalCode === null,
        output: () => output,
        rssMb: () => {
          try {
            const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
            return kb ? Number(kb) / 1024 : undefined;
          } catch {
            return undefined;
          }
        },
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    }, 100);
    child.once("exit", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** Milliseconds `GET /health` takes to answer (the event loop's responsiveness as a client sees it). */
export async function healthLatencyMs(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(new URL("/health", url));
  await res.text();
  return performance.now() - started;
}

/**
 * Polls /health every `everyMs` until stopped; the slowest answer is what a load balancer would have
 * seen while the work ran.
 */
export function watchHealth(url: string, everyMs = 20): { stop(): Promise<{ maxMs: number; samples: number }> } {
  let maxMs = 0;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const ms = await healthLatencyMs(url).catch(() => Number.POSITIVE_INFINITY);
      maxMs = Math.max(maxMs, ms);
      samples++;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { maxMs, samples };
    },
  };
}

/** A migrated test database with the vocabularies seeded and one API token per role asked for. */
export async function seededDatabase<R extends Role>(
  roles: readonly R[],
): Promise<{ db: TestDatabase; tokens: Record<R, string> }> {
  const db = await createTestDatabase();
  const direct = await openServerDatabase(db.url);
  try {
    await seedVocabularies(direct.prisma);
    const tokens = {} as Record<R, string>;
    for (const role of roles) tokens[role] = await createToken(direct.prisma, `crash ${role}`, role);
    return { db, tokens };
  } finally {
    await direct.close();
  }
}
