// New articles, announced by PostgreSQL (the article_published_notify trigger, see the workflow
// migration) to every API process, and fanned out in-process to that process's subscriptions.
import { type Database } from "../db/client.js";
import { type Logger } from "../logger.js";

export const ARTICLE_PUBLISHED_CHANNEL = "newsroom_article_published";

export type ArticleListener = (ids: string[]) => void;

/** One LISTEN per process; any number of in-process subscribers. */
export class ArticleBus {
  private readonly listeners = new Set<ArticleListener>();
  private stopListening: (() => Promise<void>) | undefined;

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
    for (const listener of this.listeners) {
      try {
        listener(ids);
      } catch (error) {
        this.log.error({ err: error }, "article listener failed");
      }
    }
  }

  subscribe(listener: ArticleListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.stopListening?.();
  }
}
