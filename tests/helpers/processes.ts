// Real API server processes (src/main.ts under tsx), for tests that need more than one process.
import { type ChildProcess, spawn } from "node:child_process";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { ROOT } from "./run.js";

export interface ServerProcess {
  url: string;
  wsUrl: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `src/main.ts` on a free port against `databaseUrl`; resolves when it serves GraphQL. */
export function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(`${ROOT}/node_modules/.bin/tsx`, ["src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", NODE_ENV: "development", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in time:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /GraphQL ready at (http:\/\/localhost:\d+\/graphql)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      const url = match[1]!;
      resolve({
        url,
        wsUrl: url.replace(/^http/, "ws"),
        child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/**
 * A graphql-ws client (Node has no global WebSocket before 22). Lazy: connects with the first
 * subscription and closes after the last; not lazy: one socket for the client's life.
 */
export function wsClient(url: string, connectionParams?: Record<string, unknown>, lazy = true): Client {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy });
}
