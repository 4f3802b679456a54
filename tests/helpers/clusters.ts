// PostgreSQL clusters of a test's own: a primary and streaming replicas (pg_basebackup -R), started
// with the machine's PostgreSQL binaries on free ports in a temporary folder, stopped and removed by
// the test. PostgreSQL refuses to run as root: as root the binaries run as the `postgres` user.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/** Why the clusters cannot run here, or null when they can. */
export function clustersUnavailable(): string | null {
  return existsSync(join(BIN, "initdb")) ? null : `PostgreSQL server binaries not found in ${BIN} (set PG_BIN)`;
}

const asRoot = process.getuid?.() === 0;

/** Runs a command, as the postgres user when we are root. */
function run(command: string, args: string[]): string {
  const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  return execFileSync(file, argv, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

const pgBin = (name: string, args: string[]) => run(join(BIN, name), args);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface Cluster {
  port: number;
  dir: string;
  /** A database URL on this cluster. */
  url(database?: string): string;
  start(): void;
  /** `immediate`: like a crash (no shutdown checkpoint); `fast`: a clean stop. */
  stop(mode?: "fast" | "immediate"): void;
}

function cluster(dir: string, port: number): Cluster {
  return {
    port,
    dir,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () => void pgBin("pg_ctl", ["-D", dir, "-l", join(dir, "log"), "-w", "-t", "30", "start"]),
    stop: (mode = "fast") => void pgBin("pg_ctl", ["-D", dir, "-m", mode, "-w", "stop"]),
  };
}

export interface Clusters {
  primary: Cluster;
  replicas: Cluster[];
  /** Stops every cluster still running and removes their folders. */
  destroy(): void;
}

/**
 * A primary and its streaming replicas, all running. `applyDelay` holds a replica back by that many
 * milliseconds (recovery_min_apply_delay), per replica; 0 for none.
 */
export async function startClusters(options: { replicas: number; applyDelayMs?: number[] }): Promise<Clusters> {
  const root = mkdtempSync(join(tmpdir(), "newsroom-clusters-"));
  chmodSync(root, 0o777); // the postgres user creates the clusters' folders in it
  const settings = [
    "listen_addresses = '127.0.0.1'",
    "unix_socket_directories = ''",
    "fsync = off", // a test's throwaway data
    "shared_buffers = 32MB",
    "max_connections = 60",
    "wal_level = replica",
    "hot_standby = on",
    "hot_standby_feedback = on",
  ];
  const primary = cluster(join(root, "primary"), await freePort());
  pgBin("initdb", ["-D", primary.dir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const all: Cluster[] = [primary];
  const destroy = () => {
    for (const c of all.reverse()) {
      try {
        c.stop("immediate");
      } catch {
        // not running
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    appendConf(primary.dir, [...settings, `port = ${primary.port}`]);
    primary.start();
    const replicas: Cluster[] = [];
    for (let i = 0; i < options.replicas; i++) {
      const replica = cluster(join(root, `replica-${i + 1}`), await freePort());
      pgBin("pg_basebackup", [
        "-h",
        "127.0.0.1",
        "-p",
        String(primary.port),
        "-U",
        "postgres",
        "-D",
        replica.dir,
        "-R",
        "-X",
        "stream",
        "-c",
        "fast",
      ]);
      const delay = options.applyDelayMs?.[i] ?? 0;
      appendConf(replica.dir, [
        `port = ${replica.port}`,
        ...(delay ? [`recovery_min_apply_delay = '${delay}ms'`] : []),
      ]);
      all.push(replica);
      replica.start();
      replicas.push(replica);
    }
    return { primary, replicas, destroy };
  } catch (error) {
    destroy();
    throw error;
  }
}

/** Adds settings to a cluster's postgresql.auto.conf (the last setting of a name wins). */
function appendConf(dir: string, lines: string[]) {
  run("sh", ["-c", `printf '%s\\n' "$@" >> ${join(dir, "postgresql.auto.conf")}`, "sh", ...lines]);
}
