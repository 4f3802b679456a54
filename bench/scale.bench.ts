import "reflect-metadata";
// npm run bench:scale [-- --sizes 10k,100k,1m --conns 8,32 --duration 20 --warmup 5
//                        --cases both,deep,anynone,comentions,search,facets --no-ingest --no-ceiling]
//
// Throughput and latency of the API under load, per corpus size. For each size:
//  1. the database newsroom_scale_<size> on DATABASE_URL's server (default 127.0.0.1:5432; only its host
//     and credentials are used), generated with `npm run bench:corpus -- --articles N` if it does not exist;
//  2. the SQL statements of one request of each case (after a warm-up request), recorded at the pg driver with
//     the server in this process: their number, and (unless --no-ceiling) a pgbench script of them with the
//     parameters as literals, checked to return the rows the statements as sent return;
//  3. `npm start` in production mode as a child process group on a free port (from 4600): per case and
//     client count a warm-up run, then a measured autocannon run (req/s, p50/p95/p99, non-2xx, errors,
//     responses with GraphQL errors, CPU of the server and of the database's backends per request), the
//     server's RSS sampled every 250 ms;
//  4. unless --no-ceiling: the database-only ceiling, per case and client count a warm-up run, then
//     `pgbench -n -M prepared -c <conns> -j 2 -T <duration>` of that script (pages/s, backend CPU per page);
//  5. unless --no-ingest: the time `npm run cli -- ingest DIR` takes for 2,000 new articles, which are
//     deleted again afterwards.
// Prints progress, then markdown tables for docs/benchmarks.md; writes the raw results to
// bench/results/scale-<timestamp>.json. Exits with 1 if any request failed or a size could not be measured.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { CASE_NAMES, checkCase, postGraphQL, resolveCases, type CaseName } from "./scale/cases.js";
import { cleanUpOnSignals } from "./scale/cleanup.js";
import { measureIngest } from "./scale/ingest.js";
import { runLoad } from "./scale/load.js";
import { pgbenchScript } from "./scale/ceiling.js";
import { withCpuPerRequest } from "./scale/cpu.js";
import { runPgbench, verifyLiterals, withScriptFile } from "./scale/pgbench.js";
import { growthSection, preamble, sizeSection, type SizeResult } from "./scale/report.js";
import { freePort, sampleRss, serverPid, withChildServer } from "./scale/server.js";
import { withInProcessServer } from "./scale/statements.js";

const USAGE = `usage: npm run bench:scale [-- --sizes 10k,100k,1m --conns 8,32 --duration 20 --warmup 5
  --cases ${CASE_NAMES.join(",")} --no-ingest --no-ceiling]`;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Options {
  sizes: Array<{ label: string; articles: number }>;
  connections: number[];
  duration: number;
  warmup: number;
  cases: CaseName[];
  ingest: boolean;
  ceiling: boolean;
}

/** Parses the command line; exits with the usage on anything it does not understand. */
function parseOptions(argv: string[]): Options {
  const fail = (message: string): never => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  const { values } = (() => {
    try {
      return parseArgs({
        args: argv,
        options: {
          sizes: { type: "string", default: "10k,100k,1m" },
          conns: { type: "string", default: "8,32" },
          duration: { type: "string", default: "20" },
          warmup: { type: "string", default: "5" },
          cases: { type: "string", default: CASE_NAMES.join(",") },
          "no-ingest": { type: "boolean", default: false },
          "no-ceiling": { type: "boolean", default: false },
        },
      });
    } catch (e) {
      return fail(message(e));
    }
  })();
  const list = (value: string) =>
    value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const positive = (name: string, value: string, min: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= min ? n : fail(`--${name} must be an integer >= ${min}, got "${value}"`);
  };
  const sizes = list(values.sizes).map((label) => {
    const match = /^(\d+)(k|m)?$/i.exec(label);
    if (!match) return fail(`a size is a number of articles like 10k, 100k or 1m, got "${label}"`);
    const unit = { k: 1_000, m: 1_000_000 }[match[2]?.toLowerCase() as "k" | "m"] ?? 1;
    return { label: label.toLowerCase(), articles: Number(match[1]) * unit };
  });
  const cases = list(values.cases).map((name) =>
    (CASE_NAMES as readonly string[]).includes(name) ? (name as CaseName) : fail(`unknown case "${name}"`),
  );
  return {
    sizes,
    connections: list(values.conns).map((c) => positive("conns", c, 1)),
    duration: positive("duration", values.duration, 1),
    warmup: positive("warmup", values.warmup, 0),
    cases,
    ingest: !values["no-ingest"],
    ceiling: !values["no-ceiling"],
  };
}

const options = parseOptions(process.argv.slice(2));
const serverUrl = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const databaseUrl = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

/** Runs one SQL statement on the server's `postgres` database. */
async function adminQuery<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The number of articles in a database; 0 if the database or its article table does not exist. */
async function articleCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query<{ count: number }>("SELECT count(*)::int AS count FROM article")).rows[0]!.count;
  } catch (e) {
    if (["3D000", "42P01"].includes((e as { code?: string }).code ?? "")) return 0; // no such database, table
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The corpus database of a size, generated first if it has no articles; resolves to its URL and article count. */
async function ensureCorpus(database: string, articles: number): Promise<{ url: string; count: number }> {
  const url = databaseUrl(database);
  if ((await articleCount(url)) === 0) {
    console.log(`  ${database} has no articles: npm run bench:corpus -- --articles ${articles}`);
    const corpus = spawn("npm", ["run", "bench:corpus", "--", "--articles", String(articles)], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url },
    });
    const code = await new Promise<number | null>((resolve, reject) =>
      corpus.once("error", reject).once("exit", resolve),
    );
    if (code !== 0) throw new Error(`npm run bench:corpus exited with ${code}`);
  }
  const count = await articleCount(url);
  if (count === 0) throw new Error(`${database} still has no articles after npm run bench:corpus`);
  return { url, count };
}

const progress = (size: string, text: string) => console.log(`[${size}] ${text}`);

const cpuMs = (ms: number | null) => (ms === null ? "?" : `${ms.toFixed(2)} ms`);

/** Per case and client count: a warm-up run, then the measured one with the CPU it cost per request. */
async function loadRuns(
  label: string,
  server: { url: string; pid: number; database: string },
  cases: Array<{ name: CaseName; query: string }>,
) {
  const runs: SizeResult["runs"] = [];
  for (const c of cases) {
    for (const connections of options.connections) {
      if (options.warmup > 0) await runLoad(server.url, c.query, connections, options.warmup);
      const measured = await withCpuPerRequest(server.pid, databaseUrl("postgres"), server.database, () =>
        runLoad(server.url, c.query, connections, options.duration),
      );
      const run = { case: c.name, ...measured };
      const { p50, p95, p99 } = run.latencyMs;
      progress(
        label,
        `${c.name} ×${connections}: ${Math.round(run.requestsPerSecond)} req/s, p50 ${p50.toFixed(1)} ms, ` +
          `p95 ${p95.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; non-2xx ${run.non2xx}, errors ${run.errors}, ` +
          `GraphQL errors ${run.graphqlErrors}; CPU per request: node ${cpuMs(run.cpuMsPerRequest.node)}, ` +
          `PostgreSQL ${cpuMs(run.cpuMsPerRequest.postgres)}`,
      );
      runs.push(run);
    }
  }
  return runs;
}

/** Per case and client count: a pgbench warm-up run of the case's script, then the measured one. */
async function ceilingRuns(label: string, url: string, cases: Array<{ name: CaseName; pgbenchScript: string }>) {
  const runs: NonNullable<SizeResult["ceiling"]> = [];
  for (const c of cases) {
    await withScriptFile(c.pgbenchScript, async (script) => {
      for (const connections of options.connections) {
        if (options.warmup > 0) await runPgbench(url, script, connections, options.warmup, false);
        const run = { case: c.name, ...(await runPgbench(url, script, connections, options.duration)) };
        progress(
          label,
          `ceiling ${c.name} ×${connections}: ${Math.round(run.pagesPerSecond)} pages/s, ` +
            `latency ${run.latencyMs.toFixed(1)} ms; PostgreSQL CPU per page ${cpuMs(run.postgresCpuMsPerPage)}`,
        );
        runs.push(run);
      }
    });
  }
  return runs;
}

/** Everything for one corpus size. */
async function measureSize(label: string, articles: number): Promise<SizeResult> {
  const database = `newsroom_scale_${label}`;
  const { url, count } = await ensureCorpus(database, articles);
  progress(label, `${database}: ${count.toLocaleString("en-US")} articles`);
  if (count !== articles) progress(label, `warning: expected ${articles.toLocaleString("en-US")} articles`);

  progress(label, "checking the cases and recording their SQL statements, server in this process");
  const { cases, skipped } = await withInProcessServer(url, async (server) => {
    const resolved = await resolveCases(server.url, options.cases);
    for (const { name, reason } of resolved.skipped) progress(label, `${name}: skipped: ${reason}`);
    const recorded = [];
    for (const c of resolved.cases) {
      await postGraphQL(server.url, c.query);
      const captured = await server.captureStatements(() => postGraphQL(server.url, c.query));
      progress(label, `${c.name}: ${c.summary}; ${captured.length} SQL statements per request`);
      for (const warning of c.warnings) progress(label, `${c.name}: warning: ${warning}`);
      let script = null;
      if (options.ceiling) {
        script = pgbenchScript(captured);
        await verifyLiterals(url, captured);
      }
      recorded.push({ ...c, statements: captured.length, pgbenchScript: script });
    }
    return { cases: recorded, skipped: resolved.skipped };
  });

  const port = await freePort(4600);
  const minutes = (cases.length * options.connections.length * (options.warmup + options.duration)) / 60;
  const ceilingToo = options.ceiling ? ", the ceiling runs as long again" : "";
  progress(label, `npm start on port ${port}; load runs take ${minutes.toFixed(1)} min${ceilingToo}`);
  const load = await withChildServer(url, port, async (server) => {
    for (const c of cases) await checkCase(server.url, c.name, c.query);
    const sampler = sampleRss(server.pgid);
    try {
      const runs = await loadRuns(label, { url: server.url, pid: serverPid(server.pgid), database }, cases);
      return { runs, rss: sampler.peak(), serverWarnings: server.warnings };
    } finally {
      sampler.stop();
    }
  });
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  progress(label, `peak RSS: server ${mb(load.rss.serverBytes)}, process group ${mb(load.rss.groupBytes)}`);

  let ceiling = null;
  if (options.ceiling) {
    progress(label, "ceiling: each case's statements through pgbench -M prepared, no server in between");
    const scripts = cases.flatMap((c) => (c.pgbenchScript ? [{ name: c.name, pgbenchScript: c.pgbenchScript }] : []));
    ceiling = await ceilingRuns(label, url, scripts);
  }

  let ingest = null;
  if (options.ingest) {
    progress(label, "ingest: 2,000 new articles with npm run cli -- ingest");
    ingest = await measureIngest(url);
    progress(
      label,
      `ingest: ${ingest.seconds.toFixed(1)} s (start-up ${ingest.startupSeconds.toFixed(1)} s), ${ingest.cliSummary}`,
    );
  }
  return { size: label, database, articles: count, cases, skipped, ...load, ceiling, ingest };
}

cleanUpOnSignals();
const startedAt = new Date();
const pgVersion = (await adminQuery<{ server_version: string }>("SHOW server_version"))[0]!.server_version;
const machine =
  `${startedAt.toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ` +
  `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${pgVersion} at ${serverUrl.host}`;
console.log(machine);

const results: SizeResult[] = [];
const failures: string[] = [];
for (const { label, articles } of options.sizes) {
  try {
    const result = await measureSize(label, articles);
    results.push(result);
    for (const r of result.runs) {
      if (r.non2xx + r.errors + r.graphqlErrors > 0) {
        const counts = `non-2xx ${r.non2xx}, errors ${r.errors}, GraphQL errors ${r.graphqlErrors}`;
        failures.push(`${label} ${r.case} ×${r.connections}: ${counts}`);
      }
    }
  } catch (e) {
    progress(label, `FAILED: ${message(e)}`);
    failures.push(`${label}: ${message(e)}`);
  }
}

const growthConnections = options.connections.includes(8) ? 8 : options.connections[0]!;
console.log(
  [
    "",
    "## Scale (`npm run bench:scale`)",
    "",
    preamble({
      machine,
      duration: options.duration,
      warmup: options.warmup,
      cases: options.cases,
      ceiling: options.ceiling,
    }),
    ...results.flatMap((r) => ["", sizeSection(r)]),
    ...(results.length > 1 ? ["", growthSection(results, growthConnections)] : []),
  ].join("\n"),
);

mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
const file = new URL(`./results/scale-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`, import.meta.url);
writeFileSync(file, `${JSON.stringify({ startedAt, machine, options, results, failures }, null, 2)}\n`);
console.log(`\nraw results: ${file.pathname}`);
if (failures.length > 0) {
  console.error(`\nFAILED:\n${failures.map((f) => `  ${f}`).join("\n")}`);
  process.exit(1);
}
