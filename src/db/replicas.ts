// Read replicas (DATABASE_REPLICA_URLS): PostgreSQL streaming replicas that queries read from, while
// writes, token checks and subscriptions stay on the primary (src/db/client.ts).
//
// Each replica is watched: how far it has replayed the primary's WAL, and for how long it has been
// behind. A request reads from a replica that is up, at most `maxLagSeconds` behind, and has replayed
// the request's read-after position (a writer's own last write: read-your-writes); otherwise from the
// primary. A statement that finds its replica gone is run again on the primary, so a replica that
// fails under load costs no request.
import pg from "pg";
import { isDatabaseUnavailable } from "../errors.js";
import { type PrismaClient } from "../generated/prisma/client.js";

/** A WAL position ("16/B374D848") as a number, for comparing positions. */
export function walPosition(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) throw new Error(`not a WAL position: ${text.slice(0, 40)}`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** Whether `text` is a WAL position, as clients send it back in X-Newsroom-Read-After. */
export const isWalPosition = (text: string) => /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(text.trim());

/**
 * A pool of connections to a replica whose plain queries (all Prisma's reads are plain queries) go
 * to the primary instead when the replica cannot answer: refused, cut, shut down, or a statement
 * cancelled by a conflict with recovery. Reads are safe to run twice.
 */
class FallbackPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly primary: pg.Pool,
    private readonly onFailure: (error: unknown) => void,
  ) {
    super(config);
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg.Pool.query's overloads, passed through unchanged
  override query(...args: any[]): any {
    if (args.some((a) => typeof a === "function")) return (super.query as (...a: unknown[]) => unknown)(...args);
    const run = (pool: pg.Pool) => (pool.query as (...a: unknown[]) => Promise<pg.QueryResult>).apply(pool, args);
    return (super.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args).catch((error: unknown) => {
      if (!isDatabaseUnavailable(error) && !isRecoveryConflict(error)) throw error;
      this.onFailure(error);
      return run(this.primary);
    });
  }
}

/** A standby cancels a query whose rows WAL replay must remove (SQLSTATE 40001, "conflict with recovery"). */
const isRecoveryConflict = (error: unknown) =>
  (error as { code?: string }).code === "40001" && /recovery/i.test(String((error as Error).message));

export interface ReplicaState {
  name: string;
  location: string;
  /** Answered its last check. */
  up: boolean;
  /** Last WAL position it had replayed, when it last answered. */
  replayed: string | null;
  /** Seconds since the oldest primary position it has not replayed was observed; 0 when caught up. */
  lagSeconds: number | null;
  /** Bytes of WAL it has not replayed, at the last check. */
  lagBytes: number | null;
}

interface Replica extends ReplicaState {
  pool: pg.Pool;
  prisma: PrismaClient;
  replayedAt: bigint | null;
}

export interface ReplicaOptions {
  /** Replicas further behind than this are not read from (NEWSROOM_REPLICA_MAX_LAG_SECONDS). */
  maxLagSeconds: number;
  /** How often each replica's position is read (default 250 ms). */
  checkEveryMs?: number;
}

/** A read target: a replica's Prisma client or the primary's. */
export interface Reader {
  name: string;
  prisma: PrismaClient;
}

export class Replicas {
  private readonly replicas: Replica[];
  /** Primary positions seen recently, oldest first: the lag is measured against them. */
  private primarySeen: Array<{ at: number; position: bigint }> = [];
  private timer?: NodeJS.Timeout;
  private next = 0;

  constructor(
    private readonly primary: { pool: pg.Pool; prisma: PrismaClient },
    urls: string[],
    poolConfig: pg.PoolConfig,
    private readonly options: ReplicaOptions,
    /** A Prisma client over a pool (the primary's adapter settings, its statement timing). */
    clientOf: (pool: pg.Pool, name: string) => PrismaClient,
  ) {
    this.replicas = urls.map((url, i) => {
      const name = `replica-${i + 1}`;
      const replica = { name, location: describe(url), up: true, replayed: null, replayedAt: null } as Replica;
      replica.lagSeconds = replica.lagBytes = null;
      replica.pool = new FallbackPool({ ...poolConfig, connectionString: url }, primary.pool, () => {
        replica.up = false;
      });
      replica.pool.on("error", () => {}); // an idle connection dropped: the pool replaces it
      replica.prisma = clientOf(replica.pool, name);
      return replica;
    });
  }

  /** Starts watching; resolves after the first check, so the first requests already know the replicas. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.options.checkEveryMs ?? 250);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map(async (r) => [await r.prisma.$disconnect(), await r.pool.end()]));
  }

  /**
   * Where a read goes: the next replica (round robin) that is up, not too far behind and has
   * replayed `after` (a position the reader must see); the primary when none has.
   */
  readerFor(after: bigint | null): Reader {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length]!;
      if (!replica.up || replica.replayedAt === null) continue;
      if (replica.lagSeconds === null || replica.lagSeconds > this.options.maxLagSeconds) continue;
      if (after !== null && replica.replayedAt < after) continue;
      return replica;
    }
    return { name: "primary", prisma: this.primary.prisma };
  }

  /**
   * Resolves once every replica that is up has replayed all the primary has written so far, or after
   * the lag bound (past it a replica is not read from anyway). Cache purges wait for this: purged
   * first, a page would be fetched again from a replica that still has the old rows, and kept.
   */
  async replayed(): Promise<void> {
    let target: bigint;
    try {
      const { rows } = await this.primary.pool.query<{ position: string }>(
        "SELECT pg_current_wal_lsn()::text AS position",
      );
      target = walPosition(rows[0]!.position);
    } catch {
      return; // the primary is down: nothing new to wait for
    }
    for (const started = Date.now(); Date.now() - started < this.options.maxLagSeconds * 1000; ) {
      if (this.replicas.every((r) => !r.up || (r.replayedAt ?? 0n) >= target)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  states(): ReplicaState[] {
    return this.replicas.map(({ name, location, up, replayed, lagSeconds, lagBytes }) => ({
      name,
      location,
      up,
      replayed,
      lagSeconds,
      lagBytes,
    }));
  }

  /** Reads the primary's position and each replica's; a replica that does not answer within a second is down. */
  private async check(): Promise<void> {
    const now = Date.now();
    try {
      const { rows } = await this.primary.pool.query<{ position: string }>(
        "SELECT pg_current_wal_lsn()::text AS position",
      );
      this.primarySeen.push({ at: now, position: walPosition(rows[0]!.position) });
      this.primarySeen = this.primarySeen.filter((s) => now - s.at <= 10 * 60_000);
    } catch {
      // the primary's own outage is answered by the requests; positions stay as last seen
    }
    await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          const { rows } = await withTimeout(
            replica.pool.query<{ position: string | null }>("SELECT pg_last_wal_replay_lsn()::text AS position"),
            1000,
          );
          const position = rows[0]?.position;
          if (!position) throw new Error("not a replica: it has no replay position");
          replica.replayed = position;
          replica.replayedAt = walPosition(position);
          replica.up = true;
          this.measureLag(replica, now);
        } catch {
          replica.up = false;
        }
      }),
    );
  }

  private measureLag(replica: Replica, now: number) {
    const latest = this.primarySeen.at(-1);
    const replayed = replica.replayedAt ?? 0n;
    const behind = this.primarySeen.find((s) => s.position > replayed);
    replica.lagSeconds = behind ? (now - behind.at) / 1000 : 0;
    replica.lagBytes = latest && latest.position > replayed ? Number(latest.position - replayed) : 0;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    throw new Error(
      "DATABASE_REPLICA_URLS holds a value that is not a URL (expected postgresql://user@host:5432/database)",
    );
  }
}
