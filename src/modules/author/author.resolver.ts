import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { UserInputError } from "../../errors.js";
import { ArticlesArgs } from "../article/article.args.js";
import { articlePage, resolveFilter } from "../article/article.query.js";
import { ArticleConnection } from "../article/article.type.js";
import { pageRequest } from "../shared/connection.js";
import { Author } from "./author.type.js";

@Resolver(() => Author)
export class AuthorResolver {
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
