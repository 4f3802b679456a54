/**
 * The IPTC Media Topics this project classifies into: the 17 top-level concepts.
 * Source: IPTC NewsCodes, http://cv.iptc.org/newscodes/mediatopic/ — © IPTC, licensed CC BY 4.0
 * (https://creativecommons.org/licenses/by/4.0/). German labels as published by IPTC (contributed by dpa).
 */
export interface MediaTopic {
  /** QCode, e.g. "medtop:11000000". */
  code: string;
  labelDe: string;
  labelEn: string;
  parentCode: string | null;
}

export const MEDIATOPIC_URI_BASE = "http://cv.iptc.org/newscodes/mediatopic/";
export const MEDIATOPIC_ATTRIBUTION =
  "IPTC Media Topics, © IPTC (International Press Telecommunications Council), licensed CC BY 4.0";

const top = (id: string, labelDe: string, labelEn: string): MediaTopic => ({
  code: `medtop:${id}`,
  labelDe,
  labelEn,
  parentCode: null,
});

export const MEDIA_TOPICS: readonly MediaTopic[] = [
  top("01000000", "Kunst, Kultur, Unterhaltung und Medien", "arts, culture, entertainment and media"),
  top("02000000", "Kriminalität, Recht und Justiz", "crime, law and justice"),
  top("03000000", "Katastrophe, Unfall und Notfall", "disaster, accident and emergency incident"),
  top("04000000", "Wirtschaft, Unternehmen und Finanzen", "economy, business and finance"),
  top("05000000", "Bildung", "education"),
  top("06000000", "Umwelt", "environment"),
  top("07000000", "Gesundheit", "health"),
  top("08000000", "Vermischtes", "human interest"),
  top("09000000", "Arbeit", "labour"),
  top("10000000", "Lebensstil und Freizeit", "lifestyle and leisure"),
  top("11000000", "Politik", "politics"),
  top("12000000", "Religion", "religion"),
  top("13000000", "Wissenschaft und Technik", "science and technology"),
  top("14000000", "Gesellschaft", "society"),
  top("15000000", "Sport", "sport"),
  top("16000000", "Konflikt, Krieg und Frieden", "conflict, war and peace"),
  top("17000000", "Wetter", "weather"),
];

/** "medtop:11000000" -> "http://cv.iptc.org/newscodes/mediatopic/11000000" */
export function mediaTopicUri(code: string): string {
  return MEDIATOPIC_URI_BASE + code.replace(/^medtop:/, "");
}
