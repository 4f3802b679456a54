// The place module's data access. Places come from the gazetteer in memory (src/ingest/places.ts),
// not from a table: names resolve without a query; counts are read from the entity sets.
import { type PrismaClient } from "../../db/client.js";
import { resolvePlace } from "../../ingest/places.js";
import { countsByKey, resolveInMemory } from "../shared/loading.js";
import { type Place } from "./place.type.js";

/** The gazetteer entry of a key or user-given name, as the API serves it; null if it has none. */
export function findPlace(keyOrName: string): Place | null {
  return resolvePlace(keyOrName) ?? null;
}

/** Place values as users write them (German, English or local name, key; any case) -> gazetteer keys. */
export function resolvePlaceKeys(values: Array<{ value: string; argument: string }>): Map<string, string> {
  return resolveInMemory(
    values,
    (value) => resolvePlace(value)?.key,
    (shown) =>
      `unknown place "${shown}" (use a capital, a city of 100,000 or more, or a government seat such as "Kreml")`,
  );
}

/** Per-request loaders of the place module. */
export function placeLoaders(prisma: PrismaClient) {
  return {
    /** Articles that name each place (the GIN index on the entity sets). */
    articleCount: countsByKey(
      (keys) =>
        prisma.$queryRaw<Array<{ key: string; count: number }>>`
        SELECT k AS key, (SELECT count(*) FROM article_entity_set WHERE places @> ARRAY[k])::int AS count
        FROM unnest(${keys}::text[]) AS k`,
    ),
  };
}
