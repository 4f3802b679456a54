import { resolve } from "node:path";

/** Everything the process reads from its environment, read once. */
export interface Config {
  /** PostgreSQL server to use; without it the embedded database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** Streaming replicas of DATABASE_URL that queries read from (DATABASE_REPLICA_URLS, comma-separated). */
  replicaUrls: string[];
  /** Replicas further behind than this are not read from (NEWSROOM_REPLICA_MAX_LAG_SECONDS). */
  replicaMaxLagSeconds: number;
  dataDir: string;
  port: number;
  production: boolean;
  /** NEWSROOM_EXPLORER=true: serve the offline explorer, and so introspection, in production too. */
  explorer: boolean;
  logLevel: string;
  /** Longest a statement of an API request may run (PostgreSQL statement_timeout), in ms. */
  statementTimeoutMs: number;
  /** Reads without a token (NEWSROOM_ANONYMOUS_READ, default true); false requires a reader token. */
  anonymousRead: boolean;
  /** Browser origins allowed by CORS (NEWSROOM_CORS_ORIGINS, comma-separated); empty: none. */
  corsOrigins: string[];
  /** JSON Web Tokens of the newsroom's identity provider; undefined when not configured. */
  jwt: JwtConfig | undefined;
  /** Failed authentications per client address and minute before it is refused (NEWSROOM_AUTH_FAILURES_PER_MINUTE). */
  authFailuresPerMinute: number;
  /** NEWSROOM_REQUEST_DATABASE_TIME=true: databaseMs and statements in each request's log line (costs Node CPU). */
  requestDatabaseTime: boolean;
}

export interface JwtConfig {
  issuer: string;
  audience: string;
  /** A JWKS file path or an https URL. */
  jwks: string;
  /** The claim that carries the role (a string or an array of strings). */
  roleClaim: string;
  /** Accept tokens without an `exp` claim (NEWSROOM_JWT_ALLOW_NO_EXP=true); default false: they never expire, so they are refused. */
  allowNoExp?: boolean;
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
  const replicaUrls = (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  for (const [i, url] of replicaUrls.entries()) {
    if (!/^postgres(ql)?:\/\//.test(url))
      problems.push(
        `DATABASE_REPLICA_URLS: value ${i + 1} is not a PostgreSQL URL (postgresql://user@host:5432/database)`,
      );
  }
  if (replicaUrls.length > 0 && !env.DATABASE_URL)
    problems.push("DATABASE_REPLICA_URLS needs DATABASE_URL: the replicas' primary");
  const replicaMaxLagSeconds = integer("NEWSROOM_REPLICA_MAX_LAG_SECONDS", 5, 1, 3600);
  const explorer = env.NEWSROOM_EXPLORER ?? "";
  if (!["", "true", "false"].includes(explorer))
    problems.push(`NEWSROOM_EXPLORER must be "true" or "false", got "${explorer}"`);
  const authFailuresPerMinute = integer("NEWSROOM_AUTH_FAILURES_PER_MINUTE", 10, 1, 1_000_000);
  const anonymousReadRaw = (env.NEWSROOM_ANONYMOUS_READ ?? "").trim().toLowerCase();
  if (!["", "true", "false"].includes(anonymousReadRaw)) {
    problems.push(`NEWSROOM_ANONYMOUS_READ must be true or false, got "${env.NEWSROOM_ANONYMOUS_READ}"`);
  }
  const corsOrigins = (env.NEWSROOM_CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  for (const origin of corsOrigins) {
    let valid = false;
    try {
      valid = new URL(origin).origin === origin;
    } catch {}
    if (!valid) problems.push(`NEWSROOM_CORS_ORIGINS: "${origin}" is not an origin like https://cms.example.org`);
  }
  const jwtKeys = ["NEWSROOM_JWT_ISSUER", "NEWSROOM_JWT_AUDIENCE", "NEWSROOM_JWT_JWKS"] as const;
  const jwtSet = jwtKeys.filter((k) => env[k]);
  if (jwtSet.length > 0 && jwtSet.length < jwtKeys.length) {
    problems.push(
      `JSON Web Tokens need all of ${jwtKeys.join(", ")}; missing ${jwtKeys.filter((k) => !env[k]).join(", ")}`,
    );
  }
  const allowNoExpRaw = (env.NEWSROOM_JWT_ALLOW_NO_EXP ?? "").trim().toLowerCase();
  if (!["", "true", "false"].includes(allowNoExpRaw)) {
    problems.push(`NEWSROOM_JWT_ALLOW_NO_EXP must be true or false, got "${env.NEWSROOM_JWT_ALLOW_NO_EXP}"`);
  }
  const requestDatabaseTime = (env.NEWSROOM_REQUEST_DATABASE_TIME ?? "").trim().toLowerCase();
  if (!["", "true", "false"].includes(requestDatabaseTime)) {
    problems.push(`NEWSROOM_REQUEST_DATABASE_TIME must be true or false, got "${env.NEWSROOM_REQUEST_DATABASE_TIME}"`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    replicaUrls,
    replicaMaxLagSeconds,
    dataDir: resolve(env.NEWSROOM_DATA_DIR ?? ".data"),
    port,
    production: env.NODE_ENV === "production",
    explorer: explorer === "true",
    logLevel,
    statementTimeoutMs,
    anonymousRead: anonymousReadRaw !== "false",
    corsOrigins,
    jwt:
      jwtSet.length === jwtKeys.length
        ? {
            issuer: env.NEWSROOM_JWT_ISSUER!,
            audience: env.NEWSROOM_JWT_AUDIENCE!,
            jwks: env.NEWSROOM_JWT_JWKS!,
            roleClaim: env.NEWSROOM_JWT_ROLE_CLAIM || "role",
            allowNoExp: allowNoExpRaw === "true",
          }
        : undefined,
    authFailuresPerMinute,
    requestDatabaseTime: requestDatabaseTime === "true",
  };
}
