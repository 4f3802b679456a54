import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ResultOf } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { openLocalDatabase } from "../../src/db/client.js";
import {
  clusterDir,
  ensureLocalPostgres,
  runningLocalPostgres,
  stopLocalPostgres,
} from "../../src/db/local-postgres.js";
import { seedDatabase } from "../../src/ingest/seed.js";
import { createLogger } from "../../src/logger.js";
import { startServer } from "../../src/server.js";
import { BothJapanAndUsaDocument } from "../generated/operations.js";
import { prismaCli, ROOT, run } from "../helpers/run.js";

// The zero-setup path: the project's own PostgreSQL server in a data folder, started by whichever
// process needs it first and shared by the API server, the CLI and Prisma's tools.

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsroom-local-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) {
    stopLocalPostgres(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The environment of a user who set nothing: no DATABASE_URL, the data folder under test. */
const zeroSetup = (dir: string) => ({ DATABASE_URL: "", NEWSROOM_DATA_DIR: dir, NODE_ENV: "development" });
const cli = (dir: string, args: string[]) => run(process.execPath, ["dist/cli.js", ...args], zeroSetup(dir));

/** `npm start`'s process (dist/main.js) on a free port; resolves when it serves GraphQL. */
function startApp(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["dist/main.js"], {
    cwd: ROOT,
    env: { ...process.env, ...zeroSetup(dir), PORT: "0", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      output += d;
      const match = /GraphQL ready at (http:\/\/localhost:\d+\/graphql)/.exec(output);
      if (match) resolve({ url: match[1]!, child });
    });
    child.stderr.on("data", (d) => (output += d));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function stopApp(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill(signal);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function articleCount(url: string): Promise<number> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
  });
  return ((await res.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
}

// These start real processes (the server, the CLI, Prisma's CLI, PostgreSQL) several times per test:
// about 40 s on a quiet machine, up to three times that on a busy one.
const PROCESSES = { timeout: 240_000 };

describe("local PostgreSQL (the zero-setup default)", PROCESSES, () => {
  const dir = dataDir();

  it("creates, migrates, seeds and searches a new data folder; reopens it without migrating again", async () => {
    const db = await openLocalDatabase(dir);
    try {
      const committed = readdirSync(new URL("../../prisma/migrations/", import.meta.url), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
      expect(committed.length).toBeGreaterThanOrEqual(5);
      expect(db.migrationsApplied).toEqual(committed);
      const { articles } = await seedDatabase(db.prisma);
      expect(articles.ingested).toBe(1);
      // German stemming: "Verbündete" finds "Verbündeten".
      const hits = await db.prisma.$queryRaw<Array<{ slug: string }>>`
        SELECT slug FROM article WHERE search_vector @@ websearch_to_tsquery('german', 'Verbündete')`;
      expect(hits).toHaveLength(1);
    } finally {
      await db.close();
    }
    const again = await openLocalDatabase(dir);
    expect(again.migrationsApplied).toEqual([]);
    expect(await again.prisma.article.count()).toBe(1);
    await again.close();
  });

  it("serves the Sandbox example operation", async () => {
    const db = await openLocalDatabase(dir);
    const server = await startServer({ db, log: createLogger("silent"), port: 0, production: false });
    try {
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: print(BothJapanAndUsaDocument) }),
      });
      const { data } = (await res.json()) as { data: ResultOf<typeof BothJapanAndUsaDocument> };
      expect(data.articles.totalCount).toBe(1);
      expect(data.articles.edges[0]!.node.countries.map((c) => c.code)).toEqual(["US", "JP", "KP"]);
    } finally {
      await server.stop();
      await db.close();
    }
  });

  it("while the server runs, the CLI, `prisma db seed`, `migrate status` and Studio use the same data", async () => {
    const app = await startApp(dir);
    try {
      const created = await cli(dir, ["token", "create", "--role", "editor", "--name", "while running"]);
      expect(created.code, created.stderr).toBe(0);
      const list = await cli(dir, ["token", "list"]);
      expect(list.stdout).toContain("while running");
      const ingest = await cli(dir, ["ingest", "tests/fixtures/articles/kultur-ausstellung.txt"]);
      expect(ingest.stdout, ingest.stderr).toMatch(/1 ingested/);
      expect(await articleCount(app.url)).toBe(2); // the server sees what the CLI wrote
      const sets = await cli(dir, ["rebuild-sets"]);
      expect(sets.stdout, sets.stderr).toMatch(/entity sets of 2 articles/);
      const seed = await prismaCli(["db", "seed"], zeroSetup(dir));
      expect(seed.stdout, seed.stderr).toMatch(/articles 0 ingested, 0 updated, 1 unchanged/);
      const status = await prismaCli(["migrate", "status"], zeroSetup(dir));
      expect(status.stdout, status.stderr).toContain("Database schema is up to date");
      await expectStudioAnswers(dir);
    } finally {
      await stopApp(app.child);
    }
  });

  it("with the server stopped, and with the database stopped too, the tools still work", async () => {
    expect(runningLocalPostgres(dir)).toBeDefined(); // the server's exit leaves the database running
    expect((await cli(dir, ["token", "list"])).stdout).toContain("while running");
    expect(stopLocalPostgres(dir)).toBe(true);
    const status = await prismaCli(["migrate", "status"], zeroSetup(dir));
    expect(status.stdout, status.stderr).toContain("Database schema is up to date");
    expect(stopLocalPostgres(dir)).toBe(true);
    expect((await cli(dir, ["token", "list"])).stdout).toContain("while running");
  });

  it("after kill -9 of the server, and of PostgreSQL, the next start serves the same data", async () => {
    const first = await startApp(dir);
    await stopApp(first.child, "SIGKILL");
    const second = await startApp(dir);
    expect(await articleCount(second.url)).toBe(2);
    process.kill(runningLocalPostgres(dir)!.pid, "SIGKILL");
    await stopApp(second.child, "SIGKILL");
    const third = await startApp(dir);
    try {
      expect(await articleCount(third.url)).toBe(2);
    } finally {
      await stopApp(third.child);
    }
  });
});

async function expectStudioAnswers(dir: string): Promise<void> {
  const port = await freePort();
  const studio = spawn(`${ROOT}/node_modules/.bin/prisma`, ["studio", "--port", String(port), "--browser", "none"], {
    cwd: ROOT,
    env: { ...process.env, ...zeroSetup(dir) },
    stdio: "ignore",
    detached: true, // its own process group, so it can be ended with everything it started
  });
  try {
    let status = 0;
    for (let i = 0; i < 300 && status !== 200; i++) {
      status = await fetch(`http://localhost:${port}/`).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  } finally {
    process.kill(-studio.pid!, "SIGKILL");
  }
}

describe("starting the local PostgreSQL", PROCESSES, () => {
  it("two starts at once: one starts the server, the other uses it", async () => {
    const dir = dataDir();
    const starts = await Promise.all(
      [1, 2].map(() =>
        run(process.execPath, ["dist/db/commands.js", "start"], zeroSetup(dir)).then((r) => {
          expect(r.code, r.stderr).toBe(0);
          return r.stdout;
        }),
      ),
    );
    expect(starts[0]).toEqual(starts[1]);
    expect(readdirSync(dir).sort()).toEqual(["postgres", "postgres.log"]);
  });

  it("clears a stale postmaster.pid left by a server that is gone", () => {
    const dir = dataDir();
    ensureLocalPostgres(dir);
    stopLocalPostgres(dir);
    // A pid that is no PostgreSQL process: this test runner's.
    writeFileSync(
      join(clusterDir(dir), "postmaster.pid"),
      `${process.pid}\n${clusterDir(dir)}\n0\n54999\n\n127.0.0.1\n0 0\nready\n`,
    );
    expect(ensureLocalPostgres(dir).started).toBe(true);
  });

  it("refuses a data folder of the former PGlite engine with what to do, touching nothing", () => {
    const dir = dataDir();
    mkdirSync(join(dir, "pgdata"));
    writeFileSync(join(dir, "pgdata", "PG_VERSION"), "17\n");
    expect(() => ensureLocalPostgres(dir)).toThrow(/PGlite.*mv .*pgdata/);
    expect(readdirSync(dir)).toEqual(["pgdata"]);
  });
});
