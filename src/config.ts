import { resolve } from "node:path";

/** Everything the process reads from its environment, read once. */
export interface Config {
  /** PostgreSQL server to use; without it the embedded database in `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  production: boolean;
  /** NEWSROOM_EXPLORER=true: serve the offline explorer, and so introspection, in production too. */
  explorer: boolean;
  logLevel: string;
  /** Longest a statement of an API request may run (PostgreSQL statement_timeout), in ms. */
  statementTimeoutMs: number;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** The configuration could not be read: one line per problem, for the operator. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

/** Reads and checks the environment; every problem is reported at once, before anything is opened. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name];
    const value = raw === undefined || raw === "" ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  const port = integer("PORT", 4000, 0, 65535);
  const statementTimeoutMs = integer("NEWSROOM_STATEMENT_TIMEOUT_MS", 5000, 100, 600_000);
  const logLevel = env.LOG_LEVEL || (env.NODE_ENV === "test" ? "silent" : "info");
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${logLevel}"`);
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    problems.push("DATABASE_URL must be a PostgreSQL URL (postgresql://user@host:5432/database)");
  }
  const explorer = env.NEWSROOM_EXPLORER ?? "";
  if (!["", "true", "false"].includes(explorer))
    problems.push(`NEWSROOM_EXPLORER must be "true" or "false", got "${explorer}"`);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.NEWSROOM_DATA_DIR ?? ".data"),
    port,
    production: env.NODE_ENV === "production",
    explorer: explorer === "true",
    logLevel,
    statementTimeoutMs,
  };
}
