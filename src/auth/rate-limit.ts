import { type PrismaClient } from "../db/client.js";
import { countFailure, failureWait } from "./auth.data.js";

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
  blockedFor(key: string): Promise<number> {
    return failureWait(this.prisma, key, this.perMinute);
  }

  /**
   * Counts one failure (a new window when the last one is over) and returns, in the same statement,
   * the seconds the client must now wait: 0 while it is within the limit. Atomic, so of any number of
   * concurrent failures exactly `perMinute` per window are within it, whatever the interleaving.
   */
  async fail(key: string): Promise<number> {
    const { failures, wait } = await countFailure(this.prisma, key);
    return failures > this.perMinute ? Math.max(1, wait) : 0;
  }
}
