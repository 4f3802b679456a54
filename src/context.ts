import { type PrismaClient } from "./db/client.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { type Logger } from "./logger.js";

/** What every resolver gets. Built once per request by createContext, and only there. */
export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  log: Logger;
}

export function createContext({ prisma, log }: { prisma: PrismaClient; log: Logger }): Context {
  return { prisma, log, loaders: createLoaders(prisma) };
}
