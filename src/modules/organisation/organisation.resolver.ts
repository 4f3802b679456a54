import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { type Context } from "../../context.js";
import { listOrganisations, resolveOrganisationCodes } from "./organisation.data.js";
import { Organisation } from "./organisation.type.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: "Every international organisation the extractor knows, by code." })
  organisations(@Ctx() { prisma }: Context) {
    return listOrganisations(prisma);
  }

  @Query(() => Organisation, {
    description:
      'One organisation by code or German/English name or abbreviation, any case ("NATO", "Vereinte Nationen", "IWF"); an unknown one is an error.',
  })
  organisation(@Arg("code", () => String) code: string, @Ctx() { loaders }: Context) {
    const [resolved] = resolveOrganisationCodes([{ value: code, argument: "code" }]).values();
    return loaders.entities.organisations.byId.load(resolved!);
  }
}
