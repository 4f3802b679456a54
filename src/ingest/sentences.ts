export type TextField = "HEADLINE" | "TEASER" | "BODY";

const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });

// V8's Intl.Segmenter takes time quadratic in the length of the string (64 KB: 0.5 s, 256 KB: 4 s), so
// long texts are segmented piecewise. ICU always breaks a sentence after a line feed, so pieces end
// there; a long line is cut after the first sentence end (". ", "! ", "? ") past CHUNK characters.
const CHUNK = 2048;

function pieces(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > CHUNK) {
      const lf = text.indexOf("\n", start);
      if (lf !== -1 && lf - start <= CHUNK) end = lf + 1;
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

/** Sentence boundaries of a text as [start, end) pairs, and the offsets of each sentence's first word. */
export function sentenceBounds(text: string): { bounds: Array<[number, number]>; firstWords: Set<number> } {
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

/** The (trimmed) sentence around an offset, by binary search over the bounds. */
export function sentenceOf(text: string, bounds: Array<[number, number]>, offset: number): string {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = bounds[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return text.slice(s, e).trim();
  }
  return text.trim();
}

/** offset -> its sentence; segments the text only when first asked (most fields name no place). */
export function sentenceFinder(text: string): (offset: number) => string {
  let bounds: Array<[number, number]> | undefined;
  return (offset) => {
    bounds ??= sentenceBounds(text).bounds;
    return sentenceOf(text, bounds, offset);
  };
}
