import { mediaTopicUri } from "../../vocab/mediatopics.js";
import { type ArticleRow } from "./article.query.js";

export const NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#";

export interface NinjsParts {
  authors: Array<{ name: string; slug: string }>;
  countries: Array<{ code: string; nameDe: string; count: number }>;
  classifications: Array<{ topic: { code: string; labelDe: string }; relevance: number }>;
}

/** The article as an IPTC ninjs 2.2 news item (validated against the schema in tests). */
export function toNinjs(article: ArticleRow, parts: NinjsParts) {
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
    bodies: [{ role: "main", contenttype: "text/plain", charcount: article.body.length, wordcount: article.wordCount, value: article.body }],
    by: parts.authors.map((a) => a.name).join(", "),
    altids: [{ role: "slug", value: article.slug }],
    subjects: parts.classifications.map((c) => ({
      name: c.topic.labelDe,
      rel: "about",
      uri: mediaTopicUri(c.topic.code),
      literal: c.topic.code,
      creator: "machine",
      relevance: Math.round(c.relevance * 100),
    })),
    places: parts.countries.map((c) => ({
      name: c.nameDe,
      rel: "mentioned",
      literal: c.code,
      uri: `http://www.iso.org/obp/ui/#iso:code:3166:${c.code}`,
    })),
  };
}
