import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "../../src/ingest/countries.js";
import { extractArticle } from "../../src/ingest/extract.js";

const codes = (text: string) => [...new Set(findCountryMentions(text).mentions.map((m) => m.code))].sort();
const forms = (text: string) => findCountryMentions(text).mentions.map((m) => `${m.code}:${m.text}:${m.kind}`);

describe("findCountryMentions finds every form a German newsroom writes", () => {
  it.each([
    ["Die Regierung der USA und Japans Premier", ["US:USA:ABBREVIATION", "JP:Japans:NAME"]],
    ["Russlands Präsident und die Türkei", ["RU:Russlands:NAME", "TR:Türkei:NAME"]],
    [
      "Die Vereinigten Staaten und die Vereinigten Arabischen Emirate",
      ["US:Vereinigten Staaten:NAME", "AE:Vereinigten Arabischen Emirate:NAME"],
    ],
    ["Die VAE und Großbritannien", ["AE:VAE:ABBREVIATION", "GB:Großbritannien:NAME"]],
    ["mit einem japanischen Diplomaten", ["JP:japanischen:ADJECTIVE"]],
    ["ein amerikanischer Kollege", ["US:amerikanischer:ADJECTIVE"]],
    ["die südkoreanische Regierung", ["KR:südkoreanische:ADJECTIVE"]],
    ["Japanische Soldaten übten", ["JP:Japanische:ADJECTIVE"]],
    [
      "Japaner und Amerikaner, Japanerinnen und Chinesen",
      ["JP:Japaner:DEMONYM", "US:Amerikaner:DEMONYM", "JP:Japanerinnen:DEMONYM", "CN:Chinesen:DEMONYM"],
    ],
    ["Der US-Verteidigungsminister reiste ab", ["US:US-Verteidigungsminister:COMPOUND"]],
    ["die deutsch-französische Freundschaft", ["DE:deutsch-französische:COMPOUND", "FR:deutsch-französische:COMPOUND"]],
    [
      "im japanisch-amerikanischen Bündnis",
      ["JP:japanisch-amerikanischen:COMPOUND", "US:japanisch-amerikanischen:COMPOUND"],
    ],
    ["Die Nordkorea-Krise", ["KP:Nordkorea-Krise:COMPOUND"]],
    ["Guinea-Bissau wählt", ["GW:Guinea-Bissau:NAME"]],
    ["Nigeria und Niger", ["NG:Nigeria:NAME", "NE:Niger:NAME"]],
  ])("%j", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it("keeps the evidence: offsets into the field, the sentence, the field", () => {
    const text = "Erster Satz. Dann sprach der japanische Minister. Ende.";
    const [m] = findCountryMentions(text, "TEASER").mentions;
    expect(m).toEqual({
      code: "JP",
      field: "TEASER",
      start: 29,
      end: 39,
      text: "japanische",
      sentence: "Dann sprach der japanische Minister.",
      kind: "ADJECTIVE",
    });
    expect(text.slice(m!.start, m!.end)).toBe("japanische");
  });
});

describe("findCountryMentions does not fire on", () => {
  it.each([
    [
      "seas, oceans and regions",
      "Im Südchinesischen Meer, im Indischen Ozean, im Indopazifik und in Asien. Das Japanische Meer. Indischer Ozean liegt südlich.",
    ],
    ["organisations", "Die EU, die NATO und die UN berieten."],
    ["languages", "Der Roman wurde ins Englische übersetzt und aus dem Japanischen übertragen, dann ins Französische."],
    ["substrings of other words", "Ein Roman über Romane, ein Japanologe und Chinarestaurants."],
    ["US states and foreign city names", "In Texas, Kalifornien, Georgia und New Jersey."],
    ["continents", "Afrika, Amerika, Europa und die Antarktis."],
  ])("%s", (_what, text) => {
    expect(codes(text)).toEqual([]);
  });

  it("records capitals and cities as places, not as countries", () => {
    const { mentions, places } = findCountryMentions("Gespräche in Tokio, Washington und Peking.");
    expect(mentions).toEqual([]);
    expect(places.map((p) => `${p.name}@${p.code}`)).toEqual(["Tokio@JP", "Washington@US", "Peking@CN"]);
  });

  it("does not read Guinea inside Guinea-Bissau or Papua-Neuguinea", () => {
    expect(codes("Guinea-Bissau und Papua-Neuguinea")).toEqual(["GW", "PG"]);
  });
});

describe("extractArticle on the provided source text", () => {
  const source = readFileSync(
    new URL("../../seed/articles/japan-usa-sicherheitskooperation.txt", import.meta.url),
    "utf8",
  );
  const article = extractArticle(source, "japan-usa-sicherheitskooperation.txt");

  it("finds exactly Japan, the USA and North Korea, each with evidence", () => {
    expect(article.countries.map((c) => [c.code, c.count])).toEqual([
      ["US", 8],
      ["JP", 7],
      ["KP", 1],
    ]);
    const body = article.body;
    for (const mention of article.countries.flatMap((c) => c.mentions).filter((m) => m.field === "BODY")) {
      expect(body.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.sentence).toContain(mention.text);
    }
  });

  it("classifies it as conflict/defence and politics, explaining why", () => {
    expect(article.topics.map((t) => t.code).slice(0, 2)).toEqual(["medtop:16000000", "medtop:11000000"]);
    expect(article.topics[0]!.triggers).toContain("verteidigungsminister");
    expect(article.topics[0]!.relevance).toBeGreaterThan(0.5);
  });

  it("derives a stable slug and a content hash", () => {
    expect(article.slug).toBe("2025-03-29-japan-und-usa-staerken-sicherheitskooperation-im-indopazifik");
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(extractArticle(source.replace(/\n/g, "\r\n"), "x").contentHash).toBe(article.contentHash);
  });
});

describe("curated forms beyond the big countries", () => {
  it.each([
    ["die ruandische Armee", "RW"],
    ["ein ecuadorianischer Minister", "EC"],
    ["Senegalesen feierten", "SN"],
    ["die Schweizer Bahn", "CH"],
    ["aus den Niederlanden", "NL"],
  ])("%j", (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it("leaves out demonyms that are something else", () => {
    expect(codes("Der Malteser Hilfsdienst und ein Kameruner vom Bäcker")).toEqual([]);
  });
});

describe("issue #10: exact country evidence", () => {
  it.each([
    ["im südpolnischen Krakau", ["PL:südpolnischen:ADJECTIVE"]],
    [
      "nordostsyrische Kurden und südjordanischen Beduinen",
      ["SY:nordostsyrische:ADJECTIVE", "JO:südjordanischen:ADJECTIVE"],
    ],
    ["Südpolnische Bauern protestieren", ["PL:Südpolnische:ADJECTIVE"]],
    ["der US-amerikanischen Raumfahrtbehörde", ["US:US-amerikanischen:ADJECTIVE"]],
    ["das US-Außenministerium", ["US:US-Außenministerium:COMPOUND"]],
    ["im US-Bundesstaat Texas", ["US:US-Bundesstaat:COMPOUND"]],
    ["mit dem US-Botschafter", ["US:US-Botschafter:COMPOUND"]],
    ["die guineischen Behörden", ["GN:guineischen:ADJECTIVE"]],
    ["die Schweizerische Eidgenossenschaft", ["CH:Eidgenossenschaft:NAME"]],
    ["Die Deutschen wählen.", ["DE:Deutschen:DEMONYM"]],
    ["Das sagen die Deutschen.", ["DE:Deutschen:DEMONYM"]],
    ["ein Deutscher und zwei Österreicher", ["DE:Deutscher:DEMONYM", "AT:Österreicher:DEMONYM"]],
    ["Deutsche Soldaten übten.", ["DE:Deutsche:ADJECTIVE"]],
    ["Die türkische Küste und die griechische Insel Kreta", ["TR:türkische:ADJECTIVE", "GR:griechische:ADJECTIVE"]],
    ["Er spricht fließend Türkisch und lebt in der Türkei.", ["TR:Türkei:NAME"]],
  ])("%j", (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it.each([
    ["a language noun at the start of a sentence", "Türkisch ist eine schwere Sprache. Deutsch auch."],
    ["a language after auf or spricht", "Sie antwortete auf Türkisch, er spricht türkisch."],
    ["a language after an article", "Ins Deutsche übersetzt, aus dem Japanisch-Deutschen."],
    ["companies named Deutsche", "Die Deutsche Bahn und die Deutsche Bank. Deutsche Telekom meldet Gewinne."],
    ["a region of emirates", "Die Golf-Emirate rüsten auf."],
    ["the island of Ireland", "Auf der irischen Insel regnet es, die irische Insel ist grün."],
    ["cities named after their country", "In Mexiko-Stadt und Kuwait-Stadt."],
    ["a person named like a capital", "Denzel Washington spielte mit."],
    ["a club named after a city", "Union Berlin gewann."],
  ])("not a country: %s", (_what, text) => {
    expect(codes(text)).toEqual([]);
  });

  it("offsets stay exact with combining diacritics", () => {
    const text = "Die Tu\u0308rkei und O\u0308sterreich.";
    const { mentions } = findCountryMentions(text);
    expect(mentions.map((m) => m.code)).toEqual(["TR", "AT"]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("held-out set 2: continents, rivers and short forms", () => {
  it.each([
    ["a continent adjective with a direction", "Der südamerikanische Staatenbund und die mittelamerikanischen Länder."],
    ["a river compound", "Auf der anderen Seite des Kongo-Flusses, im Niger-Delta."],
  ])("not a country: %s", (_what, text) => {
    expect(codes(text)).toEqual([]);
  });

  it("a country adjective with a direction and the river's country by name still count", () => {
    expect(codes("Im südafrikanischen Kapstadt, im Kongo und am nordamerikanisch-kanadischen Grenzfluss.")).toEqual([
      "CA",
      "CD",
      "ZA",
    ]);
  });

  it("a formal name's short form: Brunei (Brunei Darussalam)", () => {
    expect(forms("Laos, Brunei und Thailand.")).toEqual(["LA:Laos:NAME", "BN:Brunei:NAME", "TH:Thailand:NAME"]);
  });
});
