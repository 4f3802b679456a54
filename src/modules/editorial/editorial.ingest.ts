// ingestArticle and updateArticle: the CLI's parser, extractor and writer, behind the API.
import { type PrismaClient } from "../../db/client.js";
import { UserInputError } from "../../errors.js";
import { type ExtractedArticle } from "../../ingest/extract.js";
import { ParseError } from "../../ingest/parse.js";
import { ArticleGoneError, type IngestOutcome as WriterOutcome, writeArticles } from "../../ingest/write.js";
import { type AuditScope } from "../../ingest/audit.js";
import { ensureVocabularies } from "../../ingest/seed.js";
import { editableArticle } from "./editorial.data.js";
import { IngestOutcome } from "./editorial.type.js";
import { extractionThread } from "./editorial.worker.js";

const OUTCOMES: Record<WriterOutcome["status"], IngestOutcome> = {
  ingested: IngestOutcome.CREATED,
  updated: IngestOutcome.UPDATED,
  unchanged: IngestOutcome.UNCHANGED,
  stale: IngestOutcome.STALE,
};

/**
 * Parses and extracts a text on the extraction thread (editorial.worker.ts), off the request thread;
 * a rejection is BAD_USER_INPUT with the parser's one-line reason.
 */
export async function extractText(text: string, sourceName: string, argument: string): Promise<ExtractedArticle> {
  try {
    return await extractionThread.extract(text, sourceName);
  } catch (e) {
    if (e instanceof ParseError) throw new UserInputError(argument, e.message.replace(/\bthe file\b/g, "the text"));
    throw e;
  }
}

/**
 * One article through the one writer, in one transaction. Two clients sending the same text at once
 * are serialised by the writer's lock on the article: the second finds the first's row (UNCHANGED).
 */
export async function writeOne(
  prisma: PrismaClient,
  article: ExtractedArticle,
  audit: AuditScope,
  options: { inPlaceOf?: string } = {},
): Promise<{ id: string; outcome: IngestOutcome }> {
  await vocabulariesOnce(prisma);
  const [result] = await writeArticles(prisma, [article], { ...options, audit });
  return { id: result!.id, outcome: OUTCOMES[result!.status] };
}

/**
 * The vocabularies' missing entries, added once per database before its first write: a database migrated and never
 * seeded, or one a newer version brought organisations for, could otherwise not store an article naming them
 * (a foreign key). Not at start: a server that only reads never needs it. Retried after a failure.
 */
const vocabularies = new WeakMap<PrismaClient, Promise<unknown>>();
function vocabulariesOnce(prisma: PrismaClient): Promise<unknown> {
  let added = vocabularies.get(prisma);
  if (!added) {
    added = ensureVocabularies(prisma).catch((e: unknown) => {
      vocabularies.delete(prisma);
      throw e;
    });
    vocabularies.set(prisma, added);
  }
  return added;
}

const day = (d: Date) =>
  `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
const byline = (authors: string[]) =>
  authors.length === 1 ? `Autor: ${authors[0]}` : `Autoren: ${authors.slice(0, -1).join(", ")} und ${authors.at(-1)}`;

export interface ArticleChanges {
  headline?: string;
  teaser?: string;
  body?: string;
  publishedAt?: Date;
  authors?: string[];
}

/**
 * Applies field changes to an article by writing its source text anew and extracting it again, so an
 * edited article is derived exactly like an ingested one (and the overrides are applied again). The
 * id and slug stay. Returns null when there is no such article (also when it is deleted while this runs).
 */
export async function updateArticleText(
  prisma: PrismaClient,
  id: string,
  input: ArticleChanges,
  actor: string,
): Promise<{ id: string; changed: boolean } | null> {
  const current = await editableArticle(prisma, id);
  if (!current) return null;
  const before = {
    headline: current.headline,
    teaser: current.teaser,
    body: current.body,
    publishedAt: current.publishedAt,
    authors: current.authors.map((a) => a.author.name),
  };
  const after = {
    headline: input.headline?.trim() ?? before.headline,
    teaser: input.teaser?.trim() ?? before.teaser,
    body: input.body?.trim() ?? before.body,
    publishedAt: input.publishedAt ?? before.publishedAt,
    authors: input.authors?.map((a) => a.trim()) ?? before.authors,
  };
  if (after.authors.length === 0) throw new UserInputError("input.authors", "an article needs at least one author");
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as Array<keyof typeof after>) {
    const from = key === "publishedAt" ? day(before.publishedAt) : before[key];
    const to = key === "publishedAt" ? day(after.publishedAt) : after[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  if (Object.keys(changes).length === 0) return { id, changed: false };
  const text = [
    after.headline,
    after.teaser,
    ...(current.subheadline ? [current.subheadline] : []),
    after.body,
    byline(after.authors),
    day(after.publishedAt),
  ].join("\n\n");
  const extracted = await extractText(text, current.sourceName, "input");
  if (extracted.headline !== after.headline || extracted.teaser !== after.teaser) {
    throw new UserInputError("input", "headline and teaser must each be one line of text");
  }
  // The slug is the article's public identity (URLs): it stays, whatever the new headline or date.
  try {
    const { outcome } = await writeOne(
      prisma,
      { ...extracted, slug: current.slug },
      { actor, action: "EDITED", changes },
      { inPlaceOf: id },
    );
    return { id, changed: outcome !== IngestOutcome.UNCHANGED };
  } catch (error) {
    if (error instanceof ArticleGoneError) return null;
    throw error;
  }
}
