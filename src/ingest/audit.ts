// Who is writing: the writer records one revision per stored article under this name. Mutations pass
// their scope to the writer (WriteOptions.audit); the CLI and seed write as "cli:<os user>".
import { userInfo } from "node:os";
import { type RevisionAction } from "../generated/prisma/enums.js";

/** Who is writing, and (for edits) what they changed: read by the writer's audit step. */
export interface AuditScope {
  actor: string;
  action?: RevisionAction;
  changes?: Record<string, unknown>;
}

let cliActorName: string | undefined;

/** The scope of a write outside a mutation: the CLI's ("cli:<os user>"). */
export function cliAudit(): AuditScope {
  if (cliActorName === undefined) {
    try {
      cliActorName = `cli:${userInfo().username}`;
    } catch {
      cliActorName = "cli";
    }
  }
  return { actor: cliActorName };
}
