import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { type IdCount } from "../entity/entity.data.js";
import { CO_MENTIONED, type Kind, KINDS } from "../entity/registry.js";
import { Country } from "../country/country.type.js";
import { type KindName } from "../shared/entity-kind.js";

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
export const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
/** "countries, places and organisations" */
export const CO_MENTIONED_LIST = CO_MENTIONED.map((k) => k.name)
  .join(", ")
  .replace(/, ([^,]*)$/, " and $1");

/** How many matching articles relate to one entity: `CountryCount { country count }` (the entity field resolves by id). */
function countType(kind: Kind): ClassType<IdCount> {
  @ObjectType(`${kind.type.name}Count`, {
    description: `How many matching articles ${kind.verb} ${withArticle(kind.singular)}.`,
  })
  class EntityCount {
    @Field(() => Int, { description: `Matching articles that ${kind.verb} it.` })
    count: number;

    /** The entity's id; the field named after the kind resolves it. */
    id: string;
  }
  return EntityCount;
}

/** The count type of every kind, by kind name. */
export const COUNT_TYPES = Object.fromEntries(KINDS.map((kind) => [kind.name, countType(kind)])) as Record<
  KindName,
  ClassType<IdCount>
>;

@ObjectType({ description: "Counts over the articles matching a filter, for a filter sidebar; most frequent first." })
export class ArticleFacets {
  @Field(() => Int, { description: "Articles matching the filter." })
  totalCount: number | Promise<number>;
}
for (const kind of KINDS) {
  Field(() => [COUNT_TYPES[kind.name]], {
    description: `${capitalised(kind.name)}, most frequent first (at most \`first\`).`,
  })(ArticleFacets.prototype, kind.name);
}

@ObjectType({
  description: `${capitalised(CO_MENTIONED_LIST)} named in the same articles as an entity; most frequent first.`,
})
export class EntityCoMentions {}
for (const kind of CO_MENTIONED) {
  Field(() => [COUNT_TYPES[kind.name]], { description: `${capitalised(kind.name)} named in the same articles.` })(
    EntityCoMentions.prototype,
    kind.name,
  );
}

@ObjectType({ description: "A country named in the same articles as another, and in how many." })
export class CoMention {
  @Field(() => Country, { description: "The other country." })
  country: Country;

  @Field(() => Int, { description: "Articles that mention both countries." })
  articleCount: number;

  code: string;
}
