import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type ExtractedArticle } from "./ingest/extract.js";
import { TOKEN_USAGE } from "./auth/token-usage.js";

// Only what --help, --version and argument parsing need is imported here: every command loads its own
// modules (the extractors, Prisma, the database) when it runs, so `newsroom --help` starts at once.

const USAGE = `usage: newsroom <command> [options]

commands:
  extract <file>... [--json]        parse a source text and show its countries, places, organisations, persons, quotes
                                    and topics (no database)
  ingest <file or folder>... [--force]
                                    store source texts in the configured database (idempotent); a text
                                    older than the stored version of its article is skipped unless --force
  rebuild-sets                      recompute the entity sets and co-mention counters from the stored articles
${TOKEN_USAGE}

options:
  -h, --help                        this text
  -v, --version                     the version

DATABASE_URL selects a PostgreSQL server; without it the embedded database in NEWSROOM_DATA_DIR (./.data) is used.`;

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string })
  .version;

/** German names of countries and topics, for the `extract` output. */
async function vocabularyNames() {
  const [{ allCountries }, { MEDIA_TOPICS }] = await Promise.all([
    import("./vocab/countries.js"),
    import("./vocab/mediatopics.js"),
  ]);
  return {
    countryNames: new Map(allCountries().map((c) => [c.code, c.nameDe])),
    topicNames: new Map(MEDIA_TOPICS.map((t) => [t.code, t.labelDe])),
  };
}
type Names = Awaited<ReturnType<typeof vocabularyNames>>;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The `extract --json` document. */
function extractionDocument(a: ExtractedArticle, { countryNames, topicNames }: Names) {
  return {
    headline: a.headline,
    subheadline: a.subheadline,
    teaser: a.teaser,
    body: a.body,
    authors: a.authors.map((name) => ({ name })),
    publishedAt: a.publishedAt.toISOString(),
    language: a.language,
    wordCount: a.wordCount,
    countries: a.countries.map((c) => ({
      code: c.code,
      name: countryNames.get(c.code) ?? c.code,
      count: c.count,
      mentions: c.mentions.map(({ text, field, start, end, sentence, kind }) => ({
        text,
        field,
        start,
        end,
        sentence,
        kind,
      })),
    })),
    places: a.places.map(({ name, code, field, start, end, kind }) => ({
      name,
      country: code,
      field,
      start,
      end,
      kind,
    })),
    organisations: a.organisations.map((o) => ({
      code: o.code,
      name: o.name,
      count: o.count,
      mentions: o.mentions.map(({ text, start, end, sentence, field }) => ({ text, start, end, sentence, field })),
    })),
    persons: a.persons.map((p) => ({
      name: p.name,
      key: p.key,
      country: p.country,
      roles: p.roles,
      count: p.count,
      mentions: p.mentions.map(({ text, field, start, end, sentence, role }) => ({
        text,
        field,
        start,
        end,
        sentence,
        role,
      })),
    })),
    quotes: a.quotes.map(({ text, speaker, attribution, field, start, end, sentence }) => ({
      text,
      speaker,
      attribution,
      field,
      start,
      end,
      sentence,
    })),
    topics: a.topics.map((t) => ({
      code: t.code,
      name: topicNames.get(t.code) ?? t.code,
      relevance: t.relevance,
      triggers: t.triggers,
    })),
    warnings: a.warnings,
  };
}

/** "Berlin (DE) ×2, Paris (FR) ×1": one entry per place in order of first mention, like countries and persons. */
function placeCounts(places: ExtractedArticle["places"]): string {
  const counted = new Map<string, { name: string; code: string; count: number }>();
  for (const p of places) {
    const entry = counted.get(p.key) ?? counted.set(p.key, { name: p.name, code: p.code, count: 0 }).get(p.key)!;
    entry.count++;
  }
  return [...counted.values()].map((p) => `${p.name} (${p.code}) ×${p.count}`).join(", ");
}

function readable(file: string, a: ExtractedArticle, { countryNames, topicNames }: Names): string {
  const lines = [
    `${file}`,
    `  ${a.headline}`,
    `  ${a.authors.join(", ")} · ${a.publishedAt.toISOString().slice(0, 10)} · ${a.wordCount} words`,
    `  countries: ${a.countries.map((c) => `${countryNames.get(c.code) ?? c.code} (${c.code}) ×${c.count}`).join(", ") || "none"}`,
    ...a.countries.flatMap((c) =>
      c.mentions.map(
        (m) =>
          `    ${c.code} ${m.kind.toLowerCase().padEnd(12)} "${m.text}" ${m.field.toLowerCase()} ${m.start}-${m.end}`,
      ),
    ),
    `  places: ${placeCounts(a.places) || "none"}`,
    `  organisations: ${a.organisations.map((o) => `${o.name} (${o.code}) ×${o.count}`).join(", ") || "none"}`,
    `  persons: ${a.persons.map((p) => `${p.name}${p.country ? ` (${p.country})` : ""} ×${p.count}`).join(", ") || "none"}`,
    `  quotes: ${a.quotes.length}${a.quotes.length > 0 ? ` (${a.quotes.filter((q) => q.speaker).length} with a speaker)` : ""}`,
    `  topics: ${a.topics.map((t) => `${topicNames.get(t.code)} ${t.relevance.toFixed(2)} [${t.triggers.slice(0, 4).join(", ")}]`).join("; ") || "none"}`,
    ...a.warnings.map((w) => `  warning: ${w}`),
  ];
  return lines.join("\n");
}

async function extract(files: string[], json: boolean): Promise<number> {
  if (files.length === 0) throw new Error("extract needs at least one file");
  const { extractFile } = await import("./ingest/sources.js");
  const names = await vocabularyNames();
  const documents: unknown[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const article = await extractFile(file);
      if (json) documents.push(extractionDocument(article, names));
      else console.log(readable(file, article, names));
    } catch (e) {
      failed++;
      console.error(`error: ${file}: ${message(e)}`);
    }
  }
  if (json && documents.length > 0) console.log(JSON.stringify(files.length === 1 ? documents[0] : documents, null, 2));
  return failed > 0 ? 1 : 0;
}

async function ingest(paths: string[], force: boolean): Promise<number> {
  if (paths.length === 0) throw new Error("ingest needs at least one file or folder");
  const [
    { ingestFiles },
    { expandSources },
    { openCurrentDatabase },
    { loadConfig },
    { ensureVocabularies },
    { SingleBar },
  ] = await Promise.all([
    import("./ingest/files.js"),
    import("./ingest/sources.js"),
    import("./db/client.js"),
    import("./config.js"),
    import("./ingest/seed.js"),
    import("cli-progress"),
  ]);
  const files = await expandSources(paths, (path, reason) => console.error(`skipped: ${path}: ${reason}`));
  const db = await openCurrentDatabase(loadConfig());
  await ensureVocabularies(db.prisma); // a new database has no countries yet; a complete one costs one count
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: "ingesting [{bar}] {value}/{total} files", stream: process.stderr })
    : undefined;
  try {
    bar?.start(files.length, 0);
    const summary = await ingestFiles(db.prisma, files, { force, onProgress: (done) => bar?.update(done) });
    bar?.stop();
    for (const { file, warning } of summary.warnings) console.error(`warning: ${file}: ${warning}`);
    for (const { file, error } of summary.failed) console.error(`error: ${file}: ${error}`);
    console.log(
      `${summary.ingested} ingested, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.stale} older than stored, ${summary.failed.length} failed`,
    );
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await db.close();
  }
}

async function rebuildSets(): Promise<number> {
  const [{ openCurrentDatabase }, { loadConfig }, { rebuildEntitySets }] = await Promise.all([
    import("./db/client.js"),
    import("./config.js"),
    import("./modules/article/article.data.js"),
  ]);
  const db = await openCurrentDatabase(loadConfig());
  try {
    const started = performance.now();
    const { articles, pairs } = await rebuildEntitySets(db.prisma);
    console.log(
      `entity sets of ${articles} articles and ${pairs} country pairs rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

/** Runs one command; every failure is reported as one line on stderr (exit 1), usage mistakes exit 2. */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    console.error(`newsroom: ${message(e)} (newsroom --help lists the commands and options)`);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    console.log(VERSION);
    return 0;
  }
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  try {
    return await run(command, rest, values);
  } catch (e) {
    console.error(`newsroom: ${message(e).split("\n").join("; ")}`);
    return 1;
  }
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      force: { type: "boolean" },
      role: { type: "string" },
      name: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

async function run(
  command: string,
  rest: string[],
  values: { json?: boolean; force?: boolean; role?: string; name?: string },
): Promise<number> {
  await import("reflect-metadata"); // before any module with decorators
  if (command === "extract") return extract(rest, values.json ?? false);
  if (command === "ingest") return ingest(rest, values.force ?? false);
  if (command === "rebuild-sets") return rebuildSets();
  if (command === "token") return (await import("./auth/token-cli.js")).tokenCommand(rest, values);
  console.error(`newsroom: unknown command "${command}" (newsroom --help lists the commands)`);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("/cli.ts")) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
