// A varnishd of the test's own, with the shipped VCL (deploy/varnish/newsroom.vcl) pointed at a
// test server. Tests skip with a message when varnishd is not installed (apt-get install varnish varnish-modules).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const VCL_FILE = new URL("../../deploy/varnish/newsroom.vcl", import.meta.url);

/** Why Varnish tests cannot run here, or undefined when they can. */
export function varnishMissing(): string | undefined {
  const probe = spawnSync("varnishd", ["-V"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    return "varnishd is not installed (apt-get install -y varnish varnish-modules; .ci/run does it)";
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Varnish {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts varnishd in the foreground on a free port with the shipped VCL, its backend being `backendPort`. */
export async function startVarnish(backendPort: number): Promise<Varnish> {
  const dir = mkdtempSync(join(tmpdir(), "newsroom-varnish-"));
  const vcl = join(dir, "newsroom.vcl");
  const shipped = readFileSync(VCL_FILE, "utf8");
  const pointed = shipped.replace('.port = "4000";', `.port = "${backendPort}";`);
  if (pointed === shipped)
    throw new Error(`${VCL_FILE.pathname}: no '.port = "4000";' backend line to point at the test server`);
  writeFileSync(vcl, pointed);
  const port = await freePort();
  // As root, varnishd would switch to its own users, which cannot read a temporary folder: no jail then.
  const jail = process.getuid?.() === 0 ? ["-j", "none"] : [];
  const child: ChildProcess = spawn(
    "varnishd",
    ["-F", ...jail, "-a", `127.0.0.1:${port}`, "-f", vcl, "-n", join(dir, "work"), "-s", "malloc,64m", "-T", "none"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}: ${output.slice(-2000)}`);
    try {
      await fetch(`${origin}/health`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`varnishd did not answer on ${origin} within 30 s: ${output.slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
