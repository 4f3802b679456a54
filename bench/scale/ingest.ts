// Ingest speed into a full corpus: `npm run cli -- ingest DIR` with new articles, which are deleted afterwards.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { slugify } from "../../src/ingest/slug.js";
import { expandSources, extractFile } from "../../src/ingest/sources.js";
import { syntheticArticle } from "../corpus.js";
import { withCleanup } from "./cleanup.js";
import { spawnGroup } from "./process.js";

/** syntheticArticle numbers from here on are far beyond any corpus: new headlines, slugs and content hashes. */
const FIRST_NUMBER = 1_000_000_000;
/** Source names (file names) of the texts written here; with their slugs they identify the articles to delete. */
const FILE_PREFIX = "scale-ingest-";
/** The articles written here ($1: their slugs). */
const DELETE_ARTICLES = `DELETE FROM article WHERE slug = ANY($1) AND source_name LIKE '${FILE_PREFIX}%'`;
/** Authors ($1: slugs) no article has (any more). */
const DELETE_UNUSED_AUTHORS = `DELETE FROM author a WHERE slug = ANY($1)
  AND NOT EXISTS (SELECT FROM article_author aa WHERE aa.author_id = a.id)`;

export interface IngestResult {
  articles: number;
  /** `npm run cli -- ingest DIR`, from spawn to exit. */
  seconds: number;
  /** The same command on an empty folder (start-up, connection, vocabulary check), median of 3. */
  startupSeconds: number;
  articlesPerSecond: number;
  articlesPerSecondWithoutStartup: number;
  /** A duration the CLI printed itself, if it prints one. */
  cliReportedSeconds: number | null;
  /** The CLI's summary line, e.g. "2000 ingested, 0 updated, 0 unchanged, 0 older than stored, 0 failed". */
  cliSummary: string;
}

/** Runs `npm run cli -- ingest <dir>`; resolves to its wall time and output, throws on a non-zero exit. */
async function timeCliIngest(databaseUrl: string, dir: string): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  const cli = spawnGroup("npm", ["run", "-s", "cli", "--", "ingest", dir], {
    ...process.env,
    DATABASE_URL: databaseUrl,
  });
  let output = "";
  cli.child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  cli.child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await withCleanup(cli.stop, () => cli.exited);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`npm run cli -- ingest ${dir} exited with ${code}:\n${output.slice(-2000)}`);
  return { seconds, output };
}

/**
 * Writes `count` new synthetic source texts to a temporary folder, checks each parses to a new slug,
 * times their ingestion with the CLI, and deletes the articles again (also on errors and Ctrl-C;
 * leftovers of an interrupted earlier run are deleted first), so the corpus stays as generated.
 */
export async function measureIngest(databaseUrl: string, count = 2000): Promise<IngestResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const dir = mkdtempSync(join(tmpdir(), "newsroom-scale-ingest-"));
  const empty = mkdtempSync(join(tmpdir(), "newsroom-scale-empty-"));
  const dispose = async () => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
    await client.end();
  };
  return withCleanup(dispose, async () => {
    const texts = Array.from({ length: count }, (_, k) => syntheticArticle(FIRST_NUMBER + k));
    for (const [k, text] of texts.entries()) {
      writeFileSync(join(dir, `${FILE_PREFIX}${String(k).padStart(6, "0")}.txt`), text);
    }
    const articles = [];
    // As the CLI reads them; throws if one does not parse.
    for (const file of await expandSources([dir])) articles.push(await extractFile(file));
    const slugs = articles.map((a) => a.slug);
    if (new Set(slugs).size !== count) throw new Error("the synthetic texts do not have distinct slugs");
    const authorSlugs = [...new Set(articles.flatMap((a) => a.authors.map((name) => slugify(name))))];

    const deleteOurs = async () => (await client.query(DELETE_ARTICLES, [slugs])).rowCount ?? 0;
    const leftovers = await deleteOurs();
    if (leftovers > 0) console.log(`  deleted ${leftovers} articles left over by an interrupted run`);
    const knownAuthors = (
      await client.query<{ slug: string }>("SELECT slug FROM author WHERE slug = ANY($1)", [authorSlugs])
    ).rows;
    const newAuthors = authorSlugs.filter((slug) => !knownAuthors.some((a) => a.slug === slug));
    const cleanup = async () => {
      const deleted = await deleteOurs();
      await client.query(DELETE_UNUSED_AUTHORS, [newAuthors]);
      console.log(`  deleted the ${deleted} ingested articles again`);
    };

    const startups: number[] = [];
    for (let run = 0; run < 3; run++) startups.push((await timeCliIngest(databaseUrl, empty)).seconds);
    const startupSeconds = startups.sort((a, b) => a - b)[1]!;

    const { seconds, output } = await withCleanup(cleanup, () => timeCliIngest(databaseUrl, dir));
    const cliSummary = /^\d+ ingested.*$/m.exec(output)?.[0] ?? "";
    const ingested = Number(/^(\d+) ingested/.exec(cliSummary)?.[1]);
    if (ingested !== count) throw new Error(`expected ${count} new articles, the CLI said: ${output.slice(-1000)}`);
    const reported = / in (\d+(?:\.\d+)?) ?(ms|s)\b/.exec(output);
    return {
      articles: count,
      seconds,
      startupSeconds,
      articlesPerSecond: count / seconds,
      articlesPerSecondWithoutStartup: count / (seconds - startupSeconds),
      cliReportedSeconds: reported ? Number(reported[1]) / (reported[2] === "ms" ? 1000 : 1) : null,
      cliSummary,
    };
  });
}
