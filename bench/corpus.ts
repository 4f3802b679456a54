/** A synthetic corpus of source texts in the newsroom format, varied enough to exercise ingestion. */
const COUNTRIES = [
  "Japan",
  "den USA",
  "China",
  "Frankreich",
  "Brasilien",
  "Kenia",
  "der Türkei",
  "Indien",
  "Polen",
  "Kanada",
  "Mexiko",
  "Südkorea",
];
const ADJECTIVES = [
  "japanische",
  "amerikanische",
  "chinesische",
  "französische",
  "brasilianische",
  "indische",
  "polnische",
  "kanadische",
];
const TOPICS = [
  "Die Regierung und das Parlament berieten über ein neues Abkommen mit den Ministern.",
  "Die Mannschaft gewann das Spiel im Finale, der Trainer lobte das Turnier.",
  "Unternehmen und Börse reagierten auf neue Zölle im Handel, der Umsatz sank.",
  "Das Museum zeigt eine Ausstellung, Künstler und Theater feiern das Festival.",
  "Forscher stellten neue Technologien vor, die Forschung an Halbleitern wächst.",
];
const AUTHORS = ["Anita Faake", "Max Muster", "Lea Krüger", "Jonas Weber", "Sarah Klein", "Paul Becker"];
const WEEKDAYS = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
const MONTHS = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];

const pick = <T>(list: T[], n: number) => list[n % list.length]!;

/** Source text number i (deterministic). About 2 KB, like a typical agency story. */
export function syntheticArticle(i: number): string {
  const date = new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000);
  const a = pick(COUNTRIES, i);
  const b = pick(COUNTRIES, i * 7 + 3);
  const paragraphs = Array.from({ length: 5 }, (_, p) =>
    [
      `Vertreter aus ${pick(COUNTRIES, i + p)} und ${pick(COUNTRIES, i * 3 + p)} trafen sich zu Gesprächen über die Lage (Meldung ${i}-${p}).`,
      `Die ${pick(ADJECTIVES, i + p)} Delegation betonte die Bedeutung der Zusammenarbeit.`,
      pick(TOPICS, i + p),
      "Beobachter erwarten, dass die Gespräche in den kommenden Wochen fortgesetzt werden und weitere Treffen folgen.",
    ].join(" "),
  );
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return [
    `Meldung ${i}: ${a} und ${b} vereinbaren Zusammenarbeit`,
    `Gespräche zwischen ${a} und ${b} (Nr. ${i}).`,
    "Neue Gespräche",
    "Neue Gespräche",
    ...paragraphs,
    `Autor: ${pick(AUTHORS, i)}, ${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCFullYear()).slice(2)}###`,
    `${dd}.${mm}.${date.getUTCFullYear()}`,
  ].join("\n\n");
}
