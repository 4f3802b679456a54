// The place module's data access. Places come from the gazetteer in memory (src/ingest/places.ts),
// not from a table: names resolve without a query.
import { resolvePlace } from "../../vocab/gazetteer.js";
import { type NamedValue } from "../shared/entity-kind.js";
import { resolveInMemory } from "../shared/loading.js";
import { type Place } from "./place.type.js";

/** The gazetteer entry of a key or user-given name, as the API serves it; null if it has none. */
export function findPlace(keyOrName: string): Place | null {
  return resolvePlace(keyOrName) ?? null;
}

/** Place values as users write them (German, English or local name, key; any case) -> gazetteer keys. */
export function resolvePlaceKeys(values: NamedValue[]): Map<string, string> {
  return resolveInMemory(
    values,
    (value) => resolvePlace(value)?.key,
    (shown) =>
      `unknown place "${shown}" (use a city or town of the gazetteer, see docs/gazetteer.md, or a government seat such as "Kreml")`,
  );
}
