// Clean-ups that must also run on Ctrl-C: stopping servers, deleting the articles the ingest step added.

const pending = new Set<() => Promise<void>>();
let interrupted = false;

/**
 * Runs `body`, then `cleanup` (also on errors, and on SIGINT/SIGTERM while `body` runs). Once a signal
 * came, it never returns: what follows must not start while the clean-ups run and the process exits.
 */
export async function withCleanup<T>(cleanup: () => Promise<void>, body: () => Promise<T>): Promise<T> {
  let done: Promise<void> | undefined;
  const once = () => (done ??= cleanup());
  pending.add(once);
  try {
    return await body();
  } finally {
    pending.delete(once);
    await once();
    if (interrupted) await new Promise(() => {});
  }
}

/** On SIGINT or SIGTERM, runs the pending clean-ups (newest first) and exits. */
export function cleanUpOnSignals(): void {
  const onSignal = async (signal: NodeJS.Signals) => {
    interrupted = true;
    console.error(`\n${signal}: cleaning up`);
    for (const cleanup of [...pending].reverse()) {
      await cleanup().catch((e: unknown) =>
        console.error(`clean-up failed: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}
