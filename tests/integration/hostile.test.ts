// The hostile suite (issue #8): thousands of generated client mistakes and attacks against the real
// server on a small seeded database. Every answer must be < 500, JSON (except HEAD, the Sandbox page
// and answers Node's HTTP parser gives before the app sees the request), carry a code on every error,
// and leak no stack, path or SQL; the server must be healthy afterwards.
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/files.js";
import { expandSources } from "../../src/ingest/sources.js";
import { seedVocabularies } from "../../src/ingest/seed.js";
import { createTestDatabase, type TestDatabase } from "../helpers/db.js";
import { ROOT } from "../helpers/run.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { HOSTILE_PRODUCTION_REQUESTS, HOSTILE_REQUESTS } from "../hostile/counts.js";
import { generateHostileRequests, type HostileRequest, type Samples } from "../hostile/generate.js";
import { checkResponse, errorCodes, type HostileResponse, mapConcurrent, send } from "../hostile/send.js";

const COUNT = Number(process.env.HOSTILE_COUNT ?? HOSTILE_REQUESTS);
const SEED = Number(process.env.HOSTILE_SEED ?? 8);
const CONCURRENCY = 8;
/** HOSTILE_ONLY=regex runs only the requests whose "category | label" matches (for debugging). */
const ONLY = process.env.HOSTILE_ONLY ? new RegExp(process.env.HOSTILE_ONLY) : undefined;

describe("the hostile suite", () => {
  let db: TestDatabase;
  let api: TestServer;
  let samples: Samples;

  beforeAll(async () => {
    db = await createTestDatabase();
    // A short statement timeout, so a request that makes PostgreSQL work hard ends as QUERY_TIMEOUT, not a hang.
    api = await startTestServer(db.url, { statementTimeoutMs: 2_000 });
    await seedVocabularies(api.db.prisma);
    await ingestFiles(api.db.prisma, await expandSources([`${ROOT}/seed/articles`, `${ROOT}/tests/fixtures/articles`]));
    const cursors = async (query: string) => {
      const { body } = await api.graphql(query);
      const list = Object.values(body.data ?? {})[0] as { edges: Array<{ cursor: string }> };
      return list.edges.map((e) => e.cursor);
    };
    const { body } = await api.graphql("{ articles(first: 1) { edges { node { slug authors { slug } } } } }");
    const first = body.data.articles.edges[0].node;
    samples = {
      slug: first.slug,
      authorSlug: first.authors[0]?.slug ?? "anita-faake",
      articleCursors: await cursors("{ articles(first: 3, orderBy: PUBLISHED_ASC) { edges { cursor } } }"),
      searchCursors: await cursors('{ search(query: "Japan", first: 3) { edges { cursor } } }'),
      authorCursors: await cursors("{ authors(first: 3) { edges { cursor } } }"),
    };
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it(`answers ${COUNT} hostile requests with < 500, JSON, a code on every error and no leak; stays healthy`, async () => {
    const requests = generateHostileRequests({ samples, seed: SEED, count: COUNT }).filter(
      (r) => !ONLY || ONLY.test(`${r.category} | ${r.label}`),
    );
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const base = new URL(api.server.url);
    const started = performance.now();
    const responses = await mapConcurrent(requests, CONCURRENCY, async (r) => {
      const response = await send(base, r, agent, 15_000);
      if (process.env.HOSTILE_DEBUG && response.ms > 1000) {
        console.error(`slow ${Math.round(response.ms)} ms ${response.status} ${r.category} | ${r.label}`);
      }
      return response;
    });
    const wallMs = performance.now() - started;
    agent.destroy();

    const failures: Array<{ request: HostileRequest; response: HostileResponse; problems: string[] }> = [];
    const byStatus: Record<string, number> = {};
    const byCode: Record<string, number> = {};
    const byCategory: Record<string, number> = {};
    let slowest = { ms: 0, category: "", label: "", status: 0 };
    requests.forEach((request, i) => {
      const response = responses[i]!;
      const problems = checkResponse(request, response);
      if (problems.length) failures.push({ request, response, problems });
      byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
      for (const code of new Set(errorCodes(response))) byCode[code] = (byCode[code] ?? 0) + 1;
      byCategory[request.category] = (byCategory[request.category] ?? 0) + 1;
      if (response.ms > slowest.ms) {
        slowest = {
          ms: Math.round(response.ms),
          category: request.category,
          label: request.label,
          status: response.status,
        };
      }
    });
    const summary = {
      requests: requests.length,
      seed: SEED,
      concurrency: CONCURRENCY,
      wallSeconds: Math.round(wallMs / 100) / 10,
      failures: failures.length,
      byStatus,
      byCode,
      byCategory,
      slowest,
    };
    console.log(
      [
        `hostile suite: ${requests.length} requests in ${summary.wallSeconds} s, ${failures.length} failing`,
        "status  count",
        ...Object.entries(byStatus).map(([s, n]) => `${s.padEnd(7)} ${n}`),
        "code                                count",
        ...Object.entries(byCode)
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c.padEnd(35)} ${n}`),
        `slowest: ${slowest.ms} ms, ${slowest.status}, ${slowest.category}: ${slowest.label}`,
      ].join("\n"),
    );
    mkdirSync(`${ROOT}/bench/results`, { recursive: true });
    writeFileSync(
      `${ROOT}/bench/results/hostile.json`,
      `${JSON.stringify(
        {
          ...summary,
          failing: failures.slice(0, 200).map((f) => ({
            category: f.request.category,
            label: f.request.label,
            problems: f.problems,
            status: f.response.status,
            body: f.response.text.slice(0, 300),
          })),
        },
        null,
        2,
      )}\n`,
    );

    expect(
      failures
        .slice(0, 15)
        .map(
          (f) =>
            `${f.request.category} | ${f.request.label} | ${f.problems.join("; ")} | ${f.response.text.slice(0, 160)}`,
        ),
    ).toEqual([]);

    for (const path of ["/health", "/ready"]) expect((await fetch(new URL(path, base))).status).toBe(200);
    const { status, body } = await api.graphql(
      '{ articles(filter: { countries: { all: ["JP", "US"] } }) { totalCount } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.totalCount).toBeGreaterThan(0);
  }, 180_000);

  it(`answers the same way with NODE_ENV=production (no introspection, no Sandbox): ${HOSTILE_PRODUCTION_REQUESTS} requests`, async () => {
    const production = await startTestServer(db.url, { production: true, statementTimeoutMs: 2_000 });
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    try {
      const requests = generateHostileRequests({ samples, seed: SEED + 1, count: HOSTILE_PRODUCTION_REQUESTS });
      const base = new URL(production.server.url);
      const responses = await mapConcurrent(requests, CONCURRENCY, (r) => send(base, r, agent, 15_000));
      const failures = requests.flatMap((request, i) => {
        const problems = checkResponse(request, responses[i]!);
        return problems.length ? [`${request.category} | ${request.label} | ${problems.join("; ")}`] : [];
      });
      expect(failures.slice(0, 15)).toEqual([]);
      expect((await fetch(new URL("/ready", base))).status).toBe(200);
    } finally {
      agent.destroy();
      await production.stop();
    }
  }, 120_000);
});
