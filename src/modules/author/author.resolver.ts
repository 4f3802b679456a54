import { Arg, Args, ArgsType, Ctx, Field, Query, Resolver } from "type-graphql";
import { type Context } from "../../context.js";
import { keysetPage, PageArgs, pageRequest } from "../shared/connection.js";
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
}
