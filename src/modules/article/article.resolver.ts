import { JSONObjectResolver } from "graphql-scalars";
import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
import { Prisma } from "../../generated/prisma/client.js";
import { Author } from "../author/author.type.js";
import { Country } from "../country/country.type.js";
import { pageRequest } from "../shared/connection.js";
import { Topic } from "../topic/topic.type.js";
import { ArticleLookupArgs, ArticlesArgs, FacetArgs, SearchArgs, TopNArgs } from "./article.args.js";
import { articlePage, filterSql, resolveFilter, ARTICLE_COLUMNS, type ArticleRow } from "./article.query.js";
import { Article, ArticleConnection, SearchConnection } from "./article.type.js";
import { ArticleFacets } from "./facets.type.js";
import { Classification, Mention, Occurrence, Place } from "./mention.type.js";
import { toNinjs } from "./ninjs.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: "Articles matching a filter, newest first by default. Related-entity filters combine all-of, any-of and none-of.",
  })
  async articles(@Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() { prisma }: Context) {
    const page = pageRequest(args);
    const filter = await resolveFilter(prisma, args.filter);
    return articlePage(prisma, filter, args.orderBy, page);
  }

  @Query(() => Article, { nullable: true, description: "One article by id or slug; null when there is none." })
  async article(@Args(() => ArticleLookupArgs) { id, slug }: ArticleLookupArgs, @Ctx() { prisma }: Context) {
    if ((id == null) === (slug == null)) throw new UserInputError("id", "pass exactly one of id and slug");
    const where = id != null ? Prisma.sql`a.id = ${id}::uuid` : Prisma.sql`a.slug = ${slug}`;
    const [row] = await prisma.$queryRaw<ArticleRow[]>`SELECT ${ARTICLE_COLUMNS} FROM article a WHERE ${where}`;
    return row ?? null;
  }

  @Query(() => SearchConnection, { description: "German full-text search (stemming, relevance, highlighted snippets)." })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() { prisma }: Context) {
    const page = pageRequest(args);
    if (args.filter?.text != null) throw new UserInputError("filter.text", "give the search words in query, not in filter.text");
    const filter = await resolveFilter(prisma, { ...args.filter, text: args.query }, "query");
    return articlePage(prisma, filter, args.orderBy, page, { highlight: true });
  }

  @Query(() => ArticleFacets, { description: "Counts of countries, topics and authors over the articles matching a filter." })
  async articleFacets(@Args(() => FacetArgs) { filter: input, first }: FacetArgs, @Ctx() { prisma }: Context) {
    const where = filterSql(await resolveFilter(prisma, input));
    const matching = Prisma.sql`SELECT a.id FROM article a WHERE ${where}`;
    const [[{ total }], countries, topics, authors] = await Promise.all([
      prisma.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS total FROM article a WHERE ${where}`,
      prisma.$queryRaw<Array<{ code: string; count: number }>>`
        SELECT country_code AS code, count(*)::int AS count FROM mention WHERE article_id IN (${matching})
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${first}`,
      prisma.$queryRaw<Array<{ code: string; count: number }>>`
        SELECT topic_code AS code, count(*)::int AS count FROM article_topic WHERE article_id IN (${matching})
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${first}`,
      prisma.$queryRaw<Array<{ authorId: string; count: number }>>`
        SELECT author_id::text AS "authorId", count(*)::int AS count FROM article_author WHERE article_id IN (${matching})
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${first}`,
    ]);
    return { totalCount: total, countries, topics, authors };
  }

  @FieldResolver(() => [Author], { description: "Authors in byline order." })
  authors(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.authorsByArticle.load(article.id);
  }

  @FieldResolver(() => [Country], { description: "Countries the article references, most referenced first." })
  async countries(@Root() article: Article, @Ctx() { loaders }: Context) {
    return (await loaders.mentionsByArticle.load(article.id)).map((m) => m.country);
  }

  @FieldResolver(() => [Mention], { description: "Each referenced country with its count and evidence." })
  mentions(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.mentionsByArticle.load(article.id);
  }

  @FieldResolver(() => [Place], { description: "Cities and capitals named in the article, in text order." })
  places(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.placesByArticle.load(article.id);
  }

  @FieldResolver(() => [Topic], { description: "Topics, most relevant first." })
  async topics(@Root() article: Article, @Ctx() { loaders }: Context) {
    return (await loaders.classificationsByArticle.load(article.id)).map((c) => c.topic);
  }

  @FieldResolver(() => [Classification], { description: "Topics with relevance and the words that triggered them." })
  classifications(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.classificationsByArticle.load(article.id);
  }

  @FieldResolver(() => [Article], { description: "Other articles sharing the most countries and topics with this one." })
  related(@Root() article: Article, @Args(() => TopNArgs) { first }: TopNArgs, @Ctx() { loaders }: Context) {
    return loaders.relatedArticles(first).load(article.id);
  }

  @FieldResolver(() => JSONObjectResolver, { description: "The article as an IPTC ninjs 2.2 news item (JSON)." })
  async ninjs(@Root() article: Article, @Ctx() { loaders }: Context) {
    const [authors, mentions, classifications] = await Promise.all([
      loaders.authorsByArticle.load(article.id),
      loaders.mentionsByArticle.load(article.id),
      loaders.classificationsByArticle.load(article.id),
    ]);
    return toNinjs(article, {
      authors,
      countries: mentions.map((m) => ({ code: m.countryCode, nameDe: m.country.nameDe, count: m.count })),
      classifications,
    });
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => [Occurrence], { description: "Every occurrence, in text order." })
  occurrences(@Root() mention: Mention, @Ctx() { loaders }: Context) {
    return loaders.occurrencesByMention.load(mention.id);
  }
}

@Resolver(() => ArticleConnection)
export class ArticleConnectionResolver {
  @FieldResolver(() => Int, { description: "Articles matching the filter, on all pages." })
  totalCount(@Root() connection: ArticleConnection) {
    return connection.countTotal();
  }
}

@Resolver(() => SearchConnection)
export class SearchConnectionResolver {
  @FieldResolver(() => Int, { description: "Hits on all pages." })
  totalCount(@Root() connection: SearchConnection) {
    return connection.countTotal();
  }
}
