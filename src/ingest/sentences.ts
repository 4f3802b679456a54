import { MAX_EVIDENCE_CHARS } from "../limits.js";

export type TextField = "HEADLINE" | "TEASER" | "BODY";

const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });

// V8's Intl.Segmenter takes time quadratic in the length of the string (64 KB: 0.5 s, 256 KB: 4 s), so
// long texts are segmented piecewise. ICU always breaks a sentence after a line feed, so pieces end
// at the last one within CHUNK characters (one piece per short line made 65,000 segmenter calls for
// a text of short paragraphs); a long line is cut after the first sentence end (". ", "! ", "? ")
// past CHUNK characters.
const CHUNK = 2048;

function pieces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > CHUNK) {
      const lf = text.lastIndexOf("\n", start + CHUNK - 1);
      if (lf >= start) end = lf + 1;
      else {
        const stop = /[.!?]["»“”']?\s+(?=\p{Lu})|\n/gu;
        stop.lastIndex = start + CHUNK;
        const m = stop.exec(text);
        end = m && m.index - start < 4 * CHUNK ? m.index + m[0].length : Math.min(text.length, start + 4 * CHUNK);
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

type Bounds = { bounds: Array<[number, number]>; firstWords: Set<number> };
// The last few texts segmented: countries, places, organisations, persons and quotes each ask for the
// same field's sentences, and segmenting is the costliest step of extraction.
const recent = new Map<string, Bounds>();
const RECENT = 4;

/** Sentence boundaries of a text as [start, end) pairs, and the offsets of each sentence's first word. */
export function sentenceBounds(text: string): Bounds {
  const known = recent.get(text);
  if (known) return known;
  const found = segment(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, found);
  return found;
}

function segment(text: string): Bounds {
  const bounds: Array<[number, number]> = [];
  const firstWords = new Set<number>();
  for (const [from, to] of pieces(text)) {
    for (const s of segmenter.segment(from === 0 && to === text.length ? text : text.slice(from, to))) {
      const index = from + s.index;
      bounds.push([index, index + s.segment.length]);
      const first = /[\p{L}\p{N}]/u.exec(s.segment);
      if (first) firstWords.add(index + first.index);
    }
  }
  return { bounds, firstWords };
}

/** The [start, end) bounds of the sentence around an offset, by binary search; undefined outside every sentence. */
function sentenceSpan(bounds: Array<[number, number]>, offset: number): [number, number] | undefined {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = bounds[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return [s, e];
  }
  return undefined;
}

/** The (trimmed) sentence around an offset, by binary search over the bounds. */
function sentenceOf(text: string, bounds: Array<[number, number]>, offset: number): string {
  const span = sentenceSpan(bounds, offset);
  return span ? text.slice(span[0], span[1]).trim() : text.trim();
}

export const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The evidence for the mention at text[start, end): its sentence, cut to at most MAX_EVIDENCE_CHARS
 * characters around the mention when longer (a text without sentence ends is one long sentence).
 */
export function evidenceOf(text: string, bounds: Array<[number, number]>, start: number, end: number): string {
  const [s, e] = sentenceSpan(bounds, start) ?? [0, text.length];
  const sentence = text.slice(s, e).trim();
  if (sentence.length <= MAX_EVIDENCE_CHARS) return sentence;
  const room = MAX_EVIDENCE_CHARS - 2; // an ellipsis on each side
  const mentionEnd = Math.min(end, start + room);
  // The mention in the middle of the window, the window inside the sentence.
  let to = Math.min(e, Math.max(start, s) + Math.ceil((room + mentionEnd - start) / 2));
  let from = Math.max(s, to - room);
  to = Math.min(e, from + room);
  // At word boundaries where the window has a space outside the mention.
  const space = from > s ? text.slice(from, start).indexOf(" ") : -1;
  if (space !== -1) from += space + 1;
  const lastSpace = to < e ? text.slice(mentionEnd, to).lastIndexOf(" ") : -1;
  if (lastSpace !== -1) to = mentionEnd + lastSpace;
  // Never half a surrogate pair (PostgreSQL rejects one).
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  if (isLowSurrogate(text.charCodeAt(to))) to--;
  const cutBefore = text.slice(s, from).trim().length > 0;
  const cutAfter = text.slice(to, e).trim().length > 0;
  return `${cutBefore ? "…" : ""}${text.slice(from, to).trim()}${cutAfter ? "…" : ""}`;
}

/**
 * offset -> its sentence, and a mention's evidence (see evidenceOf); segments the text only when
 * first asked (most fields name no place).
 */
export function sentenceFinder(text: string): {
  sentenceAt(offset: number): string;
  evidenceAt(start: number, end: number): string;
} {
  let bounds: Array<[number, number]> | undefined;
  const boundsOf = () => {
    bounds ??= sentenceBounds(text).bounds;
    return bounds;
  };
  return {
    sentenceAt: (offset) => sentenceOf(text, boundsOf(), offset),
    evidenceAt: (start, end) => evidenceOf(text, boundsOf(), start, end),
  };
}
