// The ceiling runs: a request's statements through pgbench, straight against PostgreSQL, no server in between.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { SESSION_OPTIONS } from "../../src/db/client.js";
import { type CapturedStatement, isTransactionControl, substituteParameters } from "./ceiling.js";
import { sampleBackendCpu } from "./cpu.js";

const PGBENCH = "/usr/bin/pgbench";

/** The session settings the server's connections have (see openServerDatabase), for a fair comparison. */
const sessionOptions = () => process.env.PGOPTIONS ?? SESSION_OPTIONS;

export interface CeilingRun {
  connections: number;
  /** pgbench's tps without the initial connection time: one transaction is one request's statements. */
  pagesPerSecond: number;
  transactions: number;
  /** pgbench's average transaction latency. */
  latencyMs: number;
  /** CPU time of pgbench's backends per transaction; null when they could not be read (database on another host). */
  postgresCpuMsPerPage: number | null;
}

/**
 * Runs each statement once as sent (text and parameters) and once with its parameters as literals, and
 * throws unless both return the same number of rows: the script must do the work the server's statements do.
 */
export async function verifyLiterals(databaseUrl: string, statements: CapturedStatement[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, options: sessionOptions() });
  await client.connect();
  try {
    for (const statement of statements.filter((s) => !isTransactionControl(s.text))) {
      const original = await client.query(statement.text, statement.values);
      const literal = await client.query(substituteParameters(statement));
      if (original.rows.length !== literal.rows.length) {
        throw new Error(
          `with literals the statement returns ${literal.rows.length} rows, as sent ${original.rows.length}: ` +
            `${statement.text.trim().slice(0, 300)}`,
        );
      }
    }
  } finally {
    await client.end();
  }
}

/** The figures of pgbench's summary; throws with its output if they are missing. */
function parseSummary(output: string): { tps: number; transactions: number; latencyMs: number } {
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`no ${pattern.source} in pgbench's output:\n${output.slice(-2000)}`);
    return Number(match[1]);
  };
  // pgbench 14+ says "(without initial connection time)", older ones "(excluding connections establishing)".
  const tps = number(/^tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/m);
  const failed = /^number of failed transactions: (\d+)/m.exec(output);
  if (failed && Number(failed[1]) > 0) throw new Error(`pgbench: ${failed[1]} failed transactions:\n${output}`);
  return {
    tps,
    transactions: number(/^number of transactions actually processed: (\d+)/m),
    latencyMs: number(/^latency average = ([\d.]+) ms/m),
  };
}

/** A pgbench script on disk for the duration of `body`. */
export async function withScriptFile<T>(script: string, body: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(os.tmpdir(), "newsroom-ceiling-"));
  const path = join(dir, "page.sql");
  writeFileSync(path, script);
  try {
    return await body(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `pgbench -n -M prepared -c <connections> -j 2 -T <seconds> -f <script>` on the database of `databaseUrl`
 * with the server's session settings (PGOPTIONS); prepared, so each connection parses and plans each
 * statement once, as the server's named statements are. Measures the CPU of pgbench's backends unless warming up.
 */
export async function runPgbench(
  databaseUrl: string,
  scriptPath: string,
  connections: number,
  seconds: number,
  measureCpu = true,
): Promise<CeilingRun> {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.slice(1));
  const args = ["-n", "-M", "prepared", "-c", String(connections), "-j", String(Math.min(2, connections))];
  args.push("-T", String(seconds), "-f", scriptPath, "-h", url.hostname, "-p", url.port || "5432");
  if (url.username) args.push("-U", decodeURIComponent(url.username));
  args.push(database);
  const env: NodeJS.ProcessEnv = { ...process.env, PGOPTIONS: sessionOptions(), PGAPPNAME: "pgbench" };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);

  const adminUrl = Object.assign(new URL(url), { pathname: "/postgres" }).toString();
  const cpu = measureCpu ? await sampleBackendCpu(adminUrl, database, "pgbench") : null;
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(PGBENCH, args, { env, maxBuffer: 16 * 2 ** 20 }));
  } catch (e) {
    await cpu?.stop();
    const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
    throw new Error(`pgbench ${args.join(" ")} failed: ${(e as Error).message}\n${stdout}\n${stderr.slice(-2000)}`);
  }
  const cpuSeconds = (await cpu?.stop()) ?? null;
  const { tps, transactions, latencyMs } = parseSummary(stdout);
  return {
    connections,
    pagesPerSecond: tps,
    transactions,
    latencyMs,
    postgresCpuMsPerPage: cpuSeconds === null || transactions === 0 ? null : (cpuSeconds * 1000) / transactions,
  };
}
