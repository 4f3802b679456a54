// Article and author slugs: imported by the writer without the extractors and their vocabularies.

const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** "Japan und USA stärken ..." on 2025-03-29 -> "2025-03-29-japan-und-usa-staerken-...". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => TRANSLITERATION[c]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}
