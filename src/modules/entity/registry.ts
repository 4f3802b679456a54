// The entity kinds, declared once each (src/modules/<kind>/<kind>.kind.ts). Everything that serves
// every kind — filter input and SQL, facets, X.articles, X.articleCount, X.coMentions, loaders — is
// produced from this list. Adding a kind: a declaration here, its extractor, a migration, tests.
import { authorKind } from "../author/author.kind.js";
import { countryKind } from "../country/country.kind.js";
import { organisationKind } from "../organisation/organisation.kind.js";
import { personKind } from "../person/person.kind.js";
import { placeKind } from "../place/place.kind.js";
import { type EntityKind, type KindName } from "../shared/entity-kind.js";
import { topicKind } from "../topic/topic.kind.js";

/** Every kind, in the order facets and filters list them. */
export const KINDS = [countryKind, topicKind, authorKind, placeKind, organisationKind, personKind] as const;

export type Kind = (typeof KINDS)[number];
/** The entity class of a kind, by name: EntityOf<"countries"> is Country. */
export type EntityOf<N extends KindName> = Extract<Kind, { name: N }> extends EntityKind<infer T> ? T : never;

/** The kinds other entities' coMentions list (countries, places, organisations). */
export const CO_MENTIONED = KINDS.filter((k) => k.coMentioned);
