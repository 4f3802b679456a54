// The auth module's SQL: API token rows (only hashes are stored) and the shared failed-authentication counter.
import { type PrismaClient } from "../db/client.js";
import { queryRaw } from "../db/rows.js";
import { type ApiToken } from "../generated/prisma/client.js";
import { type Role } from "./principal.js";

export function findTokenByName(prisma: PrismaClient, name: string) {
  return prisma.apiToken.findUnique({ where: { name }, select: { revokedAt: true } });
}

export async function insertToken(prisma: PrismaClient, row: { name: string; role: Role; tokenHash: string }) {
  await prisma.apiToken.create({ data: row });
}

export function listTokenRows(prisma: PrismaClient) {
  return prisma.apiToken.findMany({
    select: { name: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "asc" },
  });
}

/** Revokes a token by name; how many rows changed (0 when unknown or revoked already). */
export async function revokeTokenRow(prisma: PrismaClient, name: string): Promise<number> {
  const { count } = await prisma.apiToken.updateMany({
    where: { name, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** The row of a token hash (a unique index); read through pg, as it is read on every request with a token. */
export async function findTokenByHash(prisma: PrismaClient, tokenHash: string) {
  const [row] = await queryRaw(prisma)<
    Array<Pick<ApiToken, "id" | "name" | "role" | "tokenHash" | "revokedAt" | "lastUsedAt">>
  >`
    SELECT id, name, role, token_hash AS "tokenHash", revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"
    FROM api_token WHERE token_hash = ${tokenHash}::bpchar`;
  return row ?? null;
}

export async function touchToken(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.apiToken.update({ where: { id }, data: { lastUsedAt: new Date() } });
}

/** Seconds until a client over `perMinute` failures in its current window may try again; 0 when it may now. */
export async function failureWait(prisma: PrismaClient, key: string, perMinute: number): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ wait: number }>>`
    SELECT ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS wait
    FROM auth_failure WHERE key = ${key} AND failures >= ${perMinute} AND window_start > now() - interval '1 minute'`;
  return row ? Math.max(1, row.wait) : 0;
}

/** Counts one failure (a new window when the last one is over): the window's failures and the seconds it has left. */
export async function countFailure(prisma: PrismaClient, key: string) {
  const [row] = await prisma.$queryRaw<Array<{ failures: number; wait: number }>>`
    INSERT INTO auth_failure AS f (key, failures, window_start) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN f.window_start <= now() - interval '1 minute' THEN 1 ELSE f.failures + 1 END,
      window_start = CASE WHEN f.window_start <= now() - interval '1 minute' THEN now() ELSE f.window_start END
    RETURNING failures, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS wait`;
  return row!;
}
