#!/usr/bin/env node
// Stand-in for Prisma's native schema-engine binary, so the Prisma CLI (migrate, db push/execute/pull,
// db seed, generate) works without downloading anything. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here.
//
// It runs the schema engine that the `prisma` package itself ships as WebAssembly
// (build/schema_engine_bg.wasm, same engines commit as the CLI) with the JS glue of
// @prisma/schema-engine-wasm, on top of @prisma/adapter-pg, and speaks the binary's protocol:
// newline-delimited JSON-RPC 2.0 on stdin/stdout, JSON log lines on stderr.
// This depends on Prisma's private CLI/engine protocol: versions are pinned exactly and
// tests/integration/prisma-cli.test.ts runs the real migrate flow so an upgrade that breaks it fails.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import readline from "node:readline";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { parse as parseArray } from "postgres-array";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
const ENGINES_VERSION = require("@prisma/engines-version/package.json").prisma.enginesVersion;

function log(level, message, extra = {}) {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: "schema_engine::logger" })}\n`,
  );
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") args.version = true;
    else if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "cli") args.cli = argv[++i];
  }
  return args;
}

/** pg connection config for a URL, honouring `?schema=` (trap 3: the adapter ignores it). */
function pgConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), ...(schema ? { options: `-c search_path="${schema}"` } : {}) };
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

// Catalog types the engine's introspection reads but @prisma/adapter-pg refuses ("Column type 'char'
// could not be deserialized"): pg hands them over as strings, so relabel them as text (trap 1).
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const AS_TEXT = new Set([
  18 /* "char" */, 22 /* int2vector */, 24 /* regproc */, 30 /* oidvector */, 194 /* pg_node_tree */,
  2205 /* regclass */, 2206 /* regtype */,
]);
const AS_TEXT_ARRAY = new Set([1003 /* name[] */, 1002 /* "char"[] */]);

function relabelling(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    result.fields.forEach((field, i) => {
      if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
      else if (AS_TEXT_ARRAY.has(field.dataTypeID)) {
        field.dataTypeID = TEXT_ARRAY_OID;
        for (const row of result.rows) if (typeof row[i] === "string") row[i] = parseArray(row[i]);
      }
    });
    return result;
  };
  // Trap 6: the adapter runs a script by splitting it at every ";", which breaks function bodies
  // ($$ ... ; ... $$) in migrations. PostgreSQL runs a multi-statement script as one simple query.
  if (queryable.executeScript && queryable.client) {
    queryable.executeScript = async (script) => {
      try {
        await queryable.client.query(script);
      } catch (error) {
        queryable.onError(error);
      }
    };
  }
  if (queryable.startTransaction) {
    const start = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...a) => relabelling(await start(...a));
  }
  return queryable;
}

/** A migration-aware adapter factory whose shadow database really is a separate database (trap 2). */
function adapterFactory(datasource) {
  if (!datasource?.url) {
    // The engine always wants an adapter; commands that need no database never connect.
    const missing = async () => {
      throw new Error("No database URL: set DATABASE_URL (prisma.config.ts reads it)");
    };
    return { provider: "postgres", adapterName: "@prisma/adapter-pg", connect: missing, connectToShadowDb: missing };
  }
  const main = new PrismaPg(pgConfig(datasource.url));
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => relabelling(await main.connect()),
    connectToShadowDb: async () => {
      if (datasource.shadowDatabaseUrl)
        return relabelling(await new PrismaPg(pgConfig(datasource.shadowDatabaseUrl)).connect());
      const name = `prisma_shadow_${process.pid}_${Date.now()}`;
      const admin = new pg.Client(pgConfig(datasource.url));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg(pgConfig(withDatabase(datasource.url, name))).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return relabelling(shadow);
    },
  };
}

// The wasm glue reports Rust panics here before throwing a RuntimeError.
const panics = {
  message: "",
  set_message(message) {
    this.message = message;
  },
};
globalThis.PRISMA_WASM_PANIC_REGISTRY = panics;

let factory;

async function loadEngine(args) {
  const wasmPath = join(dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(args.datasource));
  const onLog = (line) => process.stderr.write(`${String(line).trimEnd()}\n`);
  return glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, onLog, factory);
}

/** The engine names JS errors thrown inside the adapter only by id; show the real message. */
function errorMessage(error) {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  return message.replace(
    /External error id#(\d+)/g,
    (whole, id) => factory?.errorRegistry.consumeError(Number(id))?.error?.message ?? whole,
  );
}

/** The engine rejects with a JSON-encoded user-facing error or a plain message; map both to the binary's shape. */
function rpcError(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    const message = panics.message || error.message;
    return { code: 4466, message, data: { is_panic: true, message, error: { message }, meta: null, error_code: null } };
  }
  const message = errorMessage(error);
  let data = { is_panic: false, message, meta: null, error_code: null };
  try {
    const parsed = JSON.parse(message);
    if (parsed && typeof parsed === "object")
      data = {
        is_panic: !!parsed.is_panic,
        message: parsed.message ?? message,
        meta: parsed.meta ?? null,
        error_code: parsed.error_code ?? null,
      };
  } catch {
    // not JSON: keep the plain message
  }
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

/** `<bin> --datasource '{"url":...}' cli can-connect-to-database | create-database | drop-database` */
async function runCliCommand(command, datasource) {
  const url = datasource?.url;
  if (!url) throw new Error("--datasource with a url is required");
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.slice(1)) || "postgres";
  const admin = new pg.Client(pgConfig(withDatabase(url, "postgres")));
  await admin.connect();
  try {
    if (command === "can-connect-to-database") {
      const client = new pg.Client(pgConfig(url));
      await client.connect();
      await client.end();
    } else if (command === "create-database") {
      await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
      process.stdout.write(`Database '${database}' was successfully created.\n`);
    } else if (command === "drop-database") {
      await admin.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`);
      process.stdout.write(`The database was successfully dropped.\n`);
    } else {
      throw new Error(`unknown cli command: ${command}`);
    }
  } finally {
    await admin.end();
  }
}

async function serve(args) {
  // Trap 4: if start-up fails the CLI exits 0 with no output, so keep serving and answer every request with the error.
  let engine;
  let startupError;
  const provider = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"([^"]+)"/.exec(
    args.datamodels.map((f) => readFileSync(f, "utf8")).join("\n"),
  )?.[1];
  if (provider && provider !== "postgresql")
    startupError = new Error(`this offline schema engine supports provider "postgresql" only, not "${provider}"`);
  else {
    try {
      engine = await loadEngine(args);
    } catch (e) {
      startupError = e;
    }
  }
  if (startupError) log("ERROR", errorMessage(startupError));

  let nextPrintId = 1_000_000;
  const send = (msg) => process.stdout.write(`${JSON.stringify(msg)}\n`);
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let queue = Promise.resolve();
  rl.on("line", (line) => {
    if (!line.trim()) return;
    const req = JSON.parse(line);
    if (!req.method) return; // the CLI's answer to one of our "print" requests
    queue = queue.then(async () => {
      try {
        if (startupError) throw startupError;
        const method = req.method === "getDatabaseVersion" ? "version" : req.method;
        if (typeof engine[method] !== "function") throw new Error(`unknown method ${req.method}`);
        let result = await engine[method](req.params ?? {});
        if (method === "diff" && result?.stdout) {
          // The binary prints diffs through a "print" request to the CLI.
          send({
            jsonrpc: "2.0",
            id: nextPrintId++,
            method: "print",
            params: { content: result.stdout.replace(/\n$/, "") },
          });
          result = { exitCode: result.exitCode };
        }
        send({ jsonrpc: "2.0", id: req.id, result: result ?? null });
      } catch (e) {
        send({ jsonrpc: "2.0", id: req.id, error: rpcError(e) });
      }
    });
  });
  rl.on("close", () => queue.then(() => process.exit(0)));
}

// A Rust panic inside the engine surfaces as an uncaught RuntimeError: report it the way the
// native binary does (an ERROR log line, exit code 101), which the CLI shows as a panic.
process.on("uncaughtException", (e) => {
  log("ERROR", panics.message || errorMessage(e));
  process.exit(101);
});

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINES_VERSION}\n`);
} else if (args.cli) {
  runCliCommand(args.cli, args.datasource).catch((e) => {
    const code =
      e?.code === "ECONNREFUSED" || e?.code === "ENOTFOUND" ? "P1001" : e?.code === "3D000" ? "P1003" : undefined;
    log("ERROR", errorMessage(e), code ? { error_code: code } : {});
    process.exit(1);
  });
} else {
  serve(args);
}
