import { UserInputError } from "../../errors.js";
import DataLoader from "dataloader";

/** Groups rows by a key, in the order of `keys` (what DataLoader wants back). */
export function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** A loader per distinct argument set, so `related(first: 3)` and `related(first: 5)` batch separately. */
export function perArgs<A, L>(make: (args: A) => L): (args: A) => L {
  const loaders = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    if (!loaders.has(key)) loaders.set(key, make(args));
    return loaders.get(key)!;
  };
}

/** A client's value as echoed in an error message: at most `max` characters. */
export function truncate(value: string, max = 100): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** A per-request loader of rows by key: one query for all keys; null where no row has the key. */
export function rowsByKey<T>(fetch: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader(async (keys: readonly string[]) =>
    groupBy(keys, await fetch([...keys]), keyOf).map((group) => group[0] ?? null),
  );
}

/** A per-request loader of counts by key: one query for all keys; 0 where it counted nothing. */
export function countsByKey(fetch: (keys: string[]) => Promise<Array<{ key: string; count: number }>>) {
  return new DataLoader(async (keys: readonly string[]) => {
    const counts = new Map((await fetch([...keys])).map((r) => [r.key, r.count]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}

/**
 * Values as users wrote them -> ids, through an in-memory lookup; an unknown value is a BAD_USER_INPUT
 * error naming the argument, with the message `unknown` makes of the (truncated) value.
 */
export function resolveInMemory(
  values: Array<{ value: string; argument: string }>,
  lookup: (value: string) => string | undefined,
  unknown: (shown: string) => string,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const { value, argument } of values) {
    const id = lookup(value);
    if (id === undefined) throw new UserInputError(argument, unknown(truncate(value)));
    found.set(value, id);
  }
  return found;
}
