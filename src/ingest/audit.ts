// Who is writing: the writer records one revision per stored article under this name. Mutations run
// the writer inside withAudit; the CLI and seed write as "cli:<os user>".
import { AsyncLocalStorage } from "node:async_hooks";
import { userInfo } from "node:os";
import { type RevisionAction } from "../generated/prisma/enums.js";

/** Who is writing, and (for edits) what they changed: read by the writer's audit step. */
export interface AuditScope {
  actor: string;
  action?: RevisionAction;
  changes?: Record<string, unknown>;
}

const auditScope = new AsyncLocalStorage<AuditScope>();

/** Runs `fn` (which calls the writer) so that the revisions it records name `scope.actor`. */
export function withAudit<T>(scope: AuditScope, fn: () => Promise<T>): Promise<T> {
  return auditScope.run(scope, fn);
}

let cliActorName: string | undefined;

/** The scope of the running write: the mutation's, or the CLI's ("cli:<os user>"). */
export function currentAudit(): AuditScope {
  const scope = auditScope.getStore();
  if (scope) return scope;
  if (cliActorName === undefined) {
    try {
      cliActorName = `cli:${userInfo().username}`;
    } catch {
      cliActorName = "cli";
    }
  }
  return { actor: cliActorName };
}
