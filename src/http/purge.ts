// Purges: the tags PostgreSQL announces on newsroom_cache_purge (prisma/migrations/*_cache_purge),
// whoever wrote, are sent to every configured cache (Varnish with xkey, or a webhook). A purge that
// fails is logged and counted, never retried forever: the answer then lives at most its max-age.
import { Counter, type Registry } from "prom-client";
import { type Database } from "../db/client.js";
import { type Logger } from "../logger.js";
import { ALL_TAG } from "../modules/entity/cache-tags.js";
import { type CacheOptions } from "./cache-config.js";

export const CACHE_PURGE_CHANNEL = "newsroom_cache_purge";

/** Notifications of one transaction (and of a burst of ingests) are sent as one purge. */
const COALESCE_MS = 5;
/** Longest tag list per purge request: headers over 8 KB are refused by Varnish's defaults. */
const MAX_PURGE_HEADER_BYTES = 4000;
const PURGE_TIMEOUT_MS = 2000;
/** One retry a little later: a cache that restarts or drops a connection gets a second chance. */
const RETRY_DELAY_MS = 250;

/** Splits tags into space-separated lists of at most `maxBytes`. */
export function tagChunks(tags: Iterable<string>, maxBytes = MAX_PURGE_HEADER_BYTES): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const t of tags) {
    if (current && Buffer.byteLength(current) + 1 + Buffer.byteLength(t) > maxBytes) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current} ${t}` : t;
  }
  if (current) chunks.push(current);
  return chunks;
}

export interface Purger {
  /** Purges these tags now (also what the LISTEN connection calls). */
  purge(tags: Iterable<string>): void;
  /** Resolves when every purge asked for so far has been sent (or has failed). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** LISTENs for purge notifications and sends them to the configured targets; without a target, does nothing. */
export async function startPurger(options: {
  db: Database;
  log: Logger;
  registry: Registry;
  cache: CacheOptions;
}): Promise<Purger> {
  const { db, log, registry, cache } = options;
  const requests = new Counter({
    name: "newsroom_cache_purge_requests_total",
    help: "Purge requests sent to the caches (NEWSROOM_PURGE_URL; each purge twice, NEWSROOM_PURGE_ECHO_MS apart), by result: ok, or failed after a retry.",
    labelNames: ["result"],
    registers: [registry],
  });
  const tagsSent = new Counter({
    name: "newsroom_cache_purge_tags_total",
    help: "Cache tags purged (each counted once per purge, whatever the number of targets).",
    registers: [registry],
  });
  const notifications = new Counter({
    name: "newsroom_cache_purge_notifications_total",
    help: "Purge notifications received from PostgreSQL (channel newsroom_cache_purge).",
    registers: [registry],
  });
  if (cache.purgeUrls.length === 0) {
    return { purge: () => {}, settled: async () => {}, close: async () => {} };
  }

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();

  const send = async (url: string, tags: string): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(url, {
          method: cache.purgeMethod,
          headers: {
            [cache.purgeHeader]: tags,
            ...(cache.purgeMethod === "POST" ? { "content-type": "application/json" } : {}),
          },
          body: cache.purgeMethod === "POST" ? JSON.stringify({ tags: tags.split(" ") }) : undefined,
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        requests.inc({ result: "ok" });
        return;
      } catch (error) {
        if (attempt === 0) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
          continue;
        }
        requests.inc({ result: "failed" });
        log.warn(
          { target: new URL(url).host, tags: tags.slice(0, 200), reason: String(error).slice(0, 200) },
          "cache purge failed; the pages keep their max-age",
        );
        return;
      }
    }
  };

  const sendAll = (chunks: string[]) => {
    for (const chunk of chunks) {
      for (const url of cache.purgeUrls) {
        const sending = send(url, chunk).finally(() => inFlight.delete(sending));
        inFlight.add(sending);
      }
    }
  };
  const echoes = new Set<NodeJS.Timeout>();
  const flush = () => {
    timer = undefined;
    const tags = [...pending];
    pending.clear();
    tagsSent.inc(tags.length);
    const chunks = tagChunks(tags);
    // With read replicas, the caches fetch the pages again from them: purge once they have the write.
    if (db.replicas) {
      const waiting = db.replicas.replayed().then(() => sendAll(chunks));
      inFlight.add(waiting);
      void waiting.finally(() => inFlight.delete(waiting));
    } else sendAll(chunks);
    // An answer computed just before the write was visible (a slow fetch, a lagging replica) can reach
    // the cache after the first purge and stay stale for its max-age: purge once more, later.
    if (cache.purgeEchoMs === 0) return;
    const echo = setTimeout(() => {
      echoes.delete(echo);
      sendAll(chunks);
    }, cache.purgeEchoMs);
    echoes.add(echo);
  };

  const purge = (tags: Iterable<string>) => {
    for (const t of tags) if (t) pending.add(t);
    if (pending.size > 0 && !timer) timer = setTimeout(flush, COALESCE_MS);
  };

  let lost = false;
  const stop = await db.listen(
    CACHE_PURGE_CHANNEL,
    (payload) => {
      notifications.inc();
      purge(payload.split(" "));
    },
    (state, error) => {
      if (state === "lost") {
        lost = true;
        log.warn({ reason: String(error ?? "connection ended").slice(0, 200) }, "purge LISTEN connection lost");
      } else if (lost) {
        // Notifications sent while disconnected are gone: whatever they would have purged, purge everything.
        lost = false;
        log.warn("purge LISTEN connection back; purging every cached answer");
        purge([ALL_TAG]);
      }
    },
  );

  const settled = async () => {
    while (timer || inFlight.size > 0) {
      if (timer) {
        clearTimeout(timer);
        flush();
      }
      await Promise.all([...inFlight]);
    }
  };
  return {
    purge,
    settled,
    close: async () => {
      await stop();
      for (const echo of echoes) clearTimeout(echo);
      echoes.clear();
      await settled();
    },
  };
}
