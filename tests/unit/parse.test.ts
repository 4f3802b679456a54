import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeSource, parseAuthorLine, parseSourceText, ParseError } from "../../src/ingest/parse.js";

const SOURCE = readFileSync(
  new URL("../../seed/articles/japan-usa-sicherheitskooperation.txt", import.meta.url),
  "utf8",
);
const NOW = new Date("2026-01-01T00:00:00Z");

function article(parts: { footer?: string; header?: string; body?: string } = {}) {
  return [
    parts.header ?? "Schlagzeile hier\n\nEin Teaser mit Punkt.\n\nZwischentitel\n\nZwischentitel",
    parts.body ?? "Erster Absatz mit Inhalt.\n\nZweiter Absatz mit mehr Inhalt.",
    parts.footer ?? "Autor: Max Muster, Samstag, 29. März 25###\n\n29.03.2025",
  ].join("\n\n");
}

describe("parseSourceText on the provided source text", () => {
  const parsed = parseSourceText(SOURCE, NOW);
  it("reads headline, teaser, one sub-heading, author and date", () => {
    expect(parsed.headline).toBe("Japan und USA stärken Sicherheitskooperation im Indopazifik");
    expect(parsed.teaser).toBe("Japan und USA stärken Sicherheit und Zusammenarbeit.");
    expect(parsed.subheadline).toBe("Japan und USA betonen enge Sicherheitspartnerschaft");
    expect(parsed.authors).toEqual(["Anita Faake"]);
    expect(parsed.publishedAt.toISOString()).toBe("2025-03-29T00:00:00.000Z");
    expect(parsed.warnings).toEqual([]);
  });
  it("keeps the five paragraphs and drops the repeated sub-heading from the body", () => {
    expect(parsed.body.split("\n\n")).toHaveLength(5);
    expect(parsed.body).not.toContain("betonen enge Sicherheitspartnerschaft");
    expect(parsed.body.startsWith("In den letzten Tagen")).toBe(true);
  });
});

describe("parseSourceText variants", () => {
  const base = parseSourceText(article(), NOW);

  it("reads CRLF, CR and a BOM the same as LF", () => {
    expect(parseSourceText(`\uFEFF${article().replace(/\n/g, "\r\n")}`, NOW)).toEqual(base);
    expect(parseSourceText(article().replace(/\n/g, "\r"), NOW)).toEqual(base);
  });

  it("tolerates missing and extra blank lines and stray whitespace", () => {
    const squeezed = article().replace(/\n\n/g, "\n");
    expect(parseSourceText(squeezed, NOW)).toMatchObject({
      headline: base.headline,
      teaser: base.teaser,
      subheadline: "Zwischentitel",
      body: base.body,
    });
    const airy =
      "\n\n" +
      article()
        .replace(/\n\n/g, "\n\n\n\n")
        .replace(/Erster/, "  Erster ")
        .replace(/\n/g, "  \n") +
      "\n\n";
    expect(parseSourceText(airy, NOW)).toMatchObject({
      headline: base.headline,
      body: base.body,
      authors: ["Max Muster"],
    });
  });

  it("reads a text without sub-heading", () => {
    const parsed = parseSourceText(article({ header: "Schlagzeile hier\n\nEin Teaser mit Punkt." }), NOW);
    expect(parsed.subheadline).toBeNull();
    expect(parsed.body).toBe(base.body);
  });

  it("joins hard-wrapped paragraph lines", () => {
    const parsed = parseSourceText(
      article({ body: "Erster Absatz, der\nüber zwei Zeilen geht.\n\nZweiter Absatz." }),
      NOW,
    );
    expect(parsed.body).toBe("Erster Absatz, der über zwei Zeilen geht.\n\nZweiter Absatz.");
  });

  it.each([
    ["Autorin: Anita Faake, Samstag, 29. März 2025###", ["Anita Faake"]],
    ["Autoren: Anita Faake und Max Muster, Samstag, 29. März 25", ["Anita Faake", "Max Muster"]],
    ["Autoren: A. Beta, C. Delta und E. Zeta, Sa., 29. Mär. 25 ###", ["A. Beta", "C. Delta", "E. Zeta"]],
    ["autor:Anita Faake,Samstag,29. März 25###", ["Anita Faake"]],
    ["Von: Anita Faake", ["Anita Faake"]],
    ["Autoren: Anita Faake (dpa) und Max Muster (AFP), 29.03.2025", ["Anita Faake", "Max Muster"]],
  ])("reads the author line %j", (line, authors) => {
    const parsed = parseSourceText(article({ footer: `${line}\n\n29.03.2025` }), NOW);
    expect(parsed.authors).toEqual(authors);
    expect(parsed.publishedAt.toISOString().slice(0, 10)).toBe("2025-03-29");
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    ["29.03.2025", "2025-03-29"],
    ["29.3.25", "2025-03-29"],
    ["1. Januar 2024", "2024-01-01"],
    ["05.12.99", "1999-12-05"],
  ])("reads the date line %j", (line, iso) => {
    const parsed = parseSourceText(article({ footer: `Autor: Max Muster\n${line}` }), NOW);
    expect(parsed.publishedAt.toISOString().slice(0, 10)).toBe(iso);
  });

  it("prefers the date line when the author line disagrees, with a warning", () => {
    const parsed = parseSourceText(
      article({ footer: "Autor: Max Muster, Freitag, 28. März 25###\n\n29.03.2025" }),
      NOW,
    );
    expect(parsed.publishedAt.toISOString().slice(0, 10)).toBe("2025-03-29");
    expect(parsed.warnings).toEqual([
      "the author line says 2025-03-28 but the date line says 2025-03-29; using the date line",
    ]);
  });

  it("warns when the weekday does not fit the date", () => {
    const parsed = parseSourceText(article({ footer: "Autor: Max Muster, Montag, 29. März 25###\n\n29.03.2025" }), NOW);
    expect(parsed.warnings).toEqual(["author line: 2025-03-29 is a samstag, not a montag"]);
  });

  it("reads Austrian month names in the author line: 'Jänner', 'Feber' (eleventh held-out set)", () => {
    for (const [line, iso] of [
      ["Autor: Max Muster, Freitag, 14. Feber 25###", "2025-02-14"],
      ["Autor: Max Muster, Mittwoch, 22. Jänner 25###", "2025-01-22"],
    ])
      expect(
        parseSourceText(article({ footer: line! }), NOW)
          .publishedAt.toISOString()
          .slice(0, 10),
      ).toBe(iso);
  });

  it("uses the author line's date when there is no date line", () => {
    expect(
      parseSourceText(article({ footer: "Autor: Max Muster, Samstag, 29. März 25###" }), NOW).publishedAt.toISOString(),
    ).toBe("2025-03-29T00:00:00.000Z");
  });
});

describe("parseSourceText rejects", () => {
  it.each([
    ["", "the file is empty"],
    ["   \n\n  ", "the file is empty"],
    [article({ footer: "29.03.2025" }), "no author line"],
    [article({ footer: "Autor: Max Muster" }), "no publication date"],
    [article({ footer: "Autor: Max Muster\n\n31.02.2025" }), "date line: 31.02.2025 is not a valid date"],
    [article({ footer: "Autor: Max Muster, 31. Februar 2025" }), "31.02.2025 is not a valid date"],
    [article({ footer: "Autor: , Samstag, 29. März 25\n29.03.2025" }), "names no author"],
    ["Nur eine Zeile\nAutor: Max Muster\n29.03.2025", "no headline and teaser"],
    ["Schlagzeile\nTeaser.\nAutor: Max Muster\n29.03.2025", "no body text"],
  ])("%j", (text, message) => {
    expect(() => parseSourceText(text, NOW)).toThrow(ParseError);
    expect(() => parseSourceText(text, NOW)).toThrow(message);
  });
});

describe("decodeSource", () => {
  it("rejects empty, binary, oversized and invalid UTF-8 input, naming the cause", () => {
    expect(() => decodeSource(new Uint8Array())).toThrow("the file is empty");
    expect(() => decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow("binary");
    expect(() => decodeSource(new Uint8Array(3 * 1024 * 1024).fill(65))).toThrow("at most 1 MB");
    expect(() => decodeSource(Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x43]))).toThrow(
      "not valid UTF-8 (first bad byte at offset 2)",
    );
  });
  it("decodes UTF-8", () => {
    expect(decodeSource(Buffer.from("Größe", "utf8"))).toBe("Größe");
  });
});

describe("parseAuthorLine", () => {
  it("splits names joined by commas, und, & and slashes", () => {
    expect(parseAuthorLine("A Eins, B Zwei & C Drei / D Vier").authors).toEqual([
      "A Eins",
      "B Zwei",
      "C Drei",
      "D Vier",
    ]);
  });
});

describe("parse: a text without a teaser", () => {
  it("a dateline paragraph in the teaser's place starts the body: the next line is no sub-heading", () => {
    const parsed = parseSourceText(
      "Medaillen in Budapest\n\nBudapest (SID) - Die WM ist zu Ende.\n\n100 m, Männer: 1. Noah Lyles (USA) 9,83\n\nLyles jubelte.\n\nAutor: Anna Beispiel, Sonntag, 27. August 2023###\n\n27.08.2023",
      new Date("2024-01-01"),
    );
    expect([parsed.subheadline, parsed.body.split("\n\n")[0]]).toEqual([
      null,
      "100 m, Männer: 1. Noah Lyles (USA) 9,83",
    ]);
  });
});
