import { pino } from "pino";

/**
 * The process-wide structured logger (JSON lines on stdout). Lines written for a request go through the
 * request's child logger (the GraphQL context's `log`), which adds its id.
 */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(1)) {
  return pino({ level, base: undefined }, destination);
}

export type Logger = ReturnType<typeof createLogger>;
