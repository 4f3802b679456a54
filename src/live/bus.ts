// New articles, announced by PostgreSQL (the article_published_notify trigger, see the workflow
// migration) to every API process, and fanned out in-process to that process's subscriptions.
import { type Database } from "../db/client.js";
import { type Logger } from "../logger.js";

export const ARTICLE_PUBLISHED_CHANNEL = "newsroom_article_published";

/**
 * One announcement: the new articles' ids, and the work its subscribers share (which ids match a
 * filter, an article loaded with a selection), done once per distinct filter or selection.
 */
export class PublishedBatch {
  private readonly shared = new Map<string, Promise<unknown>>();

  constructor(readonly ids: string[]) {}

  /** The result of `work` for `key`, computed by the first subscriber that asks. */
  once<T>(key: string, work: () => Promise<T>): Promise<T> {
    let result = this.shared.get(key) as Promise<T> | undefined;
    if (!result) {
      result = work();
      this.shared.set(key, result);
    }
    return result;
  }
}

export type ArticleListener = (batch: PublishedBatch) => void;

/** Subscribers let through per turn of the event loop when a batch is delivered. */
const DELIVERIES_PER_TURN = 50;

/** One LISTEN per process; any number of in-process subscribers. */
export class ArticleBus {
  private readonly listeners = new Set<ArticleListener>();
  private stopListening: (() => Promise<void>) | undefined;
  private readonly waiting: Array<() => void> = [];
  private turnScheduled = false;

  private constructor(private readonly log: Logger) {}

  static async start(db: Database, log: Logger): Promise<ArticleBus> {
    const bus = new ArticleBus(log);
    bus.stopListening = await db.listen(
      ARTICLE_PUBLISHED_CHANNEL,
      (payload) => bus.publish(payload),
      (state, error) => {
        if (state === "lost")
          log.warn(
            { reason: String(error ?? "connection ended").slice(0, 200) },
            "LISTEN connection lost; reconnecting",
          );
        else log.debug("listening for published articles");
      },
    );
    return bus;
  }

  private publish(payload: string): void {
    const ids = payload.split(",").filter((id) => /^[0-9a-f-]{36}$/.test(id));
    if (ids.length === 0) return;
    const batch = new PublishedBatch(ids);
    for (const listener of this.listeners) {
      try {
        listener(batch);
      } catch (error) {
        this.log.error({ err: error }, "article listener failed");
      }
    }
  }

  subscribe(listener: ArticleListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves when this subscriber may deliver: DELIVERIES_PER_TURN per turn of the event loop, so a
   * fan-out to thousands of subscribers lets HTTP requests in between instead of holding the loop.
   */
  turn(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.scheduleTurn();
    });
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      for (const resolve of this.waiting.splice(0, DELIVERIES_PER_TURN)) resolve();
      if (this.waiting.length > 0) this.scheduleTurn();
    });
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    for (const resolve of this.waiting.splice(0)) resolve();
    await this.stopListening?.();
  }
}
