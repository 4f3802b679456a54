import { pino } from "pino";
import { currentRequest } from "./observability.js";

/** The process-wide structured logger (JSON lines on stdout); lines written for a request carry its id. */
export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(1)) {
  return pino(
    {
      level,
      base: undefined,
      mixin: () => {
        const request = currentRequest.getStore();
        return request ? { requestId: request.id } : {};
      },
    },
    destination,
  );
}

export type Logger = ReturnType<typeof createLogger>;
