import pg from "pg";

/**
 * LISTENs on one channel over one dedicated connection (not from the pool: a pooled connection
 * would be handed to other queries), reconnecting with backoff when the connection is lost.
 * Notifications sent while disconnected are lost (PostgreSQL queues them only for live listeners).
 */
export async function listenOnServer(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onState: (state: "connected" | "lost", error?: unknown) => void = () => {},
): Promise<() => Promise<void>> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name "${channel}"`);
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 100;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    client = c;
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost || stopped) return;
      lost = true;
      onState("lost", error);
      c.end().catch(() => {});
      retry = setTimeout(() => connect().catch(() => {}), delay);
      delay = Math.min(delay * 2, 5000);
    };
    c.on("notification", (m) => {
      if (m.channel === channel) onPayload(m.payload ?? "");
    });
    c.on("error", onLost);
    c.on("end", () => onLost());
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      delay = 100;
      onState("connected");
    } catch (error) {
      onLost(error);
      throw error;
    }
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
