/** FNV-1a over UTF-16 units, 31 bits: an integer key for a word, no string kept per word. */
export function wordHash(word: string, from = 0, to = word.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 1;
}

/**
 * A large fixed set of words (66,000 given names) kept as the one string they are shipped in, with an
 * open-addressing hash table in a typed array: about a quarter of the heap of a `Set<string>` of them, in every
 * thread that extracts.
 */
export class PackedWords {
  private readonly starts: Uint32Array;
  /** Slot -> word number + 1 (0: empty). */
  private readonly slots: Int32Array;

  constructor(
    private readonly data: string,
    separator = "|",
  ) {
    const starts = [0];
    for (let at = data.indexOf(separator); at !== -1; at = data.indexOf(separator, at + 1)) starts.push(at + 1);
    starts.push(data.length + 1);
    this.starts = Uint32Array.from(starts);
    const words = starts.length - 1;
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(words * 2 + 1)));
    for (let n = 0; n < words; n++) {
      let slot = wordHash(data, this.starts[n], this.starts[n + 1]! - 1) & (this.slots.length - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (this.slots.length - 1);
      this.slots[slot] = n + 1;
    }
  }

  has(word: string): boolean {
    const mask = this.slots.length - 1;
    for (let slot = wordHash(word) & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const n = this.slots[slot]! - 1;
      const start = this.starts[n]!;
      if (this.starts[n + 1]! - 1 - start === word.length && this.data.startsWith(word, start)) return true;
    }
    return false;
  }
}
