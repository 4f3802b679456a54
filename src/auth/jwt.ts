// JSON Web Tokens of the newsroom's identity provider (single sign-on), verified with jose.
import { readFileSync } from "node:fs";
import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { type JwtConfig } from "../config.js";
import { highestRole, type Principal } from "./principal.js";

export type JwtVerifier = (token: string) => Promise<Principal | null>;

/** Keys from a JWKS URL (fetched and cached by jose) or a JWKS file (read once). */
function keySet(jwks: string): JWTVerifyGetKey {
  if (/^https?:\/\//.test(jwks)) return createRemoteJWKSet(new URL(jwks));
  return createLocalJWKSet(JSON.parse(readFileSync(jwks, "utf8")));
}

/**
 * Verifies signature, expiry, issuer and audience; a token without `exp` fails too unless
 * `allowNoExp` (it would never expire). The principal's role comes from the configured claim (a
 * string or an array; the largest known role wins; null when none is known). Null for any token that fails.
 */
export function createJwtVerifier(config: JwtConfig): JwtVerifier {
  const keys = keySet(config.jwks);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: 5,
        requiredClaims: config.allowNoExp ? [] : ["exp"],
      });
      if (typeof payload.sub !== "string" || payload.sub.length === 0) return null;
      return { actor: `jwt:${payload.sub}`, role: highestRole(payload[config.roleClaim]), via: "jwt" };
    } catch {
      return null;
    }
  };
}

export function looksLikeJwt(token: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);
}
