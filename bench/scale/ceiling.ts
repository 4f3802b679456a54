// The database-only ceiling of a request: the statements the server sent for it, as a pgbench script.

/** One statement as pg.Client.prototype.query received it. */
export interface CapturedStatement {
  text: string;
  values: unknown[];
}

/** BEGIN, COMMIT, SAVEPOINT and the like: the ceiling runs each statement on its own. */
export function isTransactionControl(text: string): boolean {
  return /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|SET\s+TRANSACTION)\b/i.test(text);
}

/**
 * A quoted SQL literal. pgbench -M prepared reads every `:name` in a command as a variable, quotes or not,
 * so text with a colon is written as an escape string with the colon as \x3a.
 */
function quote(text: string): string {
  if (!text.includes(":")) return `'${text.replaceAll("'", "''")}'`;
  return `E'${text.replaceAll("\\", "\\\\").replaceAll("'", "''").replaceAll(":", "\\x3a")}'`;
}

/** The text of a value as an element of a PostgreSQL array literal ('{...}'), as the pg driver writes it. */
function arrayText(values: unknown[]): string {
  const element = (value: unknown): string => {
    if (value === null || value === undefined) return "NULL";
    if (Array.isArray(value)) return arrayText(value);
    return `"${valueText(value).replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  };
  return `{${values.map(element).join(",")}}`;
}

/** The text the pg driver sends for a non-null parameter value. */
function valueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayText(value);
  if (typeof value === "object" && value !== null && !ArrayBuffer.isView(value)) return JSON.stringify(value);
  throw new Error(`no SQL literal for a parameter of type ${typeof value}: ${String(value).slice(0, 100)}`);
}

/**
 * A parameter value as an SQL literal: NULL, or the text the pg driver sends for it, quoted and untyped.
 * The driver sends every parameter as text of unspecified type, and PostgreSQL types an untyped literal
 * by the same rules as such a parameter (from the explicit cast or the context), so the statement keeps
 * its types, operators and indexes. A typed literal could change them: ARRAY['JP'] is text[] where the
 * parameter became char(2)[], and -1 next to a cast or a minus (`-1::text`, `x--1`) would parse differently.
 * So 21 becomes '21', true 'true', a Date its ISO timestamp with Z, an array '{"JP","US"}'.
 */
export function sqlLiteral(value: unknown): string {
  return value === null || value === undefined ? "NULL" : quote(valueText(value));
}

/**
 * The statement with $1, $2, ... replaced by their values as literals. Placeholders inside string
 * literals, quoted identifiers and comments are left alone; $10 is the tenth value, never $1 and a 0.
 */
export function substituteParameters({ text, values }: CapturedStatement): string {
  const token = /[Ee]'(?:[^'\\]|\\[\s\S]|'')*'|'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\$(\d+)/g;
  return text.replace(token, (match, n: string | undefined) => {
    if (n === undefined) return match;
    const index = Number(n) - 1;
    if (index < 0 || index >= values.length) throw new Error(`$${n} but ${values.length} values in: ${text}`);
    return sqlLiteral(values[index]);
  });
}

/** A colon pgbench would take for a variable: a single colon before a name character (`::int` is none). */
const PGBENCH_VARIABLE = /(?<!:):[A-Za-z0-9_\u0080-\uffff]/;

/**
 * A pgbench script with one command per statement, in the order sent, transaction control left out: one
 * pgbench transaction is one request's statements. A command may span lines and ends at its semicolon
 * (pgbench >= 10); after a `--` comment the semicolon goes on a line of its own.
 */
export function pgbenchScript(statements: CapturedStatement[]): string {
  const commands = statements
    .filter((s) => !isTransactionControl(s.text))
    .map((s) => {
      const sql = substituteParameters(s).trim().replace(/;+$/, "");
      if (PGBENCH_VARIABLE.test(sql)) throw new Error(`pgbench would read a :variable in: ${sql.slice(0, 300)}`);
      return sql.includes("--") ? `${sql}\n;` : `${sql};`;
    });
  if (commands.length === 0) throw new Error("no statements to run");
  return `${commands.join("\n")}\n`;
}
