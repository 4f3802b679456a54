// The results of bench:scale, and their markdown tables for docs/benchmarks.md.
import { CASE_DESCRIPTIONS, CASE_NAMES, type BenchCase, type CaseName, type SkippedCase } from "./cases.js";
import { type CpuPerRequest } from "./cpu.js";
import { type IngestResult } from "./ingest.js";
import { type LoadResult } from "./load.js";
import { type CeilingRun } from "./pgbench.js";
import { type RssPeak } from "./server.js";

/** Everything measured for one corpus size (the raw JSON holds a list of these). */
export interface SizeResult {
  /** As given on the command line: "10k", "100k", "1m". */
  size: string;
  database: string;
  articles: number;
  /**
   * The cases as sent (the deep one with its cursor), their first answers, SQL statements per request and
   * the pgbench script of those statements (null with --no-ceiling).
   */
  cases: Array<BenchCase & { statements: number; pgbenchScript: string | null }>;
  skipped: SkippedCase[];
  runs: Array<LoadResult & { case: CaseName; cpuMsPerRequest: CpuPerRequest }>;
  /** The database-only ceiling per case and client count; null with --no-ceiling. */
  ceiling: Array<CeilingRun & { case: CaseName }> | null;
  rss: RssPeak;
  /** Lines of level warn or above the server logged during the runs. */
  serverWarnings: { count: number; first: string[] };
  ingest: IngestResult | null;
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (bytes: number) => `${int(bytes / 1024 / 1024)} MB`;
const cpu = (ms: number | null | undefined) => (ms === null || ms === undefined ? "–" : ms.toFixed(2));

/** The machine, the method and settings, and the case legend. */
export function preamble(settings: {
  machine: string;
  duration: number;
  warmup: number;
  cases: CaseName[];
  ceiling: boolean;
}): string {
  const cpuAndCeiling = [
    "CPU per request: user + system time from /proc of the server's node process and of the database's",
    "PostgreSQL backends (pids from pg_stat_activity, sampled every 250 ms), over the measured run ÷ its requests.",
    ...(settings.ceiling
      ? [
          "Ceiling: the database alone running the statements of that one request, parameters as literals:",
          "`pgbench -n -M prepared -c <conns> -j 2 -T <duration>` with the server's session settings, after a warm-up",
          "run as long as the API's; pages/s is pgbench's tps (one transaction = one request's statements, one after",
          "the other), PG CPU/page that of pgbench's backends. API ÷ ceiling: req/s ÷ pages/s at the same client count.",
        ]
      : []),
  ];
  return [
    `Machine: ${settings.machine}.`,
    "",
    "Server: `npm start` (NODE_ENV=production, LOG_LEVEL=warn) on the corpus database; load from autocannon in the",
    "bench process on the same machine, one operation at a time, each connection sending its next request when",
    `the answer arrives; per case and client count ${settings.warmup} s warm-up, then ${settings.duration} s measured.`,
    "Latency percentiles are over all responses of the measured run. SQL statements: one request after a warm-up",
    "request, counted at the pg driver (`pg.Client.prototype.query`) with the server in the bench process.",
    ...cpuAndCeiling,
    "",
    "| case | operation |",
    "| --- | --- |",
    ...settings.cases.map((name) => `| ${name} | ${CASE_DESCRIPTIONS[name]} |`),
  ].join("\n");
}

/** The table and lines for one corpus size. */
export function sizeSection(result: SizeResult): string {
  const statements = new Map(result.cases.map((c) => [c.name, c.statements]));
  const ceilingOf = (r: SizeResult["runs"][number]) =>
    result.ceiling?.find((c) => c.case === r.case && c.connections === r.connections);
  const rows = result.runs.map((r) => {
    const ceiling = ceilingOf(r);
    const cells = [
      r.case,
      r.connections,
      int(r.requestsPerSecond),
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p95),
      ms(r.latencyMs.p99),
      statements.get(r.case),
      cpu(r.cpuMsPerRequest.node),
      cpu(r.cpuMsPerRequest.postgres),
    ];
    if (!result.ceiling) return cells;
    const ratio = ceiling ? `**${(r.requestsPerSecond / ceiling.pagesPerSecond).toFixed(2)}**` : "–";
    return [...cells, ceiling ? int(ceiling.pagesPerSecond) : "–", ratio, cpu(ceiling?.postgresCpuMsPerPage)];
  });
  const header = [
    "case",
    "conns",
    "req/s",
    "p50",
    "p95",
    "p99",
    "SQL statements/request",
    "node CPU ms/req",
    "PG CPU ms/req",
    ...(result.ceiling ? ["ceiling pages/s", "API ÷ ceiling", "ceiling PG CPU ms/page"] : []),
  ];
  const lines = [
    `### ${result.size}: ${int(result.articles)} articles (\`${result.database}\`)`,
    "",
    `| ${header.join(" | ")} |`,
    `| --- | ${header
      .slice(1)
      .map(() => "---:")
      .join(" | ")} |`,
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
    "",
    `First answers: ${result.cases.map((c) => `${c.name}: ${c.summary}`).join("; ")}.`,
    "",
    `Peak RSS of the server process (the node process \`npm start\` runs): **${mb(result.rss.serverBytes)}**; ` +
      `whole process group (${result.rss.processes.join(", ")}): ${mb(result.rss.groupBytes)} ` +
      `(${result.rss.samples} samples, every 250 ms over all runs).`,
  ];
  const ingest = result.ingest;
  if (ingest) {
    lines.push(
      "",
      `Ingest of ${int(ingest.articles)} new articles into it (\`npm run cli -- ingest DIR\`, end to end): ` +
        `${ingest.seconds.toFixed(1)} s = **${int(ingest.articlesPerSecond)} articles/s**;`,
      `CLI start-up (same command on an empty folder, median of 3) ${ingest.startupSeconds.toFixed(1)} s, ` +
        `so ${int(ingest.articlesPerSecondWithoutStartup)} articles/s without it` +
        (ingest.cliReportedSeconds === null
          ? " (the CLI prints no time of its own)."
          : `; the CLI reports ${ingest.cliReportedSeconds} s.`),
    );
  }
  const notes = [
    ...result.skipped.map((s) => `${s.name}: not measured at this size: ${s.reason}`),
    ...result.cases.flatMap((c) => c.warnings.map((w) => `${c.name}: ${w}`)),
    ...(result.serverWarnings.count > 0
      ? [`the server logged ${result.serverWarnings.count} warn/error lines, first: ${result.serverWarnings.first[0]}`]
      : []),
  ];
  if (notes.length > 0) lines.push("", ...notes.map((n) => `Note: ${n}`));
  return lines.join("\n");
}

/** Latency growth between consecutive sizes: p50 at `connections` clients, larger size ÷ smaller. */
export function growthSection(unordered: SizeResult[], connections: number): string {
  const results = [...unordered].sort((a, b) => a.articles - b.articles);
  const p50 = (result: SizeResult, name: CaseName) =>
    result.runs.find((r) => r.case === name && r.connections === connections)?.latencyMs.p50;
  const pairs = results.slice(1).map((larger, i) => [results[i]!, larger] as const);
  const header = pairs.map(([a, b]) => `${a.size} → ${b.size}`);
  const measured = CASE_NAMES.filter((name) => results.some((r) => r.cases.some((c) => c.name === name)));
  const rows = measured.map((name) => {
    const ratios = pairs.map(([a, b]) => {
      const [from, to] = [p50(a, name), p50(b, name)];
      return from && to ? `×${(to / from).toFixed(2)} (${ms(from)} → ${ms(to)})` : "–";
    });
    return `| ${name} | ${ratios.join(" | ")} |`;
  });
  return [
    `### Growth: p50 latency at ${connections} clients, larger corpus ÷ smaller`,
    "",
    `| case | ${header.join(" | ")} |`,
    `| --- | ${header.map(() => "---:").join(" | ")} |`,
    ...rows,
  ].join("\n");
}
