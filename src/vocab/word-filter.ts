import { wordHash } from "./packed-words.js";

/** A second hash for double hashing (djb2 over UTF-16 units, odd so every bit is reached). */
function secondHash(word: string): number {
  let h = 5381;
  for (let i = 0; i < word.length; i++) h = Math.imul(h, 33) ^ word.charCodeAt(i);
  return (h | 1) >>> 0;
}

/**
 * A Bloom filter of words: "maybe in the set" or "surely not", in about 14 bits a word for 0.1 % false
 * positives. Ships the membership of a large word list (1.3 million German word forms) as bits, not as the words.
 */
export class WordFilter {
  constructor(
    private readonly bits: Uint8Array,
    private readonly hashes: number,
  ) {}

  /** A filter of `words` with about `falsePositiveRate` of other words testing positive. */
  static of(words: readonly string[], falsePositiveRate: number): WordFilter {
    const size = Math.ceil((-words.length * Math.log(falsePositiveRate)) / Math.LN2 ** 2 / 8);
    const hashes = Math.max(1, Math.round(((size * 8) / words.length) * Math.LN2));
    const filter = new WordFilter(new Uint8Array(size), hashes);
    for (const word of words) filter.add(word);
    return filter;
  }

  /** From `bytes()`: the hash count, then the bits. */
  static from(bytes: Uint8Array): WordFilter {
    return new WordFilter(bytes.subarray(1), bytes[0]!);
  }

  bytes(): Uint8Array {
    const bytes = new Uint8Array(this.bits.length + 1);
    bytes[0] = this.hashes;
    bytes.set(this.bits, 1);
    return bytes;
  }

  has(word: string): boolean {
    for (const bit of this.positions(word)) if ((this.bits[bit >> 3]! & (1 << (bit & 7))) === 0) return false;
    return true;
  }

  private add(word: string): void {
    for (const bit of this.positions(word)) this.bits[bit >> 3]! |= 1 << (bit & 7);
  }

  /** The word's bit positions, by double hashing. */
  private *positions(word: string): Generator<number> {
    const [a, b, size] = [wordHash(word), secondHash(word), this.bits.length * 8];
    for (let i = 0; i < this.hashes; i++) yield (a + i * b) % size;
  }
}
