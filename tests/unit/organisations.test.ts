import { describe, expect, it } from "vitest";
import { findOrganisationMentions, ORGANISATIONS, summarizeOrganisations } from "../../src/ingest/organisations.js";
import { resolveOrganisation } from "../../src/vocab/organisations.js";

const found = (text: string) => findOrganisationMentions(text).map((m) => `${m.code}:${m.text}`);

describe("findOrganisationMentions finds every German and English form", () => {
  it.each([
    ["Die EU und die Europäische Union", ["EU:EU", "EU:Europäische Union"]],
    ["in der Europäischen Union", ["EU:Europäischen Union"]],
    ["Die EU-Staaten beim EU-Gipfel", ["EU:EU-Staaten", "EU:EU-Gipfel"]],
    [
      "Die EU-Kommission und die Europäische Kommission",
      ["EUROPEAN_COMMISSION:EU-Kommission", "EUROPEAN_COMMISSION:Europäische Kommission"],
    ],
    [
      "EU-Kommissionspräsidentin und EU-Parlament",
      ["EUROPEAN_COMMISSION:EU-Kommissionspräsidentin", "EUROPEAN_PARLIAMENT:EU-Parlament"],
    ],
    ["Der Nato-Gipfel der NATO und der Nato", ["NATO:Nato-Gipfel", "NATO:NATO", "NATO:Nato"]],
    ["der Vereinten Nationen, die UN und die UNO", ["UN:Vereinten Nationen", "UN:UN", "UN:UNO"]],
    ["Der UN-Sicherheitsrat und der Weltsicherheitsrat", ["UNSC:UN-Sicherheitsrat", "UNSC:Weltsicherheitsrat"]],
    [
      "UN-Flüchtlingshilfswerk UNHCR und UN-Kinderhilfswerk Unicef",
      ["UNHCR:UN-Flüchtlingshilfswerk", "UNHCR:UNHCR", "UNICEF:UN-Kinderhilfswerk", "UNICEF:Unicef"],
    ],
    ["Das Welternährungsprogramm (WFP) und die WHO", ["WFP:Welternährungsprogramm", "WFP:WFP", "WHO:WHO"]],
    ["Die Internationale Atomenergiebehörde (IAEA)", ["IAEA:Internationale Atomenergiebehörde", "IAEA:IAEA"]],
    [
      "des Internationalen Währungsfonds (IWF) und der Weltbank",
      ["IMF:Internationalen Währungsfonds", "IMF:IWF", "WORLDBANK:Weltbank"],
    ],
    [
      "Opec+ und die Opec, Opec+-Staaten, Opec plus",
      ["OPEC_PLUS:Opec+", "OPEC:Opec", "OPEC_PLUS:Opec+-Staaten", "OPEC_PLUS:Opec plus"],
    ],
    ["G7-Gipfel, die G20 und G-7-Staaten", ["G7:G7-Gipfel", "G20:G20", "G7:G-7-Staaten"]],
    ["Ecowas, die Afrikanische Union (AU), Asean", ["ECOWAS:Ecowas", "AU:Afrikanische Union", "AU:AU", "ASEAN:Asean"]],
    [
      "Die OSZE und der Europarat, des Europarats",
      ["OSCE:OSZE", "COUNCIL_OF_EUROPE:Europarat", "COUNCIL_OF_EUROPE:Europarats"],
    ],
    ["Die EZB und die Europäische Zentralbank", ["ECB:EZB", "ECB:Europäische Zentralbank"]],
    [
      "Internationaler Strafgerichtshof und Internationaler Gerichtshof",
      ["ICC:Internationaler Strafgerichtshof", "ICJ:Internationaler Gerichtshof"],
    ],
    ["Fifa, Uefa, IOC und EBU", ["FIFA:Fifa", "UEFA:Uefa", "IOC:IOC", "EBU:EBU"]],
    ["die Quad-Staaten und die Brics-Staaten", ["QUAD:Quad-Staaten", "BRICS:Brics-Staaten"]],
    [
      "Arabische Liga, Golf-Kooperationsrat, SOZ, Mercosur, OECD",
      ["ARAB_LEAGUE:Arabische Liga", "GCC:Golf-Kooperationsrat", "SCO:SOZ", "MERCOSUR:Mercosur", "OECD:OECD"],
    ],
    [
      "das Internationale Komitee vom Roten Kreuz und beim Roten Kreuz",
      ["RED_CROSS:Internationale Komitee vom Roten Kreuz", "RED_CROSS:Roten Kreuz"],
    ],
    ["The United Nations and the World Health Organization", ["UN:United Nations", "WHO:World Health Organization"]],
  ])("%j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("keeps the evidence with exact offsets", () => {
    const text = "Erster Satz. Dann tagte der UN-Sicherheitsrat.";
    expect(findOrganisationMentions(text, "TEASER")).toEqual([
      {
        code: "UNSC",
        field: "TEASER",
        start: 28,
        end: 45,
        text: "UN-Sicherheitsrat",
        sentence: "Dann tagte der UN-Sicherheitsrat.",
      },
    ]);
  });
});

describe("findOrganisationMentions does not fire on", () => {
  it.each([
    ["Union alone", "Die Union (CDU/CSU) und Union Berlin stimmten zu."],
    ["the continent", "Europa wählt, der Rat tagt."],
    ["national bodies", "Das Deutsche Rote Kreuz und der Bundestag."],
    ["lowercase words", "who knows, uno momento"],
  ])("%s", (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("an abbreviation that is also a noun (Quad)", () => {
  it("counts after der, die, des and as a listed compound", () => {
    expect(found("Neu-Delhi gehört zugleich der Quad an. Die Quad-Staaten und die Quad tagten.")).toEqual([
      "QUAD:Quad",
      "QUAD:Quad-Staaten",
      "QUAD:Quad",
    ]);
  });

  it("not the vehicle", () => {
    expect(found("Er fuhr mit dem Quad, ein Quad kostet viel. Das Quad-Rennen. Quad fahren macht Spaß.")).toEqual([]);
  });
});

describe("summaries and lookups", () => {
  it("groups by code with the German name", () => {
    const summary = summarizeOrganisations(findOrganisationMentions("Die Nato und die EU. Die Nato-Staaten."));
    expect(summary.map((s) => [s.code, s.name, s.count])).toEqual([
      ["NATO", "Nato", 2],
      ["EU", "Europäische Union", 1],
    ]);
  });

  it.each([
    ["nato", "NATO"],
    ["Vereinte Nationen", "UN"],
    ["united nations", "UN"],
    ["iwf", "IMF"],
    ["International Monetary Fund", "IMF"],
    ["opec+", "OPEC_PLUS"],
    ["weltbank", "WORLDBANK"],
    ["EUROPEAN_COMMISSION", "EUROPEAN_COMMISSION"],
    ["eu-kommission", "EUROPEAN_COMMISSION"],
  ])("resolveOrganisation(%j) = %s", (query, code) => {
    expect(resolveOrganisation(query)).toBe(code);
  });

  it("lists every code of the issue with a German and an English name", () => {
    const codes = ORGANISATIONS.map((o) => o.code);
    for (const code of "EU NATO UN UNSC UNHCR UNICEF WFP WHO IAEA IMF WORLDBANK WTO OPEC OPEC_PLUS G7 G20 ECOWAS AU ASEAN OSCE COUNCIL_OF_EUROPE EUROPEAN_COMMISSION EUROPEAN_PARLIAMENT ECB ICC ICJ FIFA UEFA IOC EBU QUAD BRICS ARAB_LEAGUE GCC SCO MERCOSUR OECD RED_CROSS".split(
      " ",
    ))
      expect(codes).toContain(code);
    for (const o of ORGANISATIONS) expect(o.nameDe && o.nameEn).toBeTruthy();
    expect(resolveOrganisation("Atlantis")).toBeUndefined();
  });
});
