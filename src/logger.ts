import { pino } from "pino";

/** The process-wide structured logger (JSON lines on stdout). */
export function createLogger(level: string) {
  return pino({ level, base: undefined });
}

export type Logger = ReturnType<typeof createLogger>;
