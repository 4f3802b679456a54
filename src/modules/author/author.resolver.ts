import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
import { ArticlesArgs } from "../article/article.args.js";
import { articlePage, resolveFilter } from "../article/article.query.js";
import { ArticleConnection } from "../article/article.type.js";
import { Prisma } from "../../generated/prisma/client.js";
import { decodeCursor, encodeCursor, PageArgs, pageFromRows, pageRequest } from "../shared/connection.js";
import { Author, AuthorConnection } from "./author.type.js";

@ArgsType()
class AuthorsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Only authors whose name contains this text (case-insensitive)." })
  nameContains?: string;
}

/** Keyset order of the author list. */
const BY_NAME = "NAME";

@Resolver(() => Author)
export class AuthorResolver {
  @Query(() => AuthorConnection, { description: "All authors, by name (then id), with optional name search." })
  async authors(@Args(() => AuthorsArgs) args: AuthorsArgs, @Ctx() { prisma }: Context) {
    const page = pageRequest(args);
    const search = args.nameContains?.trim() ? Prisma.sql`AND name ILIKE ${`%${args.nameContains.trim().replace(/[\\%_]/g, "\\$&")}%`}` : Prisma.empty;
    const forward = page.direction === "forward";
    let after = Prisma.empty;
    if (page.cursor) {
      const c = decodeCursor(page.cursor, page.cursorArgument, BY_NAME);
      after = forward ? Prisma.sql`AND (name, id) > (${String(c.key)}, ${c.id}::uuid)` : Prisma.sql`AND (name, id) < (${String(c.key)}, ${c.id}::uuid)`;
    }
    const direction = Prisma.raw(forward ? "ASC" : "DESC");
    const rows = await prisma.$queryRaw<Author[]>`
      SELECT id::text, name, slug FROM author WHERE TRUE ${search} ${after}
      ORDER BY name ${direction}, id ${direction} LIMIT ${page.size + 1}`;
    return {
      ...pageFromRows(rows, page, (node) => ({ cursor: encodeCursor({ kind: BY_NAME, key: node.name, id: node.id }), node })),
      countTotal: async () => (await prisma.$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM author WHERE TRUE ${search}`)[0].count,
    };
  }

  @Query(() => Author, { nullable: true, description: 'One author by slug ("anita-faake"); null when there is none.' })
  author(@Arg("slug", () => String) slug: string, @Ctx() { prisma }: Context) {
    return prisma.author.findUnique({ where: { slug: slug.trim().toLowerCase() } });
  }

  @FieldResolver(() => Int, { description: "Articles this author wrote." })
  articleCount(@Root() author: Author, @Ctx() { loaders }: Context) {
    return loaders.articleCountByAuthor.load(author.id);
  }

  @FieldResolver(() => ArticleConnection, { description: "The author's articles, newest first by default (and matching `filter`)." })
  async articles(@Root() author: Author, @Args(() => ArticlesArgs) args: ArticlesArgs, @Ctx() { prisma }: Context) {
    if (args.filter?.authors?.length) throw new UserInputError("filter.authors", "Author.articles already filters by this author; use articles(filter: { authors }) instead");
    const filter = await resolveFilter(prisma, args.filter);
    filter.authorIds = [author.id];
    return articlePage(prisma, filter, args.orderBy, pageRequest(args));
  }
}

@Resolver(() => AuthorConnection)
export class AuthorConnectionResolver {
  @FieldResolver(() => Int, { description: "Authors on all pages." })
  totalCount(@Root() connection: AuthorConnection) {
    return connection.countTotal();
  }
}
