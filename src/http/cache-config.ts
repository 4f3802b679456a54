// What the caching edge reads from the environment: the trusted-documents switch and the purge
// targets. Checked at start like the rest of the configuration; every problem named.
import { type TrustedDocumentsMode, trustedDocumentsMode } from "./trusted-documents.js";

export interface CacheOptions {
  /** NEWSROOM_TRUSTED_DOCUMENTS: `allow` (default) or `only`. */
  trustedDocuments: TrustedDocumentsMode;
  /** NEWSROOM_PURGE_URL: where purges go (comma-separated: every Varnish node); empty: no purges sent. */
  purgeUrls: string[];
  /** NEWSROOM_PURGE_HEADER: the header that carries the tags of a purge (default `xkey-purge`). */
  purgeHeader: string;
  /** NEWSROOM_PURGE_METHOD: `PURGE` (Varnish, default) or `POST` (a webhook, tags also as JSON body). */
  purgeMethod: "PURGE" | "POST";
  /**
   * NEWSROOM_PURGE_ECHO_MS: every purge is sent again this much later (default 500), for answers computed
   * just before the write was visible; with read replicas, set it above the lag they are allowed.
   */
  purgeEchoMs: number;
}

export const DEFAULT_CACHE_OPTIONS: CacheOptions = {
  trustedDocuments: "allow",
  purgeUrls: [],
  purgeHeader: "xkey-purge",
  purgeMethod: "PURGE",
  purgeEchoMs: 500,
};

/** Reads the caching variables; throws one Error whose lines are the problems found. */
export function loadCacheOptions(env: NodeJS.ProcessEnv = process.env): CacheOptions {
  const problems: string[] = [];
  let trustedDocuments: TrustedDocumentsMode = "allow";
  try {
    trustedDocuments = trustedDocumentsMode(env.NEWSROOM_TRUSTED_DOCUMENTS);
  } catch (error) {
    problems.push((error as Error).message);
  }
  const purgeUrls = (env.NEWSROOM_PURGE_URL ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  for (const url of purgeUrls) {
    if (!/^https?:\/\/[^/]+/.test(url))
      problems.push(`NEWSROOM_PURGE_URL must hold http(s) URLs, got "${url.slice(0, 80)}"`);
  }
  const purgeHeader = env.NEWSROOM_PURGE_HEADER || DEFAULT_CACHE_OPTIONS.purgeHeader;
  if (!/^[A-Za-z0-9-]{1,64}$/.test(purgeHeader)) {
    problems.push(`NEWSROOM_PURGE_HEADER must be a header name, got "${purgeHeader.slice(0, 80)}"`);
  }
  const method = (env.NEWSROOM_PURGE_METHOD || "PURGE").toUpperCase();
  if (method !== "PURGE" && method !== "POST") {
    problems.push(`NEWSROOM_PURGE_METHOD must be PURGE or POST, got "${method.slice(0, 20)}"`);
  }
  const echoRaw = env.NEWSROOM_PURGE_ECHO_MS;
  const purgeEchoMs = echoRaw === undefined || echoRaw === "" ? DEFAULT_CACHE_OPTIONS.purgeEchoMs : Number(echoRaw);
  if (!Number.isInteger(purgeEchoMs) || purgeEchoMs < 0 || purgeEchoMs > 60_000) {
    problems.push(
      `NEWSROOM_PURGE_ECHO_MS must be a whole number from 0 to 60000, got "${String(echoRaw).slice(0, 20)}"`,
    );
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return {
    trustedDocuments,
    purgeUrls,
    purgeHeader,
    purgeMethod: method as CacheOptions["purgeMethod"],
    purgeEchoMs,
  };
}
