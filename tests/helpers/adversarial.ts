// The largest source texts ingestArticle accepts, each built to hit one weak spot of extraction
// (issue 19): a name repeated with no sentence end, no punctuation at all, dense entity names,
// ordinary prose, every place once, one giant word, many lines. Every text is exactly `length` characters long.
import "reflect-metadata";
import { readdirSync, readFileSync } from "node:fs";
import { MAX_INGEST_CHARACTERS } from "../../src/limits.js";
import { GAZETTEER_DATA } from "../../src/vocab/gazetteer.data.js";

const FOOTER = "\n\nAutor: Anita Faake, Samstag, 29. März 25###\n\n29.03.2025";

/** headline + teaser + a body made of `unit` repeated (cut to fit) + footer: exactly `length` characters. */
function fillText(headline: string, unit: string, length: number, separator = ""): string {
  // A first paragraph of its own: a repeated first line would be read as a repeated sub-heading and skipped.
  const head = `${headline}\n\nEin Text an der Grenze dessen, was die API annimmt.\n\nDer erste Absatz.\n\n`;
  const room = length - head.length - FOOTER.length;
  const body = (unit + separator).repeat(Math.ceil(room / (unit.length + separator.length))).slice(0, room);
  // A body may not end in a half-written line break or space: normalizeText would trim it and change the length.
  return head + body.replace(/\s+$/, (s) => "x".repeat(s.length)) + FOOTER;
}

const fixtures = new URL("../fixtures/articles/", import.meta.url);

/** The fixture articles' bodies (without header and footer), one after another. */
function germanProse(): string {
  return readdirSync(fixtures)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const blocks = readFileSync(new URL(f, fixtures), "utf8")
        .trim()
        .split(/\n{2,}/);
      return blocks.slice(2, -2).join("\n\n");
    })
    .join("\n\n");
}

const DENSE =
  "Japan, Berlin, Nato, USA, Frankreich, Moskau, UN, EU, Vereinigte Staaten, Kiew, Weltbank, Peking, " +
  "Vereinte Nationen, Kairo, Deutschland, Russlands, Tel Aviv, G7, japanische, Amerikaner, Nato-Gipfel, " +
  "US-Verteidigungsminister, Kreml, Weißes Haus, Brüssel, IWF, Opec+, New York, Washington, Türkei, ";

/** Every place of the gazetteer once ("in Kairo, in Lima, ..."): the most entities a text can name. */
const PLACES = GAZETTEER_DATA.split("\n")
  .map((line) => `in ${line.split("\t")[1]}`)
  .join(", ");

/** name -> the largest accepted text of that kind; `variant` goes into the headline (another article). */
export function adversarialTexts(length = MAX_INGEST_CHARACTERS, variant = ""): Record<string, string> {
  const prose = germanProse();
  const fill = (headline: string, unit: string, size: number, separator = "") =>
    fillText(`${headline}${variant}`, unit, size, separator);
  return {
    "japan-repeated": fill("Japan", "Japan ", length),
    "no-punctuation": fill(
      "Ohne Satzzeichen",
      prose.replace(/[.!?:;,"“”„»«()\n]/g, " ").replace(/ {2,}/g, " "),
      length,
      " ",
    ),
    "dense-names": fill("Japan und die Welt", DENSE, length),
    "distinct-places": fill("Alle Orte", PLACES, length, ", "),
    "german-prose": fill("Deutsche Prosa", prose, length, "\n\n"),
    "one-word": fill("Ein Wort", "Japanx", length),
    "one-hyphenated-word": fill("Ein Bindestrich-Wort", "Kiew-Japan-", length),
    "many-newlines": fill("Zeilen", "Japan\n", length),
    "many-paragraphs": fill("Absätze", "Japan.\n\n", length),
  };
}
