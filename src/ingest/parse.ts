/**
 * Reads the newsroom source-text format:
 *
 *   Headline
 *   Teaser
 *   Sub-heading            (often repeated; kept once; optional)
 *   Paragraphs...
 *   Autor: NAME, Wochentag, D. Monat YY###
 *   DD.MM.YYYY
 *
 * Pure functions, no I/O. Every rejection is a ParseError whose message names the cause.
 */

export class ParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ParseError";
  }
}

export interface ParsedArticle {
  headline: string;
  subheadline: string | null;
  teaser: string;
  /** Paragraphs separated by one blank line ("\n\n"). Mention offsets point into this string. */
  body: string;
  authors: string[];
  /** The publication date, as midnight UTC of the calendar date the source gives. */
  publishedAt: Date;
  language: "de";
  warnings: string[];
}

/** Larger than any real article; a multi-megabyte "article" is a mistake (a dump, a binary). */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** An agency's or paper's dateline opening a paragraph: "Budapest (SID) -", "NEW YORK (AFP) –", "Bern (Keystone-SDA)". */
const DATELINE = /^\p{Lu}[\p{L}\p{M} .'/-]{1,50} \((?:[\p{L}\p{N}/-]+(?: [\p{L}/-]+)?)\)\s*[-–—.]?\s/u;

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  jänner: 1,
  jän: 1,
  februar: 2,
  feber: 2, // Austrian, like "Jänner"
  feb: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  mrz: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};
const WEEKDAYS = ["sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag"];
const WEEKDAY_ALIASES: Record<string, number> = { sonnabend: 6, so: 0, mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6 };

const AUTHOR_LINE = /^(?:autor(?:in)?|autoren|autorinnen|von|text)\s*:\s*(.*)$/i;
const NUMERIC_DATE = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/;
const WORDED_DATE = /^(\d{1,2})\.?\s*([\p{L}]+)\.?\s+(\d{2}|\d{4})$/u;

/** Decodes bytes as UTF-8 text, rejecting what is not text. */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ParseError("the file is empty");
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new ParseError(
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a source text may be at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB`,
    );
  }
  if (bytes.includes(0)) throw new ParseError("the file is binary (it contains NUL bytes), not a text");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ParseError(`the file is not valid UTF-8 (first bad byte at offset ${at})`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The shortest invalid prefix: binary search on "does bytes[0..n) decode".
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** BOM, CRLF/CR, non-breaking and repeated spaces, control characters: gone. */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .replace(/[\u00A0\u2007\u202F\t]/g, " ")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
      .split("\n")
      .map((line) => line.replace(/ {2,}/g, " ").trim())
      .join("\n")
      .trim()
  );
}

function expandYear(year: string, now: Date): number {
  if (year.length === 4) return Number(year);
  const yy = Number(year);
  const pivot = (now.getUTCFullYear() % 100) + 1;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

/** A calendar date as midnight UTC; throws on dates that do not exist (31.02.2025). */
function calendarDate(day: number, month: number, year: number, what: string): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    throw new ParseError(
      `${what}: ${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year} is not a valid date`,
    );
  }
  return date;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** "29.03.2025", "29.3.25", "29. März 2025", "29. Mär. 25"; null when the text is no date at all. */
export function parseDate(text: string, what: string, now = new Date()): Date | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return calendarDate(Number(numeric[1]), Number(numeric[2]), expandYear(numeric[3]!, now), what);
  const worded = WORDED_DATE.exec(text);
  if (worded) {
    const month = MONTHS[worded[2]!.toLowerCase()];
    if (!month) throw new ParseError(`${what}: "${worded[2]}" is not a German month name`);
    return calendarDate(Number(worded[1]), month, expandYear(worded[3]!, now), what);
  }
  return null;
}

function weekdayIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = WEEKDAYS.indexOf(w);
  return i >= 0 ? i : WEEKDAY_ALIASES[w];
}

interface AuthorLine {
  authors: string[];
  date: Date | null;
  warnings: string[];
}

/** "Anita Faake, Samstag, 29. März 25###" / "A, B und C, 29.03.2025" / "Anita Faake" */
export function parseAuthorLine(rest: string, now = new Date()): AuthorLine {
  const warnings: string[] = [];
  let text = rest
    .replace(/#+\s*$/, "")
    .trim()
    .replace(/[,;]\s*$/, "");
  let date: Date | null = null;
  // The date is whatever follows the last comma(s) and parses as one, optionally after a weekday.
  const parts = text.split(/\s*,\s*/);
  for (let take = Math.min(2, parts.length - 1); take >= 1; take--) {
    const tail = parts.slice(-take);
    let weekday: number | undefined;
    let dateText = tail.join(" ");
    const first = tail[0]!.split(/\s+/)[0]!;
    if (weekdayIndex(first) !== undefined) {
      weekday = weekdayIndex(first);
      dateText = tail
        .join(" ")
        .slice(first.length)
        .replace(/^[\s,]+/, "");
    }
    const parsed = parseDate(dateText, "author line date", now);
    if (parsed) {
      date = parsed;
      if (weekday !== undefined && parsed.getUTCDay() !== weekday) {
        warnings.push(
          `author line: ${isoDay(parsed)} is a ${WEEKDAYS[parsed.getUTCDay()]}, not a ${WEEKDAYS[weekday]}`,
        );
      }
      text = parts.slice(0, -take).join(", ");
      break;
    }
  }
  const authors = text
    .split(/\s*,\s*|\s+und\s+|\s*&\s*|\s*\/\s*/)
    .map((name) => name.replace(/\s*\([^)]*\)$/, "").trim()) // "Anita Faake (dpa)": the agency is no part of the name
    .filter((name) => name.length > 0);
  return { authors: [...new Set(authors)], date, warnings };
}

const endsSentence = (line: string) => /[.!?:;"“”»«…)]$/.test(line);

/**
 * Parses one source text. Throws ParseError naming what is missing or wrong.
 * `now` only decides the century of two-digit years.
 */
export function parseSourceText(raw: string, now = new Date()): ParsedArticle {
  const text = normalizeText(raw);
  if (text.length === 0) throw new ParseError("the file is empty");
  // Non-empty lines, each with the number of the blank-line-separated block it stands in.
  const lines = text.split(/\n{2,}/).flatMap((block, b) =>
    block
      .split("\n")
      .filter((l) => l.length > 0)
      .map((line) => ({ line, block: b })),
  );

  // Footer: the author line and (usually after it) the date line, searched from the end.
  const authorIndex = lines.findLastIndex(({ line }) => AUTHOR_LINE.test(line));
  if (authorIndex < 0)
    throw new ParseError('no author line (expected a line like "Autor: NAME, Samstag, 29. März 25")');
  const authorText = lines[authorIndex]!.line;
  const author = parseAuthorLine(AUTHOR_LINE.exec(authorText)![1]!, now);
  if (author.authors.length === 0)
    throw new ParseError(`the author line ${JSON.stringify(authorText)} names no author`);
  const warnings = [...author.warnings];

  let lineDate: Date | null = null;
  for (const { line } of lines.slice(authorIndex + 1)) {
    lineDate = parseDate(line.replace(/#+$/, "").trim(), "date line", now);
    if (lineDate) break;
    warnings.push(`ignored text after the author line: ${JSON.stringify(line.slice(0, 60))}`);
  }
  let contentEnd = authorIndex;
  if (!lineDate && authorIndex > 0) {
    // Some desks put the date line above the author line.
    lineDate = parseDate(lines[authorIndex - 1]!.line, "date line", now);
    if (lineDate) contentEnd--;
  }
  const publishedAt = lineDate ?? author.date;
  if (!publishedAt)
    throw new ParseError("no publication date (neither a date line like 29.03.2025 nor a date in the author line)");
  if (lineDate && author.date && lineDate.getTime() !== author.date.getTime()) {
    warnings.push(
      `the author line says ${isoDay(author.date)} but the date line says ${isoDay(lineDate)}; using the date line`,
    );
  }

  // Header: headline, teaser, optional (often repeated) sub-heading.
  const content = lines.slice(0, contentEnd);
  if (content.length < 2) throw new ParseError("no headline and teaser before the author line");
  const headline = content[0]!.line;
  const teaser = content[1]!.line;
  let next = 2;
  let subheadline: string | null = null;
  const candidate = content[next]?.line;
  const following = content[next + 1]?.line;
  // A text without a teaser has its dateline paragraph there ("Budapest (SID) - Mit …"): the body has begun, and the
  // next line is body too, not a sub-heading ("100 m, Männer: 1. Noah Lyles (USA) 9,83").
  if (
    candidate !== undefined &&
    following !== undefined &&
    !DATELINE.test(teaser) &&
    (following === candidate || (!endsSentence(candidate) && candidate.length <= 160))
  ) {
    subheadline = candidate;
    while (content[next]?.line === subheadline) next++;
  }

  // Body: a new paragraph at each blank line, and where a line ends a sentence (a missing blank
  // line); lines that stop mid-sentence are hard-wrapped and joined.
  const paragraphs: string[] = [];
  let previous: { line: string; block: number } | undefined;
  for (const current of content.slice(next)) {
    if (previous && previous.block === current.block && !endsSentence(previous.line))
      paragraphs[paragraphs.length - 1] += ` ${current.line}`;
    else paragraphs.push(current.line);
    previous = current;
  }
  if (paragraphs.length === 0) throw new ParseError("the article has no body text");
  return {
    headline,
    subheadline,
    teaser,
    body: paragraphs.join("\n\n"),
    authors: author.authors,
    publishedAt,
    language: "de",
    warnings,
  };
}
