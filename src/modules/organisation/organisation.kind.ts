import { defineKind } from "../shared/entity-kind.js";
import { findOrganisations, resolveOrganisationCodes } from "./organisation.data.js";
import { Organisation } from "./organisation.type.js";

export const organisationKind = defineKind({
  name: "organisations",
  singular: "organisation",
  type: Organisation,
  idOf: (organisation) => organisation.code,
  idType: "text",
  verb: "name",
  filter: {
    shape: "sets",
    description: 'International organisations by code or German/English name, any case ("NATO", "Vereinte Nationen").',
  },
  coMentioned: true,
  resolveIds: (_prisma, values) => resolveOrganisationCodes(values),
  findByIds: findOrganisations,
});
