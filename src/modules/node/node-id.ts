// Global object ids (Relay). Articles, authors and persons already have UUIDs, unique across their
// tables, and keep them as ids, so ids clients stored stay valid. The vocabulary entities (countries,
// topics, places, organisations) are keyed by short codes that nothing keeps apart across kinds, so
// their id is "<Type>:<key>": "Country:JP", "Organisation:NATO", "Topic:medtop:11000000".
import { type Kind, KINDS } from "../entity/registry.js";
import { isUuid } from "../shared/connection.js";

/** The kinds whose id is their type name and key. */
export const KEYED_KINDS = KINDS.filter((kind) => kind.idType === "text");

/** The id `node(id:)` takes back for an entity of a kind. */
export function nodeIdOf(kind: Kind, entity: object): string {
  const key = (kind.idOf as (e: object) => string)(entity);
  return kind.idType === "uuid" ? key : `${kind.type.name}:${key}`;
}

/** What an id names: a UUID (an article, author or person), or a keyed kind's key; null when it is neither. */
export function parseNodeId(id: string): { uuid: string } | { kind: Kind; key: string } | null {
  if (isUuid(id)) return { uuid: id.toLowerCase() };
  const colon = id.indexOf(":");
  const kind = KEYED_KINDS.find((k) => k.type.name === id.slice(0, colon));
  return kind && colon < id.length - 1 ? { kind, key: id.slice(colon + 1) } : null;
}
