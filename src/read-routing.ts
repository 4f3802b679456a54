// Which database a request reads from, when DATABASE_REPLICA_URLS names replicas (src/db/replicas.ts).
//
// Queries read from a replica; mutations, and everything a subscription does, use the primary.
// Read-your-writes: a mutation's response carries X-Newsroom-Write-Position (the primary's WAL
// position after it committed), and the position is kept per principal on the primary. A later
// query reads from a replica only once it has replayed the principal's last write position and
// any X-Newsroom-Read-After position the client sends back (for clients that share no token with
// the writer, such as a front end after a CMS publish); until then it reads from the primary.
// X-Newsroom-Read-From tells which database answered.
import { type ApolloServerPlugin } from "@apollo/server";
import { type Context, readFrom } from "./context.js";
import { type Database } from "./db/client.js";
import { isWalPosition, walPosition } from "./db/replicas.js";
import { lastWritePosition, recordWritePosition } from "./db/replicas.data.js";

const latest = (positions: Array<string | null | undefined>) =>
  positions.reduce<bigint | null>((max, p) => {
    if (!p || !isWalPosition(p)) return max;
    const value = walPosition(p);
    return max === null || value > max ? value : max;
  }, null);

export function readRouting(db: Database): ApolloServerPlugin<Context> {
  const { replicas } = db;
  if (!replicas) return {};
  return {
    async requestDidStart({ request }) {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "query") return;
          // The primary cannot say (it is down): the token check has failed the request already, or it was anonymous.
          const own = contextValue.user
            ? await lastWritePosition(db.prisma, contextValue.user.actor).catch(() => null)
            : null;
          const after = latest([request.http?.headers.get("x-newsroom-read-after"), own]);
          readFrom(contextValue, replicas.readerFor(after));
        },
        async willSendResponse({ operation, response, contextValue }) {
          if (operation?.operation === "query")
            response.http.headers.set("x-newsroom-read-from", contextValue.readFrom);
          if (operation?.operation !== "mutation") return;
          // Not recorded (the primary went away after the write): the next reads may briefly miss this write.
          const position = await recordWritePosition(db.prisma, contextValue.user?.actor ?? null).catch(() => null);
          if (position) response.http.headers.set("x-newsroom-write-position", position);
        },
      };
    },
  };
}
