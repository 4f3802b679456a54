// The person module's data access: name resolution (any case, with or without diacritics, merged
// spellings through person_alias), the name picker (keyset by name), quotes and merges.
import { queryRaw } from "../../db/rows.js";
import DataLoader from "dataloader";
import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { type Person, Prisma, type Quote } from "../../generated/prisma/client.js";
import { personKey } from "../../vocab/person-names.js";
import { isUuid, type KeysetQuery } from "../shared/connection.js";
import { type NamedValue } from "../shared/entity-kind.js";
import { groupBy, perArgs, truncate } from "../shared/loading.js";

/** Person values as users write them (name in any case, with or without diacritics, a merged spelling, or id) -> ids. */
export async function resolvePersonIds(prisma: PrismaClient, values: NamedValue[]): Promise<Map<string, string>> {
  if (values.length === 0) return new Map();
  const distinct = [...new Set(values.map((v) => v.value))];
  const rows = await queryRaw(prisma)<Array<{ value: string; id: string | null }>>`
    SELECT v AS value, coalesce(
      (SELECT p.id FROM person p WHERE p.key = k),
      (SELECT a.person_id FROM person_alias a WHERE a.key = k),
      (SELECT p.id FROM person p WHERE u IS NOT NULL AND p.id = u))::text AS id
    FROM unnest(${distinct}::text[], ${distinct.map(personKey)}::text[], ${distinct.map((v) => (isUuid(v) ? v : null))}::uuid[]) AS x(v, k, u)`;
  const found = new Map(rows.flatMap((r) => (r.id ? [[r.value, r.id] as const] : [])));
  const unknown = values.find((v) => !found.has(v.value));
  if (unknown) {
    throw new UserInputError(
      unknown.argument,
      `unknown person "${truncate(unknown.value)}" (use a name as articles give it, e.g. "Olaf Scholz", or a person id)`,
    );
  }
  return found;
}

/** Persons by id, as Prisma's model returns them. */
export function findPersonsById(prisma: PrismaClient, ids: string[]) {
  return queryRaw(prisma)<Person[]>`
    SELECT id, key, name, country_code AS "countryCode" FROM person WHERE id = ANY(${ids}::uuid[])`;
}

function searchFilter(search: string | undefined): Prisma.PersonWhereInput {
  const text = search?.trim();
  // On the folded key, so "erdogan" finds "Erdoğan"; LIKE wildcards in the text are taken literally.
  return text ? { key: { contains: personKey(text).replace(/[\\%_]/g, "\\$&") } } : {};
}

/** One keyset page of persons by (name, id), optionally only those whose name contains a text. */
export function findPersons(prisma: PrismaClient, search: string | undefined, query: KeysetQuery) {
  const after = query.after;
  const past = query.descending ? "lt" : "gt";
  const where: Prisma.PersonWhereInput = after
    ? { OR: [{ name: { [past]: after.key as string } }, { name: after.key as string, id: { [past]: after.id } }] }
    : {};
  const direction = query.descending ? "desc" : "asc";
  return prisma.person.findMany({
    where: { AND: [searchFilter(search), where] },
    orderBy: [{ name: direction }, { id: direction }],
    take: query.limit,
  });
}

export function countPersons(prisma: PrismaClient, search: string | undefined) {
  return prisma.person.count({ where: searchFilter(search) });
}

/** Quote columns, named as Prisma's model names them. */
const QUOTE_COLUMNS = Prisma.raw(`id, article_id AS "articleId", speaker_id AS "speakerId", text, field, start, "end",
  sentence, published_at AS "publishedAt"`);

/** Per-request loaders of the person module. */
export function personLoaders(prisma: PrismaClient) {
  return {
    /** A speaker's quotes, newest article first, at most `first`. */
    quotesBySpeaker: perArgs(
      ({ first }: { first: number }) =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await queryRaw(prisma)<Quote[]>`
            SELECT q.* FROM unnest(${ids}::uuid[]) AS s(id) CROSS JOIN LATERAL (
              SELECT ${QUOTE_COLUMNS} FROM quote
              WHERE speaker_id = s.id ORDER BY published_at DESC, article_id, field, start LIMIT ${first}) q`;
          return groupBy(ids, rows, (r) => r.speakerId!);
        }),
    ),
    /** An article's quotes, in text order. */
    quotesByArticle: new DataLoader(async (ids: readonly string[]) => {
      const rows = await queryRaw(prisma)<Quote[]>`
        SELECT ${QUOTE_COLUMNS} FROM quote WHERE article_id = ANY(${ids}::uuid[]) ORDER BY field, start`;
      return groupBy(ids, rows, (r) => r.articleId);
    }),
  };
}
