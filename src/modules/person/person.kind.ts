import { defineKind } from "../shared/entity-kind.js";
import { findPersonsById, resolvePersonIds } from "./person.data.js";
import { Person } from "./person.type.js";

export const personKind = defineKind({
  name: "persons",
  singular: "person",
  type: Person,
  idOf: (person) => person.id,
  idType: "uuid",
  verb: "name",
  filter: {
    shape: "sets",
    description:
      'Persons by name, any case, with or without diacritics ("Olaf Scholz", "recep tayyip erdogan"), a merged spelling, or id. A person named in part ("Marcel D.", a child "Mila") is one article\'s: by id only.',
  },
  coMentioned: true,
  resolveIds: resolvePersonIds,
  findByIds: findPersonsById,
  pairCounts: { table: "person_pair_count", id: "person_id", other: "other_id", cast: "uuid" },
});
