import { Role } from "../generated/prisma/enums.js";

export { Role };

/** Who is calling: an API token or a JSON Web Token's subject, with its role (null: none the API knows). */
export interface Principal {
  /** Recorded in revisions: "token:<name>" or "jwt:<subject>". */
  actor: string;
  role: Role | null;
  via: "token" | "jwt";
}

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** Whether `role` includes what `required` allows (admin ⊇ editor ⊇ reader). */
export function hasRole(role: Role | null, required: Role): boolean {
  return role !== null && RANK[role] >= RANK[required];
}

/** The largest role among the names given (a JWT claim may list several); null when none is known. */
export function highestRole(names: unknown): Role | null {
  const list = Array.isArray(names) ? names : [names];
  let best: Role | null = null;
  for (const name of list) {
    if (typeof name !== "string") continue;
    const role = name.toLowerCase() as Role;
    if (role in RANK && (best === null || RANK[role] > RANK[best])) best = role;
  }
  return best;
}

export function isRole(value: string): value is Role {
  return value in RANK;
}
