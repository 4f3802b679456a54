import { defineKind } from "../shared/entity-kind.js";
import { findAuthorsById, resolveAuthorIds } from "./author.data.js";
import { Author } from "./author.type.js";

export const authorKind = defineKind({
  name: "authors",
  singular: "author",
  type: Author,
  idOf: (author) => author.id,
  idType: "uuid",
  verb: "were written by",
  filter: { shape: "list" },
  coMentioned: false,
  resolveIds: resolveAuthorIds,
  findByIds: findAuthorsById,
});
