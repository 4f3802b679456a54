// The API server as an operator runs it (`npm start` in its own process group), and its memory use.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import net from "node:net";
import { basename } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { withCleanup } from "./cleanup.js";
import { spawnGroup } from "./process.js";

export interface ChildServer {
  /** The GraphQL endpoint. */
  url: string;
  /** Process group id (= the pid of `npm start`). */
  pgid: number;
  /** Log lines of level warn and above the server wrote so far (at most 5 kept), and their count. */
  warnings: { count: number; first: string[] };
}

/** The first port from `from` on that nothing listens on. */
export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${from + 99}`);
}

/**
 * Starts `npm start` with the given database in production mode, detached into its own process group,
 * waits until GET /health answers 200 (failing with the server's output if it exits or takes 90 s),
 * runs `body`, and stops the group (SIGTERM, SIGKILL after 5 s) afterwards, also on errors and Ctrl-C.
 * `cwd`: the checkout to start (default: this one).
 */
export async function withChildServer<T>(
  databaseUrl: string,
  port: number,
  body: (server: ChildServer) => Promise<T>,
  cwd?: string,
): Promise<T> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    PORT: String(port),
    LOG_LEVEL: "warn",
  };
  const npm = spawnGroup("npm", ["start"], env, cwd);
  let output = "";
  let partial = "";
  const warnings = { count: 0, first: [] as string[] };
  npm.child.stdout.on("data", (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      output = `${output + line}\n`.slice(-4000);
      if (/^\{.*"level":([4-9]\d)/.test(line) && ++warnings.count <= 5) warnings.first.push(line.slice(0, 500));
    }
  });
  npm.child.stderr.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  let exited = false;
  const onExit = () => (exited = true);
  npm.exited.then(onExit, onExit);

  return withCleanup(npm.stop, async () => {
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (exited) throw new Error(`npm start exited before /health answered:\n${output}`);
      if (Date.now() > deadline) throw new Error(`/health did not answer 200 within 90 s:\n${output}`);
      const status = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      await sleep(200);
    }
    return body({ url: `http://127.0.0.1:${port}/graphql`, pgid: npm.pgid, warnings });
  });
}

interface ProcInfo {
  pid: number;
  ppid: number;
  /** The executable's file name ("node", "sh"; npm's is node too). */
  exe: string;
  cmdline: string;
}

/** The processes of a process group, from /proc. */
function groupMembers(pgid: number): ProcInfo[] {
  const members: ProcInfo[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
      const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) !== pgid) continue;
      const exe = basename(readlinkSync(`/proc/${entry}/exe`));
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      members.push({ pid: Number(entry), ppid: Number(ppid), exe, cmdline });
    } catch {
      // the process ended while we looked
    }
  }
  return members;
}

/** The server: the node process deepest in the group's tree (npm -> sh -> [tsx ->] node). */
function serverProcess(members: ProcInfo[]): ProcInfo | undefined {
  const depth = (m: ProcInfo): number => {
    const parent = members.find((p) => p.pid === m.ppid);
    return parent ? 1 + depth(parent) : 0;
  };
  const nodes = members.filter((m) => m.exe === "node");
  return nodes.sort((a, b) => depth(b) - depth(a))[0];
}

/** A started server's process group and, among its processes, the server. */
function findServer(pgid: number): { members: ProcInfo[]; server: ProcInfo } {
  const members = groupMembers(pgid);
  const server = serverProcess(members);
  if (!server) throw new Error(`no node process in group ${pgid}: ${members.map((m) => m.cmdline).join("; ")}`);
  return { members, server };
}

/** The pid of a started server's node process, for its CPU time. */
export const serverPid = (pgid: number): number => findServer(pgid).server.pid;

/** VmRSS in bytes, 0 once the process is gone. */
function rssBytes(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export interface RssPeak {
  /** Peak VmRSS of the server's node process (the one the start script runs). */
  serverBytes: number;
  /** Peak of the summed VmRSS of the whole group (npm, sh, the server and anything else they started). */
  groupBytes: number;
  /** The group's processes by their command's first word, e.g. ["npm", "sh", "node"]. */
  processes: string[];
  samples: number;
}

/**
 * Samples the RSS of a started server's process group every `intervalMs` until stopped. The group's
 * processes are those at the start; the server is the deepest node process among them.
 */
export function sampleRss(pgid: number, intervalMs = 250): { peak(): RssPeak; stop(): void } {
  const { members, server } = findServer(pgid);
  const processes = members.map((m) => basename(m.cmdline.split(" ")[0] ?? m.exe));
  const peak: RssPeak = { serverBytes: 0, groupBytes: 0, processes, samples: 0 };
  const sample = () => {
    const sizes = members.map((m) => ({ pid: m.pid, bytes: rssBytes(m.pid) }));
    peak.serverBytes = Math.max(peak.serverBytes, sizes.find((s) => s.pid === server.pid)!.bytes);
    peak.groupBytes = Math.max(
      peak.groupBytes,
      sizes.reduce((sum, s) => sum + s.bytes, 0),
    );
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    peak: () => {
      sample();
      return { ...peak };
    },
    stop: () => clearInterval(timer),
  };
}
