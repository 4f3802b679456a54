export type TextField = "HEADLINE" | "TEASER" | "BODY";

const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });

/** Sentence boundaries of a text as [start, end) pairs, and the offsets of each sentence's first word. */
export function sentenceBounds(text: string): { bounds: Array<[number, number]>; firstWords: Set<number> } {
  const bounds: Array<[number, number]> = [];
  const firstWords = new Set<number>();
  for (const s of segmenter.segment(text)) {
    bounds.push([s.index, s.index + s.segment.length]);
    const first = /[\p{L}\p{N}]/u.exec(s.segment);
    if (first) firstWords.add(s.index + first.index);
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
