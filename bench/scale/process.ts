// Child processes in their own process group, so that they and everything they start can be stopped together.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { type Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";

export interface GroupProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Process group id (= the child's pid). */
  pgid: number;
  /** Resolves to the exit code (null if killed by a signal) once the child has exited. */
  exited: Promise<number | null>;
  /** SIGTERM to the group, SIGKILL after 5 s if anything of it is left; resolves once the child has exited. */
  stop(): Promise<void>;
}

/** Sends `signal` to the group; false if no process of it is left. */
const signalGroup = (pgid: number, signal: NodeJS.Signals | 0) => {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
};

/** Spawns `command args` detached, in a new process group, with stdout and stderr piped (in `cwd` if given). */
export function spawnGroup(command: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): GroupProcess {
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env, cwd });
  const pgid = child.pid!;
  const exited = new Promise<number | null>((resolve, reject) => child.once("error", reject).once("exit", resolve));
  return {
    child,
    pgid,
    exited,
    async stop() {
      if (signalGroup(pgid, "SIGTERM")) {
        for (let waited = 0; waited < 5000 && signalGroup(pgid, 0); waited += 100) await sleep(100);
        signalGroup(pgid, "SIGKILL");
      }
      await exited.catch(() => {});
    },
  };
}
