import { Max, Min } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { type Context } from "../../context.js";
import { Country } from "../country/country.type.js";
import { keysetPage, PageArgs, pageRequest } from "../shared/connection.js";
import { countPersons, findPersons, resolvePersonIds } from "./person.data.js";
import { Person, PersonConnection, Quote } from "./person.type.js";
import { isPartialPersonKey } from "../../vocab/person-names.js";

@ArgsType()
class QuotesArgs {
  @Field(() => Int, { defaultValue: 10, description: "How many, 1 to 100." })
  @Min(1, { message: "first must be between 1 and 100" })
  @Max(100, { message: "first must be between 1 and 100" })
  first: number;
}

@ArgsType()
class PersonsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only persons whose name contains this text, any case, with or without diacritics ("erdo").',
  })
  search?: string;
}

/** Keyset order of the person list. */
const BY_NAME = { name: "NAME", key: "text", descending: false } as const;

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, {
    description: "Persons by name (then id), for a name picker; `search` narrows them.",
  })
  async persons(@Args(() => PersonsArgs) args: PersonsArgs, @Ctx() { prisma }: Context) {
    const page = pageRequest(args);
    const result = await keysetPage(
      page,
      BY_NAME,
      (query) => findPersons(prisma, args.search, query),
      (node, cursorFor) => ({ cursor: cursorFor({ key: node.name, id: node.id }), node }),
    );
    return {
      ...result,
      get totalCount() {
        return countPersons(prisma, args.search);
      },
    };
  }

  @Query(() => Person, {
    description:
      'One person by name, any case, with or without diacritics ("Emmanuel Macron", "Recep Tayyip Erdogan"), a merged spelling, or id; an unknown one is an error.',
  })
  async person(@Arg("name", () => String) name: string, @Ctx() { prisma, loaders }: Context) {
    const [id] = (await resolvePersonIds(prisma, [{ value: name, argument: "name" }])).values();
    return loaders.entities.persons.byId.load(id!);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Named in part: a defendant by initial ("Marcel D.") or someone by a given name alone ("Mila"). Such a person is one article\'s; the same name in another article is another person.',
  })
  namedInPart(@Root() person: Person): boolean {
    return isPartialPersonKey(person.key);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country a role named ("US-Präsident"), if any.' })
  country(@Root() person: Person, @Ctx() { loaders }: Context) {
    return person.countryCode ? loaders.entities.countries.byId.load(person.countryCode) : null;
  }

  @FieldResolver(() => [Quote], {
    description: "What the person said: direct quotes attributed to them, newest first.",
  })
  quotes(@Root() person: Person, @Args(() => QuotesArgs) { first }: QuotesArgs, @Ctx() { loaders }: Context) {
    return loaders.person.quotesBySpeaker({ first }).load(person.id);
  }
}

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who said it, where the text attributes it." })
  speaker(@Root() quote: Quote, @Ctx() { loaders }: Context) {
    return quote.speakerId ? loaders.entities.persons.byId.load(quote.speakerId) : null;
  }
}
