import { type Principal } from "./auth/principal.js";
import { type PrismaClient } from "./db/client.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { type Logger } from "./logger.js";
import { type RequestRecord } from "./observability.js";

/** What every resolver gets. Built once per request by createContext, and only there. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  /** The request's logger (its lines carry the request's id), or the process's for a WebSocket operation. */
  log: Logger;
  /** The HTTP request's record (src/observability.ts); none for a WebSocket operation. */
  request?: RequestRecord;
  /** Who sent the request (an API token or a JSON Web Token); null when anonymous. */
  user: Principal | null;
  /** The database the request reads from: "primary", or a replica's name (src/read-routing.ts). */
  readFrom: string;
}

export function createContext({
  prisma,
  log,
  user = null,
  request,
}: {
  prisma: PrismaClient;
  log: Logger;
  user?: Principal | null;
  request?: RequestRecord;
}): Context {
  return { prisma, log, request, user, loaders: createLoaders(prisma), readFrom: "primary" };
}

/** Points a query's resolvers at a read replica; decided once the operation is known, before it runs. */
export function readFrom(context: Context, reader: { name: string; prisma: PrismaClient }): void {
  context.prisma = reader.prisma;
  context.loaders = createLoaders(reader.prisma);
  context.readFrom = reader.name;
}
