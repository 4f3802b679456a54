import { type PrismaClient } from "../db/client.js";

/**
 * Failed authentications per client address in a fixed one-minute window, counted in PostgreSQL
 * (table auth_failure), so every API process behind a load balancer shares the count; in embedded
 * mode the one process counts in its embedded database.
 */
export class AuthFailureLimiter {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly perMinute: number,
  ) {}

  /** Seconds until the client may try again; 0 when it may try now. */
  async blockedFor(key: string): Promise<number> {
    const [row] = await this.prisma.$queryRaw<Array<{ wait: number }>>`
      SELECT ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS wait
      FROM auth_failure WHERE key = ${key} AND failures >= ${this.perMinute} AND window_start > now() - interval '1 minute'`;
    return row ? Math.max(1, row.wait) : 0;
  }

  /**
   * Counts one failure (a new window when the last one is over) and returns, in the same statement,
   * the seconds the client must now wait: 0 while it is within the limit. Atomic, so of any number of
   * concurrent failures exactly `perMinute` per window are within it, whatever the interleaving.
   */
  async fail(key: string): Promise<number> {
    const [row] = await this.prisma.$queryRaw<Array<{ failures: number; wait: number }>>`
      INSERT INTO auth_failure AS f (key, failures, window_start) VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN f.window_start <= now() - interval '1 minute' THEN 1 ELSE f.failures + 1 END,
        window_start = CASE WHEN f.window_start <= now() - interval '1 minute' THEN now() ELSE f.window_start END
      RETURNING failures, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS wait`;
    return row && row.failures > this.perMinute ? Math.max(1, row.wait) : 0;
  }
}
