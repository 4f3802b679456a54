import { mediaTopicUri } from "../../vocab/mediatopics.js";
import { type ArticleRecord, type ArticleRelations } from "./article.data.js";

export const NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#";

/** The article as an IPTC ninjs 2.2 news item (validated against the schema in tests). */
export function toNinjs(
  article: ArticleRecord & Pick<ArticleRelations, "authors" | "mentions" | "topics" | "persons">,
) {
  return {
    uri: `urn:newsroom-graph:article:${article.id}`,
    standard: { name: "ninjs", version: "2.2", schema: NINJS_SCHEMA_URI },
    type: "text",
    representationtype: "full",
    version: String(article.updatedAt.getTime()),
    firstcreated: article.publishedAt.toISOString(),
    versioncreated: article.updatedAt.toISOString(),
    language: article.language,
    headlines: [
      { role: "main", contenttype: "text/plain", value: article.headline },
      ...(article.subheadline ? [{ role: "sub", contenttype: "text/plain", value: article.subheadline }] : []),
    ],
    descriptions: [{ role: "summary", contenttype: "text/plain", value: article.teaser }],
    bodies: [
      {
        role: "main",
        contenttype: "text/plain",
        charcount: article.body.length,
        wordcount: article.wordCount,
        value: article.body,
      },
    ],
    by: article.authors.map((a) => a.author.name).join(", "),
    altids: [{ role: "slug", value: article.slug }],
    subjects: article.topics.map((c) => ({
      name: c.topic.labelDe,
      rel: "about",
      uri: mediaTopicUri(c.topic.code),
      literal: c.topic.code,
      creator: "machine",
      relevance: Math.round(c.relevance * 100),
    })),
    places: article.mentions.map(({ country }) => ({
      name: country.nameDe,
      rel: "mentioned",
      literal: country.code,
      uri: `http://www.iso.org/obp/ui/#iso:code:3166:${country.code}`,
    })),
    people: [...new Map(article.persons.map((m) => [m.personId, m.person])).values()].map((person) => ({
      name: person.name,
      rel: "mentioned",
      uri: `urn:newsroom-graph:person:${person.id}`,
    })),
  };
}
