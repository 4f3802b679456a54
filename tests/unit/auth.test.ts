import { describe, expect, it } from "vitest";
import { hasRole, highestRole } from "../../src/auth/principal.js";
import { generateToken, hashToken, looksLikeApiToken } from "../../src/auth/tokens.js";

describe("roles", () => {
  it("orders reader < editor < admin", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("reader", "editor")).toBe(false);
    expect(hasRole(null, "reader")).toBe(false);
  });

  it("reads the largest known role from a JWT claim (string or array, any case)", () => {
    expect(highestRole("Editor")).toBe("editor");
    expect(highestRole(["reader", "admin", "editor"])).toBe("admin");
    expect(highestRole(["viewer", 7])).toBeNull();
    expect(highestRole(undefined)).toBeNull();
  });
});

describe("API tokens", () => {
  it("are 256 random bits with a recognisable prefix, stored as an HMAC-SHA-256", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).toMatch(/^nrg_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(looksLikeApiToken(a)).toBe(true);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toBe(hashToken(b));
  });
});
