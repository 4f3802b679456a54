import { Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { UserInputError } from "../../errors.js";

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "More edges follow this page (in the direction of `first`)." })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: "Edges precede this page (when paging with `last`; with `first`, whether `after` was given)." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of this page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of this page; pass it as `after` for the next page." })
  endCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Return edges after this cursor." })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size from the end, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: `last must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `last must be between 1 and ${MAX_PAGE_SIZE}` })
  last?: number;

  @Field(() => String, { nullable: true, description: "Return edges before this cursor." })
  before?: string;
}

/** Cursor position in an ordering: the order's kind, its sort key, and the id that breaks ties. */
export interface CursorKey {
  kind: string;
  key: string | number;
  id: string;
}

export function encodeCursor(c: CursorKey): string {
  return Buffer.from(JSON.stringify([c.kind, c.key, c.id])).toString("base64url");
}

export function decodeCursor(cursor: string, argument: string, expectedKind: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new UserInputError(argument, "malformed cursor; pass a cursor from a previous page of the same list");
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== "string" || typeof parsed[2] !== "string" || !/^[0-9a-f-]{36}$/.test(parsed[2])) {
    throw new UserInputError(argument, "malformed cursor; pass a cursor from a previous page of the same list");
  }
  const [kind, key, id] = parsed as [string, unknown, string];
  if (kind !== expectedKind) throw new UserInputError(argument, `the cursor belongs to another ordering (${kind}), not ${expectedKind}`);
  if (typeof key !== "string" && typeof key !== "number") throw new UserInputError(argument, "malformed cursor");
  return { kind, key, id };
}

/** A page request, checked: which direction, how many, from which cursor. */
export interface PageRequest {
  direction: "forward" | "backward";
  size: number;
  cursor?: string;
  cursorArgument: "after" | "before";
}

export function pageRequest(args: PageArgs): PageRequest {
  if (args.first != null && args.last != null) throw new UserInputError("first", "cannot be combined with last; pass one of them");
  if (args.after != null && args.last != null) throw new UserInputError("after", "cannot be combined with last; use first with after, or last with before");
  if (args.before != null && args.first != null) throw new UserInputError("before", "cannot be combined with first; use last with before, or first with after");
  if (args.last != null || args.before != null) return { direction: "backward", size: args.last ?? DEFAULT_PAGE_SIZE, cursor: args.before, cursorArgument: "before" };
  return { direction: "forward", size: args.first ?? DEFAULT_PAGE_SIZE, cursor: args.after, cursorArgument: "after" };
}

/**
 * A Relay page from rows fetched as `page.size + 1` in query order (reversed order when walking
 * backwards): trims the probe row, restores reading order, and fills pageInfo.
 */
export function pageFromRows<R, E extends { cursor: string }>(rows: R[], page: PageRequest, toEdge: (row: R) => E): { edges: E[]; pageInfo: PageInfo } {
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.direction === "backward") pageRows.reverse();
  const edges = pageRows.map(toEdge);
  return {
    edges,
    pageInfo: {
      hasNextPage: page.direction === "forward" ? hasMore : page.cursor != null,
      hasPreviousPage: page.direction === "forward" ? page.cursor != null : hasMore,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
