import { loadConfig } from "../config.js";
import { openCurrentDatabase } from "../db/client.js";
import { isRole } from "./principal.js";
import { TOKEN_USAGE } from "./token-usage.js";
import { createToken, listTokens, revokeToken, TokenError } from "./tokens.js";

/** `newsroom token create|list|revoke`: exit code. */
export async function tokenCommand(args: string[], options: { role?: string; name?: string }): Promise<number> {
  const [action, ...rest] = args;
  if (action === "create") {
    if (!options.role || !isRole(options.role)) {
      console.error("error: token create needs --role reader, editor or admin");
      return 2;
    }
    if (!options.name) {
      console.error('error: token create needs --name, e.g. --name "CMS import"');
      return 2;
    }
  } else if (action === "revoke") {
    if (rest.length !== 1) {
      console.error("error: token revoke needs exactly one NAME");
      return 2;
    }
  } else if (action !== "list") {
    console.error(`error: unknown token command "${action ?? ""}"\n${TOKEN_USAGE}`);
    return 2;
  }
  const db = await openCurrentDatabase(loadConfig());
  try {
    if (action === "create") {
      const token = await createToken(db.prisma, options.name!, options.role as never);
      console.log(`created ${options.role} token "${options.name!.trim()}"; it is shown only now, store it safely:`);
      console.log(token);
      return 0;
    }
    if (action === "revoke") {
      const done = await revokeToken(db.prisma, rest[0]!);
      if (!done) {
        console.error(`error: no active token named "${rest[0]}"`);
        return 1;
      }
      console.log(`revoked "${rest[0]}"`);
      return 0;
    }
    const rows = await listTokens(db.prisma);
    if (rows.length === 0) console.log("no tokens");
    for (const t of rows) {
      const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "never");
      console.log(
        `${t.name}\t${t.role}\tcreated ${day(t.createdAt)}\tlast used ${day(t.lastUsedAt)}${t.revokedAt ? `\trevoked ${day(t.revokedAt)}` : ""}`,
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof TokenError) {
      console.error(`error: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await db.close();
  }
}
