// The author module's data access: name resolution and the author list (keyset by name).
import { queryRaw } from "../../db/rows.js";
import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { type Author, type Prisma } from "../../generated/prisma/client.js";
import { type KeysetQuery } from "../shared/connection.js";
import { type NamedValue } from "../shared/entity-kind.js";
import { truncate } from "../shared/loading.js";

/** Authors by slug or name (any case) -> author ids; an unknown one is a BAD_USER_INPUT naming its argument. */
export async function resolveAuthorIds(prisma: PrismaClient, values: NamedValue[]): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  const distinct = [...new Set(values.map((v) => v.value))];
  const rows = await queryRaw(prisma)<Array<{ value: string; id: string }>>`
    SELECT v AS value, a.id FROM unnest(${distinct}::text[]) AS v
    JOIN author a ON lower(trim(v)) = a.slug OR lower(trim(v)) = lower(a.name)`;
  const found = new Map(rows.map((r) => [r.value, r.id]));
  const unknown = values.find((v) => !found.has(v.value));
  if (unknown) throw new UserInputError(unknown.argument, `unknown author "${truncate(unknown.value)}"`);
  return found;
}

function nameFilter(nameContains: string | undefined): Prisma.AuthorWhereInput {
  const text = nameContains?.trim();
  // Prisma passes LIKE wildcards through: "%" would match every name.
  return text ? { name: { contains: text.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" } } : {};
}

/** One keyset page of authors by (name, id), optionally only those whose name contains a text. */
export function findAuthors(prisma: PrismaClient, nameContains: string | undefined, query: KeysetQuery) {
  const after = query.after;
  const past = query.descending ? "lt" : "gt";
  const where: Prisma.AuthorWhereInput = after
    ? { OR: [{ name: { [past]: after.key as string } }, { name: after.key as string, id: { [past]: after.id } }] }
    : {};
  const direction = query.descending ? "desc" : "asc";
  return prisma.author.findMany({
    where: { AND: [nameFilter(nameContains), where] },
    orderBy: [{ name: direction }, { id: direction }],
    take: query.limit,
  });
}

/** Authors by id, as Prisma's model returns them. */
export function findAuthorsById(prisma: PrismaClient, ids: string[]) {
  return queryRaw(prisma)<Author[]>`SELECT id, name, slug FROM author WHERE id = ANY(${ids}::uuid[])`;
}

export function countAuthors(prisma: PrismaClient, nameContains: string | undefined) {
  return prisma.author.count({ where: nameFilter(nameContains) });
}

export function findAuthorBySlug(prisma: PrismaClient, slug: string) {
  return prisma.author.findUnique({ where: { slug: slug.trim().toLowerCase() } });
}
