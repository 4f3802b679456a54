import { Max, Min } from "class-validator";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { UserInputError } from "../../errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../limits.js";

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field(() => Boolean, { description: "More edges follow this page (in the direction of `first`)." })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description: "Edges precede this page (when paging with `last`; with `first`, whether `after` was given).",
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of this page." })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge of this page; pass it as `after` for the next page.",
  })
  endCursor: string | null;
}

/** An edge type for a node type (TypeGraphQL's generic-type pattern): `class ArticleEdge extends Edge(Article) {}`. */
export function Edge<TNode extends object>(Node: ClassType<TNode>) {
  @ObjectType()
  abstract class EdgeClass {
    @Field(() => String, { description: "Opaque cursor; pass it as `after` or `before`." })
    cursor: string;

    @Field(() => Node, { description: "The item." })
    node: TNode;
  }
  return EdgeClass;
}

/** A Relay connection type for an edge type: `class ArticleConnection extends Connection(ArticleEdge) {}`. */
export function Connection<TEdge extends object>(EdgeType: ClassType<TEdge>) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [EdgeType], { description: "The items of this page, in order." })
    edges: TEdge[];

    @Field(() => PageInfo, { description: "Whether there are more pages, and the cursors to get them." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Items on all pages (exact). Counted only when asked for." })
    totalCount: number | Promise<number>;
  }
  return ConnectionClass;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size from the start, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
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

/** A page request, checked: which direction, how many, from which cursor. */
export interface PageRequest {
  direction: "forward" | "backward";
  size: number;
  cursor?: string;
  cursorArgument: "after" | "before";
}

export function pageRequest(args: PageArgs): PageRequest {
  if (args.first != null && args.last != null)
    throw new UserInputError("first", "cannot be combined with last; pass one of them");
  if (args.after != null && args.last != null) {
    throw new UserInputError("after", "cannot be combined with last; use first with after, or last with before");
  }
  if (args.before != null && args.first != null) {
    throw new UserInputError("before", "cannot be combined with first; use last with before, or first with after");
  }
  if (args.last != null || args.before != null) {
    return {
      direction: "backward",
      size: args.last ?? DEFAULT_PAGE_SIZE,
      cursor: args.before,
      cursorArgument: "before",
    };
  }
  return { direction: "forward", size: args.first ?? DEFAULT_PAGE_SIZE, cursor: args.after, cursorArgument: "after" };
}

/** How a list is ordered: a name (kept in cursors), the type of its sort key, and its direction. */
export interface KeysetOrder {
  name: string;
  key: "timestamp" | "number" | "text";
  descending: boolean;
}

/** A position in an ordering: the sort key (a Date for timestamps) and the id that breaks ties. */
interface KeysetPosition {
  key: Date | number | string;
  id: string;
}

/** What a list's fetch function is asked for: rows strictly past `after` in `descending` order, at most `limit`. */
export interface KeysetQuery {
  after?: KeysetPosition;
  descending: boolean;
  limit: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text is a UUID (any case): the id of an article, author or person, or of a cursor's row. */
export const isUuid = (value: string) => UUID.test(value);
const MALFORMED = "malformed cursor; pass a cursor from a previous page of the same list";

function encodeCursor(order: KeysetOrder, position: KeysetPosition): string {
  const key = position.key instanceof Date ? position.key.toISOString() : position.key;
  return Buffer.from(JSON.stringify([order.name, key, position.id])).toString("base64url");
}

function decodeCursor(cursor: string, argument: string, order: KeysetOrder): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new UserInputError(argument, MALFORMED);
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== "string")
    throw new UserInputError(argument, MALFORMED);
  const [name, key, id] = parsed as [string, unknown, unknown];
  if (name !== order.name) {
    throw new UserInputError(
      argument,
      `the cursor belongs to another ordering (${name.slice(0, 40)}), not ${order.name}`,
    );
  }
  if (typeof id !== "string" || !isUuid(id)) throw new UserInputError(argument, MALFORMED);
  if (order.key === "timestamp") {
    const date = typeof key === "string" ? new Date(key) : null;
    const year = date?.getUTCFullYear() ?? Number.NaN;
    if (!date || !(year >= 1 && year <= 9999)) throw new UserInputError(argument, MALFORMED);
    return { key: date, id };
  }
  if (order.key === "number" && (typeof key !== "number" || !Number.isFinite(key) || Math.abs(key) > 1e9)) {
    throw new UserInputError(argument, MALFORMED);
  }
  if (order.key === "text" && (typeof key !== "string" || key.includes("\0")))
    throw new UserInputError(argument, MALFORMED);
  return { key: key as number | string, id };
}

/**
 * The one keyset pager: turns a Relay page request into a `KeysetQuery` (position decoded from
 * the cursor, direction, `size + 1` rows to see whether more follow), lets `fetch` run it, and
 * turns the rows into edges with cursors and pageInfo. Walking backwards fetches in the reverse
 * order and restores reading order here.
 */
export async function keysetPage<Row, TEdge extends { cursor: string }>(
  page: PageRequest,
  order: KeysetOrder,
  fetch: (query: KeysetQuery) => Promise<Row[]>,
  toEdge: (row: Row, cursorFor: (position: KeysetPosition) => string) => TEdge,
): Promise<{ edges: TEdge[]; pageInfo: PageInfo }> {
  const after = page.cursor ? decodeCursor(page.cursor, page.cursorArgument, order) : undefined;
  const descending = page.direction === "forward" ? order.descending : !order.descending;
  const rows = await fetch({ after, descending, limit: page.size + 1 });
  const hasMore = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.direction === "backward") pageRows.reverse();
  const edges = pageRows.map((row) => toEdge(row, (position) => encodeCursor(order, position)));
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
