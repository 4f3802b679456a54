// CPU time of the API server and of the PostgreSQL backends serving a load run, from /proc.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";

/** Clock ticks per second of /proc/<pid>/stat's utime and stime. */
const TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** User + system CPU seconds a process has used so far; null once it is gone or not readable (another host). */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // pid (comm) state ppid ...: utime and stime are fields 14 and 15; comm may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return null;
  }
}

export interface BackendCpu {
  /** CPU seconds the sampled backends used while the sampler ran; null if none of them could be read. */
  stop(): Promise<number | null>;
}

/**
 * Sums the CPU time of a database's backends (those with `applicationName` if given) from now until stop().
 * Their pids come from pg_stat_activity every 250 ms, over a connection to the server's `postgres` database
 * so it is not counted itself. A backend seen at the start counts from its CPU time then; one that appears
 * later counts whole (its connection start included); one that ends counts until its last sample, so up to
 * 250 ms of it is missed. Needs the database on this host.
 */
export async function sampleBackendCpu(
  adminUrl: string,
  database: string,
  applicationName?: string,
): Promise<BackendCpu> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const start = new Map<number, number>();
  const last = new Map<number, number>();
  let first = true;
  const sample = async () => {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'" +
        " AND ($2::text IS NULL OR application_name = $2::text)",
      [database, applicationName ?? null],
    );
    for (const { pid } of rows) {
      const cpu = processCpuSeconds(pid);
      if (cpu === null) continue;
      if (first) start.set(pid, cpu);
      last.set(pid, cpu);
    }
    first = false;
  };
  await sample();
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(sample).catch(() => {});
  }, 250);
  return {
    async stop() {
      clearInterval(timer);
      await sampling;
      await sample().catch(() => {});
      await client.end().catch(() => {});
      if (last.size === 0) return null;
      let total = 0;
      for (const [pid, cpu] of last) total += cpu - (start.get(pid) ?? 0);
      return total;
    },
  };
}

/** CPU milliseconds per completed request of a load run; null where it could not be read. */
export interface CpuPerRequest {
  node: number | null;
  postgres: number | null;
}

/**
 * Runs a load run and divides the CPU time the server process and the database's backends used meanwhile
 * by the requests it completed.
 */
export async function withCpuPerRequest<T extends { requests: number }>(
  serverPid: number,
  adminUrl: string,
  database: string,
  run: () => Promise<T>,
): Promise<T & { cpuMsPerRequest: CpuPerRequest }> {
  const backends = await sampleBackendCpu(adminUrl, database);
  const nodeBefore = processCpuSeconds(serverPid);
  const result = await run();
  const nodeAfter = processCpuSeconds(serverPid);
  const postgres = await backends.stop();
  const perRequest = (seconds: number | null) =>
    seconds === null || result.requests === 0 ? null : (seconds * 1000) / result.requests;
  const node = nodeBefore === null || nodeAfter === null ? null : nodeAfter - nodeBefore;
  return { ...result, cpuMsPerRequest: { node: perRequest(node), postgres: perRequest(postgres) } };
}
