import { type GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
import { ArticlesArgs } from "../article/article.args.js";
import { articleConnection } from "../article/article.data.js";
import { resolveFilter } from "../article/article.filter.js";
import { ArticleConnection } from "../article/article.type.js";
import { keysetPage, PageArgs, pageRequest } from "../shared/connection.js";
import { Selection } from "../shared/selection.js";
import { countAuthors, findAuthorBySlug, findAuthors } from "./author.data.js";
import { Author, AuthorConnection } from "./author.type.js";

@ArgsType()
class AuthorsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "Only authors whose name contains this text (case-insensitive).",
  })
  nameContains?: string;
}

/** Keyset order of the author list. */
const BY_NAME = { name: "NAME", key: "text", descending: false } as const;

@Resolver(() => Author)
export class AuthorResolver {
  @Query(() => AuthorConnection, { description: "All authors, by name (then id), with optional name search." })
  async authors(@Args(() => AuthorsArgs) args: AuthorsArgs, @Ctx() { prisma }: Context) {
    const page = pageRequest(args);
    const result = await keysetPage(
      page,
      BY_NAME,
      (query) => findAuthors(prisma, args.nameContains, query),
      (node, cursorFor) => ({ cursor: cursorFor({ key: node.name, id: node.id }), node }),
    );
    return {
      ...result,
      get totalCount() {
        return countAuthors(prisma, args.nameContains);
      },
    };
  }

  @Query(() => Author, { nullable: true, description: 'One author by slug ("anita-faake"); null when there is none.' })
  author(@Arg("slug", () => String) slug: string, @Ctx() { prisma }: Context) {
    return findAuthorBySlug(prisma, slug);
  }

  @FieldResolver(() => Int, { description: "Articles this author wrote." })
  articleCount(@Root() author: Author, @Ctx() { loaders }: Context) {
    return loaders.author.articleCount.load(author.id);
  }

  @FieldResolver(() => ArticleConnection, {
    description: "The author's articles, newest first by default (and matching `filter`).",
  })
  async articles(
    @Root() author: Author,
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() { prisma }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (args.filter?.authors?.length) {
      throw new UserInputError(
        "filter.authors",
        "Author.articles already filters by this author; use articles(filter: { authors }) instead",
      );
    }
    const page = pageRequest(args);
    const filter = { ...(await resolveFilter(prisma, args.filter)), authorIds: [author.id] };
    return articleConnection(prisma, filter, args.orderBy, page, Selection.of(info));
  }
}
