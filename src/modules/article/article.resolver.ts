import { type GraphQLResolveInfo } from "graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { KINDS } from "../entity/registry.js";
import { groupBy } from "../shared/loading.js";
import { Organisation } from "../organisation/organisation.type.js";
import { findPlace } from "../place/place.data.js";
import { Place } from "../place/place.type.js";
import { UserInputError } from "../../errors.js";
import { Author } from "../author/author.type.js";
import { Country } from "../country/country.type.js";
import { pageRequest } from "../shared/connection.js";
import { Selection } from "../shared/selection.js";
import { Topic } from "../topic/topic.type.js";
import { ArticleLookupArgs, ArticlesArgs, FacetArgs, SearchArgs, TopNArgs } from "./article.args.js";
import {
  articleConnection,
  articleFacets,
  articleSelect,
  type ArticleRecord,
  type ArticleRelations,
  findArticle,
} from "./article.data.js";
import { resolveFilter } from "./article.filter.js";
import { recordFilter } from "../entity/cache-tags.js";
import { Article, ArticleConnection, SearchConnection } from "./article.type.js";
import { ArticleFacets } from "./facets.type.js";

import { Classification, Mention, Occurrence, OrganisationReference, PlaceMention } from "./mention.type.js";
import { toNinjs } from "./ninjs.js";
import { Person, PersonReference, Quote } from "../person/person.type.js";

/**
 * A relation the page's row already holds, mapped at once; otherwise loaded first. A row built in SQL
 * carries its relations, and a synchronous answer spares graphql-js a promise per field and article.
 */
function preloaded<T, R>(rows: T[] | undefined, load: () => Promise<T[]>, map: (rows: T[]) => R): R | Promise<R> {
  return rows ? map(rows) : load().then(map);
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description:
      "Articles matching a filter, newest first by default. Related-entity filters combine all-of, any-of and none-of.",
  })
  async articles(
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { prisma } = context;
    const page = pageRequest(args);
    const filter = await resolveFilter(prisma, args.filter);
    recordFilter(context, filter);
    return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
  }

  @Query(() => Article, { nullable: true, description: "One article by id or slug; null when there is none." })
  article(
    @Args(() => ArticleLookupArgs) { id, slug }: ArticleLookupArgs,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if ((id == null) === (slug == null)) throw new UserInputError("id", "pass exactly one of id and slug");
    return findArticle(prisma, id != null ? { id } : { slug }, articleSelect(Selection.of(info).names()));
  }

  @Query(() => SearchConnection, {
    description: "German full-text search (stemming, relevance, highlighted snippets).",
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() { prisma }: Context, @Info() info: GraphQLResolveInfo) {
    const page = pageRequest(args);
    if (args.filter?.text != null)
      throw new UserInputError("filter.text", "give the search words in query, not in filter.text");
    const filter = await resolveFilter(prisma, { ...args.filter, text: args.query }, "query");
    return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
  }

  @Query(() => ArticleFacets, {
    description: "Counts of countries, topics, authors, places and organisations over the articles matching a filter.",
  })
  async articleFacets(
    @Args(() => FacetArgs) { filter, first }: FacetArgs,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const selection = Selection.of(info);
    const selected = KINDS.map((kind) => kind.name).filter((name) => selection.has(name));
    return articleFacets(prisma, await resolveFilter(prisma, filter), first, selected);
  }

  @FieldResolver(() => [Author], { description: "Authors in byline order." })
  authors(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return preloaded(
      article.authors,
      () => loaders.article.authors.load(article.id),
      (links) => links.map((link) => link.author),
    );
  }

  @FieldResolver(() => [Country], { description: "Countries the article references, most referenced first." })
  countries(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return preloaded(
      article.mentions,
      () => loaders.article.mentions.load(article.id),
      (mentions) => mentions.map((m) => m.country),
    );
  }

  @FieldResolver(() => [Mention], { description: "Each referenced country with its count and evidence." })
  mentions(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return article.mentions ?? loaders.article.mentions.load(article.id);
  }

  @FieldResolver(() => [PlaceMention], {
    description: "Capitals, cities and government metonyms named in the article, in text order, with evidence.",
  })
  places(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return article.places ?? loaders.article.places.load(article.id);
  }

  @FieldResolver(() => [OrganisationReference], {
    description: "International organisations the article names, most named first, with evidence.",
  })
  organisations(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return preloaded(
      article.organisations,
      () => loaders.article.organisations.load(article.id),
      (rows) => {
        const codes = [...new Set(rows.map((r) => r.organisationCode))];
        return groupBy(codes, rows, (r) => r.organisationCode)
          .map((mentions, i) => ({ code: codes[i]!, count: mentions.length, mentions }))
          .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
      },
    );
  }

  @FieldResolver(() => [PersonReference], {
    description:
      "Persons the article names (not its authors), most named first, with their roles, country and evidence.",
  })
  persons(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return preloaded(article.persons, () => loaders.article.persons.load(article.id), personReferences);
  }

  @FieldResolver(() => [Quote], { description: "Direct quotes, in text order, with their speakers where attributed." })
  quotes(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return loaders.person.quotesByArticle.load(article.id);
  }

  @FieldResolver(() => [Topic], { description: "Topics, most relevant first." })
  topics(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return preloaded(
      article.topics,
      () => loaders.article.topics.load(article.id),
      (links) => links.map((c) => c.topic),
    );
  }

  @FieldResolver(() => [Classification], { description: "Topics with relevance and the words that triggered them." })
  classifications(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return article.topics ?? loaders.article.topics.load(article.id);
  }

  @FieldResolver(() => [Article], {
    description: "Other articles sharing the most countries and topics with this one.",
  })
  related(
    @Root() article: ArticleRecord,
    @Args(() => TopNArgs) { first }: TopNArgs,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loaders.article.related({ first, fields: [...Selection.of(info).names()].sort() }).load(article.id);
  }

  @FieldResolver(() => JSONObjectResolver, { description: "The article as an IPTC ninjs 2.2 news item (JSON)." })
  async ninjs(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    const [authors, mentions, topics, persons] = await Promise.all([
      article.authors ?? loaders.article.authors.load(article.id),
      article.mentions ?? loaders.article.mentions.load(article.id),
      article.topics ?? loaders.article.topics.load(article.id),
      article.persons ?? loaders.article.persons.load(article.id),
    ]);
    return toNinjs({ ...article, authors, mentions, topics, persons });
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => [Occurrence], { description: "Every occurrence, in text order." })
  occurrences(@Root() mention: Mention, @Ctx() { loaders }: Context) {
    return loaders.article.occurrences.load(mention.id);
  }
}

@Resolver(() => PlaceMention)
export class PlaceMentionResolver {
  @FieldResolver(() => Place, { nullable: true, description: "The place in the gazetteer." })
  place(@Root() mention: PlaceMention) {
    return findPlace(mention.placeKey);
  }
}

@Resolver(() => OrganisationReference)
export class OrganisationReferenceResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() reference: OrganisationReference, @Ctx() { loaders }: Context) {
    return loaders.entities.organisations.byId.load(reference.code);
  }
}

/** An article's person occurrences grouped by person, most named first (then by name). */
function personReferences(rows: ArticleRelations["persons"]) {
  const ids = [...new Set(rows.map((r) => r.personId))];
  return groupBy(ids, rows, (r) => r.personId)
    .map((mentions) => ({
      personId: mentions[0]!.personId,
      person: mentions[0]!.person,
      count: mentions.length,
      roles: [...new Set(mentions.flatMap((m) => m.role ?? []))],
      countryCode: mentions.find((m) => m.countryCode)?.countryCode ?? null,
      mentions,
    }))
    .sort((a, b) => b.count - a.count || a.person.name.localeCompare(b.person.name, "de"));
}

@Resolver(() => PersonReference)
export class PersonReferenceResolver {
  @FieldResolver(() => Person, { description: "The person." })
  person(@Root() reference: PersonReference & { person?: Person }, @Ctx() { loaders }: Context) {
    return reference.person ?? loaders.entities.persons.byId.load(reference.personId);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country a role names in this article, if any." })
  country(@Root() reference: PersonReference, @Ctx() { loaders }: Context) {
    return reference.countryCode ? loaders.entities.countries.byId.load(reference.countryCode) : null;
  }
}
