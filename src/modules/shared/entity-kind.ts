import { type ClassType } from "type-graphql";
import { type PrismaClient } from "../../db/client.js";
import { type PairCounts } from "./pair-counts.js";

/** The entity kinds an article's set holds: each a filter field, a facet list and a column of article_entity_set. */
export type KindName = "countries" | "topics" | "authors" | "places" | "organisations" | "persons";

/** A value as a user wrote it, and the argument it came in ("filter.countries.all[1]"), for errors. */
export interface NamedValue {
  value: string;
  argument: string;
}

/**
 * One kind of entity, declared once. The registry (src/modules/entity/registry.ts) lists them; the
 * filter input, filter SQL, facets, `X.articles`, `X.articleCount`, `X.coMentions` and their
 * per-request loaders are produced from these declarations.
 */
export interface EntityKind<T extends object = object> {
  name: KindName;
  /** One of them: the field of a facet row ("country"), and the word in descriptions and errors. */
  singular: string;
  /** The GraphQL object type. */
  type: ClassType<T>;
  /** The id an article's entity set holds for it (ISO code, gazetteer key, author UUID, ...). */
  idOf(entity: T): string;
  /** PostgreSQL element type of its entity-set column. */
  idType: "text" | "uuid";
  /** How an article relates to one, for descriptions: articles that `mention` this country. */
  verb: string;
  /**
   * The filter's shape: `sets` is an EntityFilter (all-of, any-of, none-of) generated from this
   * declaration; `list` is a plain any-of list the ArticleFilter declares itself (authors).
   */
  filter: { shape: "sets"; description: string } | { shape: "list" };
  /** Listed in other entities' `coMentions`. */
  coMentioned: boolean;
  /** Serves its own `coMentions` (Country's list of CoMention predates the registry); others get EntityCoMentions. */
  ownCoMentions?: boolean;
  /** Values as users write them -> ids, for every value at once; an unknown one is a BAD_USER_INPUT naming its argument. */
  resolveIds(prisma: PrismaClient, values: NamedValue[]): Promise<Map<string, string>> | Map<string, string>;
  /** Entities by id, all in one query (or from memory). */
  findByIds(prisma: PrismaClient, ids: string[]): Promise<T[]> | T[];
  /**
   * Its pair counters, where the writer's triggers keep them: articleCount reads their diagonal, and
   * the totalCount of a filter on this kind alone is summed from them (the entity sets' GIN index otherwise).
   */
  pairCounts?: PairCounts;
}

/** A kind's declaration with its name kept literal, so loaders and facets are typed per kind. */
export function defineKind<T extends object, N extends KindName>(kind: EntityKind<T> & { name: N }) {
  return kind;
}
