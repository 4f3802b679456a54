// API tokens: random, shown once, stored only as an HMAC-SHA-256, compared in constant time.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { type PrismaClient } from "../db/client.js";
import {
  findTokenByHash,
  findTokenByName,
  insertToken,
  listTokenRows,
  revokeTokenRow,
  touchToken,
} from "./auth.data.js";
import { type Principal, type Role } from "./principal.js";

/** Every token starts with this, so secret scanners and people recognise one. */
export const TOKEN_PREFIX = "nrg_";
const TOKEN_SHAPE = /^nrg_[A-Za-z0-9_-]{43}$/;
// A fixed key separates these hashes from any other SHA-256 of the same bytes; the token's 256
// random bits are what protect it (no password stretching needed for a secret nobody chose).
const HMAC_KEY = "newsroom-graph api token v1";

/** A new token: the prefix and 32 random bytes, base64url. */
export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** What is stored of a token: HMAC-SHA-256, hex. */
export function hashToken(token: string): string {
  return createHmac("sha256", HMAC_KEY).update(token).digest("hex");
}

export function looksLikeApiToken(token: string): boolean {
  return token.startsWith(TOKEN_PREFIX);
}

export class TokenError extends Error {}

/** Stores a new token and returns it: the only time it is ever visible. */
export async function createToken(prisma: PrismaClient, name: string, role: Role): Promise<string> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 100) throw new TokenError("a token name must have 1-100 characters");
  const existing = await findTokenByName(prisma, trimmed);
  if (existing) {
    throw new TokenError(
      `a token named "${trimmed}" exists${existing.revokedAt ? " (revoked)" : ""}; names are never reused, choose another`,
    );
  }
  const token = generateToken();
  await insertToken(prisma, { name: trimmed, role, tokenHash: hashToken(token) });
  return token;
}

export const listTokens = listTokenRows;

/** Revokes a token by name; false when there is no such token (or it was revoked already). */
export async function revokeToken(prisma: PrismaClient, name: string): Promise<boolean> {
  return (await revokeTokenRow(prisma, name)) > 0;
}

/**
 * The principal of a presented API token; null when it is malformed, unknown or revoked. The row is
 * found by the hash (a unique index), and the hashes are compared again in constant time.
 */
export async function verifyApiToken(prisma: PrismaClient, token: string): Promise<Principal | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const hash = hashToken(token);
  const row = await findTokenByHash(prisma, hash);
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, "hex"), Buffer.from(hash, "hex")) || row.revokedAt) {
    return null;
  }
  // last_used_at to the minute: one write per token and minute, not one per request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await touchToken(prisma, row.id).catch(() => {});
  }
  return { actor: `token:${row.name}`, role: row.role, via: "token" };
}
