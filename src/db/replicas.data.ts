// The SQL of read-your-writes: each principal's last write position, kept on the primary.
import { type PrismaClient } from "../generated/prisma/client.js";

/** The primary's WAL position now, after a write committed; recorded for the principal when there is one. */
export async function recordWritePosition(prisma: PrismaClient, actor: string | null): Promise<string> {
  if (actor === null) {
    const [row] = await prisma.$queryRaw<[{ position: string }]>`SELECT pg_current_wal_lsn()::text AS position`;
    return row.position;
  }
  const [row] = await prisma.$queryRaw<[{ position: string }]>`
    INSERT INTO write_position (actor, position, written_at) VALUES (${actor}, pg_current_wal_lsn()::text, now())
    ON CONFLICT (actor) DO UPDATE SET position = EXCLUDED.position, written_at = EXCLUDED.written_at
    RETURNING position`;
  return row.position;
}

/** The position of the principal's last write, or null when it has written nothing. */
export async function lastWritePosition(prisma: PrismaClient, actor: string): Promise<string | null> {
  const [row] = await prisma.$queryRaw<Array<{ position: string }>>`
    SELECT position FROM write_position WHERE actor = ${actor}`;
  return row?.position ?? null;
}
