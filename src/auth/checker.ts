import { type AuthChecker } from "type-graphql";
import { type Context } from "../context.js";
import { AuthenticationError, ForbiddenError } from "../errors.js";
import { hasRole, isRole } from "./principal.js";

/**
 * TypeGraphQL's auth checker for `@Authorized("editor")` and the like: no principal is
 * UNAUTHENTICATED, too small a role FORBIDDEN (both thrown, so clients see the right code).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const user = context.user;
  if (!user) throw new AuthenticationError();
  const required = roles.filter(isRole);
  if (required.length === 0 || required.some((r) => hasRole(user.role, r))) return true;
  throw new ForbiddenError(`this needs the ${required.join(" or ")} role; ${user.actor} has ${user.role ?? "none"}`);
};
