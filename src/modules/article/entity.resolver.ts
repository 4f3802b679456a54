// The fields every entity kind serves, generated from the registry (TypeGraphQL's resolver-factory
// pattern): X.articleCount, X.articles, X.coMentions, and the entity of each facet row.
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Args, type ClassType, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { ErrorCode, UserInputError } from "../../errors.js";
import { Country } from "../country/country.type.js";
import { type IdCount } from "../entity/entity.data.js";
import { CO_MENTIONED, type Kind, KINDS } from "../entity/registry.js";
import { pageRequest } from "../shared/connection.js";
import { Selection } from "../shared/selection.js";
import { ArticlesArgs, FacetArgs } from "./article.args.js";
import { articleConnection } from "./article.data.js";
import { requiring } from "./article.filter.js";
import { filterSql } from "./filter.data.js";
import { ArticleConnection } from "./article.type.js";
import { CO_MENTIONED_LIST, CoMention, COUNT_TYPES, capitalised, EntityCoMentions } from "./facets.type.js";

async function found<T>(value: Promise<T | null>, what: string): Promise<T> {
  const result = await value;
  if (result === null)
    throw new GraphQLError(`${what} no longer exists`, { extensions: { code: ErrorCode.NOT_FOUND } });
  return result;
}

/** articleCount and articles of one kind. */
function articlesResolver(kind: Kind) {
  @Resolver(() => kind.type)
  class EntityArticles {
    @FieldResolver(() => Int, { description: `Articles that ${kind.verb} this ${kind.singular}.` })
    articleCount(@Root() entity: object, @Ctx() { loaders }: Context) {
      return loaders.entities[kind.name].articleCount.load(idOf(kind, entity));
    }

    @FieldResolver(() => ArticleConnection, {
      description: `Articles that ${kind.verb} this ${kind.singular} (and match \`filter\`).`,
    })
    async articles(
      @Root() entity: object,
      @Args(() => ArticlesArgs) args: ArticlesArgs,
      @Ctx() { prisma, loaders }: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const page = pageRequest(args);
      if (kind.filter.shape === "list" && args.filter?.[kind.name as "authors"]?.length) {
        throw new UserInputError(
          `filter.${kind.name}`,
          `${kind.type.name}.articles already filters by this ${kind.singular}; use articles(filter: { ${kind.name} }) instead`,
        );
      }
      const filter = requiring(await loaders.article.filter(args.filter), kind.name, idOf(kind, entity));
      return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
    }
  }
  return EntityArticles;
}

/** coMentions of one kind: each co-mentioned kind's list, counted in one batched statement when selected. */
function coMentionsResolver(kind: Kind) {
  @Resolver(() => kind.type)
  class EntityCoMentionsOf {
    @FieldResolver(() => EntityCoMentions, {
      description: `${capitalised(CO_MENTIONED_LIST)} named in the same articles as this ${kind.singular}, most frequent first (at most \`first\` each); \`filter\` restricts the articles counted.`,
    })
    async coMentions(
      @Root() entity: object,
      @Args(() => FacetArgs) { first, filter }: FacetArgs,
      @Ctx() { loaders }: Context,
    ) {
      const scope = filter ? filterSql(await loaders.article.filter(filter)) : null;
      const id = idOf(kind, entity);
      const lists = {};
      for (const target of CO_MENTIONED) {
        Object.defineProperty(lists, target.name, {
          enumerable: true,
          get: () => loaders.entities.coMentions({ source: kind.name, first, scope }).load({ id, target: target.name }),
        });
      }
      return lists;
    }
  }
  return EntityCoMentionsOf;
}

/** The entity of a facet row (`CountryCount.country`), by id. */
function countResolver(kind: Kind) {
  @Resolver(() => COUNT_TYPES[kind.name])
  class EntityOfCount {
    @FieldResolver(() => kind.type, { name: kind.singular, description: `The ${kind.singular}.` })
    entity(@Root() row: IdCount, @Ctx() { loaders }: Context) {
      return found<object>(loaders.entities[kind.name].byId.load(row.id), `${kind.singular} ${row.id}`);
    }
  }
  return EntityOfCount;
}

const idOf = (kind: Kind, entity: object) => (kind.idOf as (e: object) => string)(entity);

/**
 * Country.coMentions predates the registry: a list of CoMention (country, articleCount), kept for
 * its clients. Unfiltered it is read from the pair counters; under a filter it is the generic count.
 */
@Resolver(() => Country)
export class CountryCoMentionsResolver {
  @FieldResolver(() => [CoMention], {
    description:
      "Countries mentioned in the same articles as this one, most frequent first; `filter` restricts the articles counted.",
  })
  async coMentions(
    @Root() country: Country,
    @Args(() => FacetArgs) { first, filter }: FacetArgs,
    @Ctx() { loaders }: Context,
  ) {
    // Unfiltered, read from the pair counters (src/modules/entity/entity.data.ts).
    const scope = filter ? filterSql(await loaders.article.filter(filter)) : null;
    const rows = await loaders.entities
      .coMentions({ source: "countries", first, scope })
      .load({ id: country.code, target: "countries" });
    return rows.map((r) => ({ code: r.id, articleCount: r.count }));
  }
}

@Resolver(() => CoMention)
export class CoMentionResolver {
  @FieldResolver(() => Country)
  country(@Root() row: CoMention, @Ctx() { loaders }: Context) {
    return found(loaders.entities.countries.byId.load(row.code), `country ${row.code}`);
  }
}

/** Every generated resolver, for the schema. */
export const ENTITY_RESOLVERS: ClassType[] = [
  ...KINDS.flatMap((kind) => [
    articlesResolver(kind),
    countResolver(kind),
    ...(kind.ownCoMentions ? [] : [coMentionsResolver(kind)]),
  ]),
  CountryCoMentionsResolver,
  CoMentionResolver,
];
