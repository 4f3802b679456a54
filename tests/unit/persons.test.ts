// Issue 15: persons in German copy, each trap of the issue with a test (src/ingest/persons.ts).
import { describe, expect, it } from "vitest";
import { findCountryMentions } from "../../src/ingest/countries.js";
import { extractArticle } from "../../src/ingest/extract.js";
import { bylineSpans, findPersons, type PersonSummary } from "../../src/ingest/persons.js";
import { givenNameGender } from "../../src/vocab/given-names.js";
import { personKey } from "../../src/vocab/person-names.js";

/** The persons of one body text (headline and teaser empty unless given). */
function personsOf(body: string, headline = "", byline = false): PersonSummary[] {
  const fields = (
    [
      ["HEADLINE", headline],
      ["TEASER", ""],
      ["BODY", body],
    ] as const
  ).map(([field, text]) => {
    const c = findCountryMentions(text, field);
    return { field, text, countries: c.mentions, places: c.places };
  });
  return findPersons(fields, [[], [], byline ? bylineSpans(body) : []]);
}
const names = (body: string, headline = "") => personsOf(body, headline).map((p) => p.name);
const person = (body: string, name: string) => personsOf(body).find((p) => p.name === name);

/** A source text in the project's format. */
const source = (headline: string, body: string) =>
  `${headline}\n\nTeaser.\n\n${body}\n\nAutor: Klaus Bergmann, Mittwoch, 12. März 2025###\n\n12.03.2025`;

describe("persons: names and their fullest form", () => {
  it("finds a full name introduced by a given name, with evidence", () => {
    const text = "Am Abend traf Angela Merkel in Berlin ein.";
    const [p] = personsOf(text);
    expect(p).toMatchObject({ key: "angela merkel", name: "Angela Merkel", count: 1, country: null });
    expect(p!.mentions[0]).toMatchObject({ field: "BODY", text: "Angela Merkel", sentence: text });
    expect(text.slice(p!.mentions[0]!.start, p!.mentions[0]!.end)).toBe("Angela Merkel");
  });

  it("finds a name with an unknown given name after a role", () => {
    expect(names("Der japanische Verteidigungsminister Gen Nakatani reiste ab.")).toEqual(["Gen Nakatani"]);
    expect(names("Chinas Staatschef Xi Jinping sprach.")).toEqual(["Xi Jinping"]);
  });

  it("drops the genitive -s: Obamas, Donald Trumps, von der Leyens", () => {
    expect(names("Der frühere US-Präsident Barack Obama schrieb. Obamas erster Band erschien 2020.")).toEqual([
      "Barack Obama",
    ]);
    expect(names("Donald Trumps Aufstieg beschreibt er als Warnung.")).toEqual(["Donald Trump"]);
    expect(names("Im Mittelpunkt von Daniela Kriens neuem Roman steht eine Winzerin.")).toEqual(["Daniela Krien"]);
    const [p] = personsOf("Ursula von der Leyen sprach. Von der Leyens Sprecherin schwieg.");
    expect(p!.mentions.map((m) => m.text)).toEqual(["Ursula von der Leyen", "Von der Leyens"]);
  });

  it("two initials and a surname are a name: 'J. D. Vance', 'T. S. Eliot'", () => {
    expect(names("Zuvor war J. D. Vance vereidigt worden. Vance lächelte. Sie las T. S. Eliot.")).toEqual([
      "J. D. Vance",
      "T. S. Eliot",
    ]);
  });

  it("a two-word name and its reversed order are one person: 'Sanae Takaichi … heißt sie Takaichi Sanae'", () => {
    const persons = personsOf(
      "Das Parlament wählte Sanae Takaichi zur Premierministerin. In Japan, wo der Familienname vorangestellt wird, heißt sie Takaichi Sanae.",
    );
    expect(persons.map((p) => p.name)).toEqual(["Sanae Takaichi"]);
    expect(persons[0]!.mentions.map((m) => m.text)).toEqual(["Sanae Takaichi", "Takaichi Sanae"]);
  });

  it("a genitive ends the name: the noun after it is no surname", () => {
    expect(names("Greta Gerwigs Film über die Puppe ist klug.")).toEqual(["Greta Gerwig"]);
    // "Firma" is in a list of given names, but ngerman has it as a noun ("Firma"/"Firmen").
    expect(names("Sie starteten mit Raketen von Elon Musks Firma SpaceX.")).toEqual(["Elon Musk"]);
  });

  it("links later surname-only references, also in the headline, to the full name", () => {
    const [p] = personsOf(
      "US-Präsident Donald Trump forderte mehr Geld. Trump sagte, das sei nötig.",
      "Trump fordert Geld",
    );
    expect(p!.name).toBe("Donald Trump");
    expect(p!.mentions.map((m) => `${m.field}:${m.text}`)).toEqual([
      "HEADLINE:Trump",
      "BODY:Donald Trump",
      "BODY:Trump",
    ]);
  });

  it("never merges two different people who share a surname; a lone surname goes to the first introduced", () => {
    const persons = personsOf(
      "Der frühere Präsident Barack Obama schrieb das Buch. Auch Michelle Obama kommt vor. Obama lobte sie.",
    );
    expect(persons.map((p) => [p.name, p.count])).toEqual([
      ["Barack Obama", 2],
      ["Michelle Obama", 1],
    ]);
  });

  it("refers to a family name written first by its first word: Xi, Kim", () => {
    const persons = personsOf("Chinas Staatschef Xi Jinping empfing Kim Jong Un. Xi sprach, Kim schwieg.");
    expect(persons.map((p) => [p.name, p.count])).toEqual([
      ["Xi Jinping", 2],
      ["Kim Jong Un", 2],
    ]);
  });

  it("keeps name particles and hyphens: van 't Schip, Krüger-Sander, Frank-Walter Steinmeier", () => {
    expect(names("Ajax-Trainer John van 't Schip lobte ihn.")).toEqual(["John van 't Schip"]);
    expect(names("Schulleiterin Dorothea Krüger-Sander nahm den Preis an.")).toEqual(["Dorothea Krüger-Sander"]);
    expect(names("Bundespräsident Frank-Walter Steinmeier würdigte ihn.")).toEqual(["Frank-Walter Steinmeier"]);
  });

  it("French particles: Laurence des Cars", () => {
    expect(names("Museumsdirektorin Laurence des Cars schwieg.")).toEqual(["Laurence des Cars"]);
  });

  it("a particle does not join a noun after a surname: Macron von der Zukunft", () => {
    expect(names("Dort sprach Emmanuel Macron von der Zukunft Europas.")).toEqual(["Emmanuel Macron"]);
  });

  it("finds a name in an apposition after a role and a name joined by und to a person", () => {
    expect(names("Die Ministerin für Arbeit, Bärbel Bas, verwies auf die Rente.")).toEqual(["Bärbel Bas"]);
    expect(names("Er siegte vor Lando Norris und Oscar Piastri.")).toEqual(["Lando Norris", "Oscar Piastri"]);
  });

  it("completes a surname that a speech verb attributes from the name written elsewhere", () => {
    expect(names("Malaika Mihambo ist Europameisterin. „Ich bin dankbar“, sagte Mihambo.")).toEqual([
      "Malaika Mihambo",
    ]);
  });

  it("a lone surname after a role is a person; after kin, an indefinite role or a place it is not", () => {
    expect(names("Papst Franziskus ist tot.")).toEqual(["Franziskus"]);
    // After kin, a given name: a person named in part (partial-names.ts), no surname.
    expect(personsOf("Ihr Bruder Matthias drängt darauf.")).toMatchObject([{ name: "Matthias", partial: true }]);
    expect(names("Nun hat ein Investor Pläne vorgelegt.")).toEqual([]);
    expect(names("Sie ist eine Winzerin Mitte fünfzig.")).toEqual([]);
  });

  it("a speech verb makes a person of the word after it only after a quote or a comma, not of its object", () => {
    expect(names("„Wir sind bereit“, sagte Nakatani.")).toEqual(["Nakatani"]);
    expect(names("Die Lage sei ernst, so Pokorny.")).toEqual(["Pokorny"]);
    expect(names("Die EU-Kommission sagt Hilfe zu. Das Rote Kreuz fordert Zugang für Helfer.")).toEqual([]);
    expect(names("Dem Entwurf zufolge sollen die Bewohner bleiben. Umfragen zufolge ist das beliebt.")).toEqual([]);
  });

  it("Arabic name particles joined by a hyphen: Baschar al-Assad", () => {
    expect(
      person("Seit dem Sturz des syrischen Machthabers Baschar al-Assad ist alles anders.", "Baschar al-Assad"),
    ).toMatchObject({
      country: "SY",
    });
  });

  it("a full name after a speech verb: „…“, sagte Einav Zangauker", () => {
    expect(names('"Wir haben gewartet", sagte Einav Zangauker, deren Sohn in Gaza ist.')).toEqual(["Einav Zangauker"]);
  });

  it("a known surname after a speech verb and a noun is that person: sagte Torschütze Jordan", () => {
    const persons = personsOf(
      "Den Treffer erzielte Verteidiger Lukas Jordan. „Wir glauben an uns“, sagte Torschütze Jordan.",
    );
    expect(persons.map((p) => [p.name, p.count])).toEqual([["Lukas Jordan", 2]]);
  });

  it("Arabic names go on after bin: Mohammed bin Abdulrahman Al Thani", () => {
    expect(names("Katars Regierungschef Mohammed bin Abdulrahman Al Thani sprach.")).toEqual([
      "Mohammed bin Abdulrahman Al Thani",
    ]);
  });

  it("a genitive after a complete name starts another name; a past-tense verb after -s is no adjective", () => {
    // Mozart himself is a person now (the maker of a work: makersIn), not part of Huguet's name.
    expect(names("Regisseur Vincent Huguet erzählt Mozarts Oper neu.")).toEqual(["Vincent Huguet", "Mozart"]);
    expect(names("Der Kronzeuge Oliver Bellenhaus hatte Braun schwer belastet.")).toEqual(["Oliver Bellenhaus"]);
  });

  it("Scandinavian '-sen' after an unlisted given name; a German noun before a foreign name is none of it", () => {
    expect(names("Taufpatin war Sunnvá Hansen, Steuerfrau des Ruderclubs.")).toEqual(["Sunnvá Hansen"]);
    expect(names("Die Mannschaft: Steuermann Heðin Nolsøe, dazu Eyðun Mikkelsen.")).toEqual([
      "Heðin Nolsøe",
      "Eyðun Mikkelsen",
    ]);
    expect(names("Es gab Suppe mit Linsen und Reis.")).toEqual([]);
  });

  it("a second surname: a frequent German one, or after a Spanish '-os' ('Wilfredo Gstir Müller', 'Hilda Ballesteros Gstir')", () => {
    expect(names("Das sagte Bürgermeister Wilfredo Gstir Müller nach der Sitzung.")).toEqual(["Wilfredo Gstir Müller"]);
    expect(names("Der Preis geht an Amaru Quispe Hartmann.")).toEqual(["Amaru Quispe Hartmann"]);
    // Coordinated: "Das Ehepaar Renate und Wolfgang Kreiling"; a comma list of full names.
    expect(names("Das Ehepaar Renate und Wolfgang Kreiling half.")).toEqual(["Renate Kreiling", "Wolfgang Kreiling"]);
    expect(names("Eingeführt wurden Tomke Buß, Okke Meyer, Swantje Hinrichs-Eilers und Gerrit Poppen.")).toEqual([
      "Tomke Buß",
      "Okke Meyer",
      "Swantje Hinrichs-Eilers",
      "Gerrit Poppen",
    ]);
    expect(names("Die Lehrerin Hilda Ballesteros Gstir unterrichtet.")).toEqual(["Hilda Ballesteros Gstir"]);
    // A genitive before a noun stays one: "Greta Gerwigs Film".
    expect(names("Das ist Greta Gerwigs Film.")).toEqual(["Greta Gerwig"]);
  });

  it("a month's name as a double given name's second part: Ernst-August Wiedemann", () => {
    expect(names("Es bewarben sich Ernst-August Wiedemann (71) und Karl-August Berg.")).toEqual([
      "Ernst-August Wiedemann",
      "Karl-August Berg",
    ]);
  });

  it("a Turkish given name that is an English word still starts a name: Kapitän Emre Can", () => {
    expect(names("Kapitän Emre Can fehlte gesperrt.")).toEqual(["Emre Can"]);
  });

  it("an abbreviated name (Murat K.) is no full name, but a person named in part", () => {
    expect(personsOf("Der Angeklagte Murat K. schwieg.")).toMatchObject([{ name: "Murat K.", partial: true }]);
  });
});

describe("persons: traps of the issue", () => {
  it("people named like places: Paris Hilton, Nancy Pelosi, Jordan Henderson, Denzel Washington, Mark Rutte", () => {
    expect(names("Auf dem Teppich zeigte sich Paris Hilton.")).toEqual(["Paris Hilton"]);
    expect(names("Pelosi landete. Die Vorsitzende des US-Repräsentantenhauses, Nancy Pelosi, sprach.")).toEqual([
      "Nancy Pelosi",
    ]);
    expect(names("Der englische Mittelfeldspieler Jordan Henderson wechselt.")).toEqual(["Jordan Henderson"]);
    expect(names("Hollywood-Star Denzel Washington spielt einen Richter.")).toEqual(["Denzel Washington"]);
    expect(names("Nato-Generalsekretär Mark Rutte mahnte.")).toEqual(["Mark Rutte"]);
  });

  it("a given name that is a place here starts no name: in London Rückendeckung, Paris Saint-Germain", () => {
    expect(names("Selenskyj erhält in London Rückendeckung.")).toEqual([]);
    expect(names("Er spielt für Paris Saint-Germain.")).toEqual([]);
  });

  it("a surname after a place preposition is the place: in Washington", () => {
    const [p] = personsOf("Hollywood-Star Denzel Washington spielt einen Richter in Washington. Das sagte Washington.");
    expect(p!.mentions.map((m) => m.text)).toEqual(["Denzel Washington", "Washington"]);
    expect(p!.mentions[1]!.sentence).toBe("Das sagte Washington.");
  });

  it("places and things named after people are not their mentions: Kennedy-Flughafen, Konrad-Adenauer-Stiftung", () => {
    const persons = personsOf(
      "Die Konrad-Adenauer-Stiftung warnte. Sie ist nach Bundeskanzler Konrad Adenauer benannt. Am John-F.-Kennedy-Flughafen fiel der Strom aus. Das Elisabeth-Gymnasium gewann.",
    );
    expect(persons.map((p) => [p.name, p.count])).toEqual([["Konrad Adenauer", 1]]);
  });

  it("the rescue ship Alan Kurdi is no mention of the boy Alan Kurdi", () => {
    const [p] = personsOf(
      'Das Rettungsschiff "Alan Kurdi" rettete 80 Menschen. Es ist nach dem syrischen Jungen Alan Kurdi benannt.',
    );
    expect(p!.mentions.map((m) => m.text)).toEqual(["Alan Kurdi"]);
    expect(p!.country).toBe("SY");
  });

  it("organisations ending in a surname are not the person: Porsche, Siemens", () => {
    const [p] = personsOf(
      "Aufsichtsratschef Wolfgang Porsche sagte, der Vorstand habe Vertrauen. Der Sportwagenhersteller Porsche verdiente weniger. Die Porsche-Familie hält an ihm fest.",
    );
    expect(p!.mentions.map((m) => m.text)).toEqual(["Wolfgang Porsche"]);
    // Named at the end only, the founder is no subject of the references before ("Siemens hat ...").
    const [s] = personsOf("Siemens hat mehr verdient.\n\nDer Konzern geht auf Werner von Siemens zurück.");
    expect(s!.mentions.map((m) => m.text)).toEqual(["Werner von Siemens"]);
  });

  it("excludes the byline author in the body and in the Autor line", () => {
    expect(personsOf("Von Leonie Graf, dpa\n\nRegisseurin Greta Gerwig erzählt.", "", true).map((p) => p.name)).toEqual(
      ["Greta Gerwig"],
    );
    const a = extractArticle(source("Kritik", "Von Christine Möller\n\nRegisseur Stephan Kimmig inszeniert."), "x.txt");
    expect(a.persons.map((p) => p.name)).toEqual(["Stephan Kimmig"]);
  });

  it("a part played is no person: als Kommissar Huber, als Maria Stuart, Donna Elvira", () => {
    expect(names("Bekannt wurde Walter Brenninger als Kommissar Huber, den er 30 Jahre verkörperte.")).toEqual([
      "Walter Brenninger",
    ]);
    expect(names("Berühmt wurde sie als Maria Stuart und als Mutter Courage.")).toEqual([]);
    expect(names("Als Donna Elvira überzeugt die Sopranistin Elsa Dreisig.")).toEqual(["Elsa Dreisig"]);
    expect(names("Don Giovanni wohnt jetzt im Zimmer 204.")).toEqual([]);
  });

  it("fictional characters in a review are no persons", () => {
    expect(names("Maja Schöne gibt Marthe Schwerdtlein als zynische Beobachterin.")).toEqual(["Maja Schöne"]);
    expect(names("Gloria, gespielt von America Ferrera, hält eine Rede.")).toEqual(["America Ferrera"]);
    expect(names("Im Mittelpunkt des Romans steht Hanna Leitner, eine Winzerin.")).toEqual([]);
    expect(names("Im Hamburger Thalia Theater spielt Jens Harzer.")).toEqual(["Jens Harzer"]);
  });

  it("a musician plays music, no part: 'Zur Eröffnung spielt die Geigerin Mirjam Tal-Rosenberg'", () => {
    expect(names("Zur Eröffnung spielt die Geigerin Mirjam Tal-Rosenberg aus Tel Aviv.")).toEqual([
      "Mirjam Tal-Rosenberg",
    ]);
    expect(names("Auf der Bühne spielt sie die Wirtin Marthe Rull.")).toEqual([]);
  });

  it("'geben' with its particle announces, plays no part: 'Das gab die Bürgermeisterin Gisela Bürkle bekannt'", () => {
    expect(names("Das gab die Bürgermeisterin Gisela Bürkle am Abend bekannt.")).toEqual(["Gisela Bürkle"]);
    expect(names("Nach der Premiere: Im Stück gibt sie die Wirtin Marthe Rull.")).toEqual([]);
  });
});

describe("persons: roles and countries", () => {
  it.each([
    ["US-Präsident Donald Trump forderte mehr.", "Donald Trump", "US", "US-Präsident"],
    [
      "Der japanische Verteidigungsminister Gen Nakatani reiste.",
      "Gen Nakatani",
      "JP",
      "Der japanische Verteidigungsminister",
    ],
    ["Frankreichs Präsident Emmanuel Macron empfing ihn.", "Emmanuel Macron", "FR", "Frankreichs Präsident"],
    ["Bei den Frauen gewann die Amerikanerin Madison Keys.", "Madison Keys", "US", "die Amerikanerin"],
    ["Bundeskanzler Friedrich Merz reiste nach Paris.", "Friedrich Merz", "DE", "Bundeskanzler"],
    [
      "Englands Nationaltrainer Gareth Southgate hielt an ihm fest.",
      "Gareth Southgate",
      "GB",
      "Englands Nationaltrainer",
    ],
    [
      "Die Vorsitzende des US-Repräsentantenhauses, Nancy Pelosi, landete.",
      "Nancy Pelosi",
      "US",
      "Die Vorsitzende des US-Repräsentantenhauses",
    ],
  ])("%s", (text, name, country, role) => {
    const p = person(text, name);
    expect(p).toMatchObject({ country, roles: [role] });
    expect(p!.mentions[0]!.role).toBe(role);
  });

  it("a role without a country, a region or a federal sports post names none", () => {
    expect(person("Brandenburgs Ministerpräsident Dietmar Woidke forderte das.", "Dietmar Woidke")).toMatchObject({
      country: null,
      roles: ["Brandenburgs Ministerpräsident"],
    });
    expect(person("Bundestrainer Julian Nagelsmann nominierte ihn.", "Julian Nagelsmann")!.country).toBeNull();
    expect(
      person("Kritik kam aus Israel. Ministerpräsident Benjamin Netanjahu sprach.", "Benjamin Netanjahu")!.country,
    ).toBeNull();
  });
});

describe("personKey", () => {
  it("folds case and diacritics", () => {
    expect(personKey("Maroš Šefčovič")).toBe("maros sefcovic");
    expect(personKey("Uli Hoeneß")).toBe("uli hoeness");
  });
});

// Rules added after the fourth held-out set's first run (tests/fixtures/heldout-persons-4), each general.
describe("persons: fourth held-out set's errors", () => {
  it("an abbreviated title (Dr., Prof.) belongs to the role, not to the name", () => {
    expect(names("Seine Kollegin Dr. Viola Neu verwies darauf.")).toEqual(["Viola Neu"]);
    const p = person("Das sagte die Vorsitzende Richterin Dr. Sabine Ehlers-Krautwurst.", "Sabine Ehlers-Krautwurst");
    expect(p!.roles[0]).toMatch(/Richterin Dr\.$/u);
    expect(names("Prof. Dr. Anna Lang leitet das Institut.")).toEqual(["Anna Lang"]);
  });

  it("a given name ending in -s before another name is no genitive", () => {
    expect(names("Der aus Chicago stammende Robert Francis Prevost ist seit Mai 2025 Papst.")).toEqual([
      "Robert Francis Prevost",
    ]);
    expect(names("Donald Trumps Aufstieg begann früh.")).toEqual(["Donald Trump"]);
  });

  it("a bare role word after given names is their surname (Leiter, Richter)", () => {
    expect(names("„Wir bauen um“, sagte Vorstandschef Michael Leiters, der Oliver Blume folgte.")).toEqual([
      "Michael Leiters",
      "Oliver Blume",
    ]);
    expect(names("Der Maler Gerhard Richter stellt aus.")).toEqual(["Gerhard Richter"]);
  });

  it("Romance particles may follow a surname-like word; German ones only given names", () => {
    expect(names("Brasiliens Präsident Luiz Inácio Lula da Silva unterzeichnete.")).toEqual([
      "Luiz Inácio Lula da Silva",
    ]);
    expect(names("Präsident Emmanuel Macron von der Zukunft sprach.")).not.toContain("Emmanuel Macron von der Zukunft");
  });

  it("the gazetteer's given names before city-surnames are given names (Denzel Washington)", () => {
    expect(names("Denzel Washington spielt diesen Mann mit einer Müdigkeit, die man ihm glaubt.")).toEqual([
      "Denzel Washington",
    ]);
  });

  it("a definite article right before a name without a role makes it a team's or event's", () => {
    expect(names("Sie legte zum Abschluss der Berlin Fashion Week auf.")).toEqual([]);
    expect(names("Sie haben die Orlando Magic zu einem Sieg geführt.")).toEqual([]);
    expect(names("Sie haben Orlando Bloom gesehen.")).toEqual(["Orlando Bloom"]);
  });

  it("a capitalised word before a surname of foreign shape is its given name", () => {
    expect(names("Tadej Pogačar hat die Königsetappe gewonnen.")).toEqual(["Tadej Pogačar"]);
    expect(names("Den dritten Treffer erzielte Ermedin Demirović.")).toEqual(["Ermedin Demirović"]);
    expect(names("Die Sinfonien von Witold Lutosławski gelten als Referenz.")).toEqual(["Witold Lutosławski"]);
    expect(names("Der Rückkehrer Pogačar gewann.")).toEqual([]);
  });

  it("a name after a quote and a verb without the comma of an attribution is no speaker („…“ spricht X)", () => {
    expect(names("„Sein oder Nichtsein“ spricht Hamlet in eine Webcam.")).toEqual([]);
    expect(names("„Das war knapp“, sagte Pokorny.")).toEqual(["Pokorny"]);
  });

  it("professions introduce a name like roles (Fotografin, Designer, Kapellmeister)", () => {
    expect(person("Das Foto der türkischen Fotografin Nilüfer Demir ging um die Welt.", "Nilüfer Demir")).toMatchObject(
      {
        country: "TR",
      },
    );
  });
});

describe("persons: names introduced by context, characters (after the fourth set)", () => {
  it("a two-word name next to a verb of scoring is a player", () => {
    expect(names("Serhou Guirassy erzielte zwei Tore.")).toEqual(["Serhou Guirassy"]);
    expect(names("Für Köln traf Linton Maina zum Ausgleich.")).toEqual(["Linton Maina"]);
    expect(names("Am Abend traf Angela Merkel ein. Den Treffer erzielte Verteidiger Lukas Jordan.")).toEqual([
      "Angela Merkel",
      "Lukas Jordan",
    ]);
    expect(names("Der Torjäger Kowalczyk traf.")).toEqual([]);
  });

  it("a Romance particle between two name words makes a name; not in events and place names", () => {
    expect(names("Benicio del Toro spielt diesen Industriellen.")).toEqual(["Benicio del Toro"]);
    expect(names("Er gewann am Col du Tourmalet die Etappe der Tour de France.")).toEqual([]);
    expect(names("Er lebt auf einer Farm in Rincón del Cerro. In Praia da Luz ist man müde.")).toEqual([]);
  });

  it("a capitalised word after a role with its definite article is the verb's object", () => {
    expect(names("In seiner Rede kündigt der Kanzler Einschnitte an.")).toEqual([]);
    expect(names("Das sagte Kanzler Merz am Abend.")).toEqual(["Merz"]);
  });

  it("a person introduced with a role that an actor plays is a character", () => {
    const text =
      "Als eine junge Staatsanwältin, Rosa Delgado, ihn um Hilfe bittet, kehrt er zurück. Ana de Armas gibt die Staatsanwältin mit kühler Entschlossenheit.";
    expect(names(text)).toEqual(["Ana de Armas"]);
  });

  it('a person whose given name an actor plays ("X als Luise") is a character', () => {
    const text =
      "Der Unterschied zwischen Luise Miller und Ferdinand von Walter ist groß. Stark ist Lea Millersdorf als Luise: Sie spielt die Tochter als Frau mit eigenem Kopf. Jonas Walterscheid als Ferdinand bleibt blass. Die Regisseurin Luise Brandt inszeniert es.";
    expect(names(text).sort()).toEqual(["Jonas Walterscheid", "Lea Millersdorf", "Luise Brandt"].sort());
  });

  it("the family a novel tells of are its characters", () => {
    const text =
      "Der Roman erzählt von der Familie Lehmann aus Weißwasser und von der Enkelin Jana Lehmann. Die Autorin Lea Sommerfeld las.";
    expect(names(text)).toEqual(["Lea Sommerfeld"]);
  });
});

describe("persons: a maker known by surname alone (after the fourth set)", () => {
  it("a genitive before a work or a quoted title names its author or composer", () => {
    expect(names("Jette Steckel hat Shakespeares Tragödie in ein Büro verlegt.")).toEqual([
      "Jette Steckel",
      "Shakespeare",
    ]);
    expect(names("Der Regisseur erzählt Mozarts Oper als Drama.")).toEqual(["Mozart"]);
    expect(names("Was bleibt von Goethes „Faust“, wenn man Mephisto streicht?")).toEqual(["Goethe"]);
  });

  it("not a place's genitive, a given name's or a noun phrase's", () => {
    expect(names("Hamburgs Oper spielt wieder.")).toEqual([]);
    expect(names("Hamlets Zaudern ist ein Massenphänomen.")).toEqual([]);
  });

  it("a country's two-word name is the country, not a person (found by the 1 M corpus generator)", () => {
    expect(names("Zeitungen in Sierra Leone widmeten dem Thema ihre Titelseiten.")).toEqual([]);
    expect(names("Aus Costa Rica kamen vorsichtig zuversichtliche Töne.")).toEqual([]);
    expect(names("Sierra Leone und Ghana verhandeln, sagte Julius Maada Bio.")).toEqual(["Julius Maada Bio"]);
  });
});

// Rules and data added after the fifth held-out set's first run (tests/fixtures/heldout-persons-5), each general.
describe("persons: fifth held-out set's errors", () => {
  it("given names of older German generations, Slavic transliterations and Japanese names (curated data)", () => {
    expect(names("Der frühere Minister Uwe Kellner kam mit Margarethe Bloch und Wladimir Kotow.")).toEqual([
      "Uwe Kellner",
      "Margarethe Bloch",
      "Wladimir Kotow",
    ]);
    expect(names("Die Astronautin Yuki Moriyama flog mit Svante Lindqvist.")).toEqual([
      "Yuki Moriyama",
      "Svante Lindqvist",
    ]);
  });

  it("given names from the added faker locales (Ghana, Nigeria)", () => {
    expect(names("Gewonnen haben Kofi Mensah und Emeka Obi.")).toEqual(["Kofi Mensah", "Emeka Obi"]);
  });

  it("a generational suffix belongs to the name: Jr.", () => {
    expect(names("Präsident Ferdinand Reyes Jr. kündigte eine Reise an.")).toEqual(["Ferdinand Reyes Jr."]);
  });

  it("a double surname ending in a role word, after given names, is a surname", () => {
    expect(names("Sagte Studienleiterin Marta Adebayo-Richter am Mittwoch.")).toEqual(["Marta Adebayo-Richter"]);
  });

  it("Iberian names go on after 'dos Santos'; a particle before an acronym is no name; 'dela'", () => {
    expect(names("Der Politologe João Pedro dos Santos Ferreira aus Recife sieht Innenpolitik.")).toEqual([
      "João Pedro dos Santos Ferreira",
    ]);
    expect(names("„Alles ist weg“, sagte der Fischer Rogelio dela Cruz der AFP.")).toEqual(["Rogelio dela Cruz"]);
  });

  it("a genitive before a title in quotation marks: Henrik Ibsens „Nora“", () => {
    expect(names("Das Theater zeigt Henrik Ibsens „Nora“ in neuer Fassung.")).toEqual(["Henrik Ibsen"]);
  });

  it("a name before an English facility word names the facility: Kennedy Space Center", () => {
    expect(names("Gestartet wird vom Kennedy Space Center, trainiert im Johnson Space Center.")).toEqual([]);
  });

  it("scholars and laureates introduce names: Politologe, Flugmedizinerin, Nobelpreisträger", () => {
    expect(names("Der Paläoanthropologe Kwabena Osei sprach mit der Flugmedizinerin Hana Tanaka.")).toEqual([
      "Kwabena Osei",
      "Hana Tanaka",
    ]);
  });
});

// Rules added while the sixth held-out set was being written (found on the fifth set's APA and Keystone-SDA copy).
describe("persons: countries of roles (fifth set's remaining errors)", () => {
  it("a country the role phrase names wins over the federal office's default", () => {
    expect(
      person("Rückendeckung bekam sie von Österreichs Bundeskanzler Christian Stocker.", "Christian Stocker")!.country,
    ).toBe("AT");
    expect(person("Das sagte der Schweizer Bundespräsident Guy Parmelin in Bern.", "Guy Parmelin")!.country).toBe("CH");
  });

  it("an unqualified federal office is Austria's in APA copy, Switzerland's in SDA copy, Germany's elsewhere", () => {
    const text = (dateline: string) => `${dateline} - Bundespräsident Alexander Van der Bellen mahnte zur Ruhe.`;
    expect(person(text("Wien (APA)"), "Alexander Van der Bellen")!.country).toBe("AT");
    expect(person(text("Bern (sda)"), "Alexander Van der Bellen")!.country).toBe("CH");
    expect(person(text("Berlin (dpa)"), "Alexander Van der Bellen")!.country).toBe("DE");
  });

  it("a role coordinated with a truncated compound keeps its country: Chinas Staats- und Parteichef", () => {
    const p = person("Am Abend sprach Chinas Staats- und Parteichef Xi Jinping.", "Xi Jinping");
    expect(p).toMatchObject({ country: "CN", roles: ["Chinas Staats- und Parteichef"] });
  });

  it("astronauts are a role: der deutsche Astronaut", () => {
    expect(person("Als Kandidat gilt der deutsche Astronaut Alexander Gerst.", "Alexander Gerst")!.country).toBe("DE");
  });
});

// Rules and data added after the sixth held-out set's first run (tests/fixtures/heldout-persons-6), each general.
describe("persons: sixth held-out set's errors", () => {
  it("a word that starts no name is a surname after given names: Wolf, King, Mann", () => {
    expect(names("Bester Werfer war Rückraumspieler Ole Wolf. Dann lasen Stephen King und Thomas Mann.")).toEqual([
      "Ole Wolf",
      "Stephen King",
      "Thomas Mann",
    ]);
    expect(names("Im Wald lebt der Wolf. Ende Mai kam der Winter.")).toEqual([]);
  });

  it("an East Asian given name after the family name, its second syllable in lower case: Lee Jae-myung", () => {
    expect(
      names("Der südkoreanische Präsident Lee Jae-myung empfing Ministerpräsident Kim Min-seok. Lee sagte nichts."),
    ).toEqual(["Lee Jae-myung", "Kim Min-seok"]);
  });
});

describe("persons: places and facilities are no given names (fifteenth set)", () => {
  it("'im Stadtteil Kısıklı': a part of a town before a name of foreign shape", () => {
    expect(names("Die Wahl gewann Recep Tayyip Erdoğan im Stadtteil Kısıklı deutlich.")).toEqual([
      "Recep Tayyip Erdoğan",
    ]);
  });

  it("'im Stade de France': a facility before a Romance particle", () => {
    expect(names("Im Stade de France siegte am Abend Julien Alfred.")).toEqual(["Julien Alfred"]);
  });
});

describe("persons: a city's name before a Scottish or Irish surname is a given name", () => {
  it("'Sydney McLaughlin-Levrone' is a person, and Sydney no place in the article", () => {
    const a = extractArticle(
      "Titel\n\nTeaser.\n\nSydney McLaughlin-Levrone lief über 400 Meter Hürden Weltrekord.\n\nAutor: Anna Beispiel, Freitag, 11. Juli 2025###\n\n11.07.2025",
      "x.txt",
    );
    expect(a.persons.map((p) => p.name)).toEqual(["Sydney McLaughlin-Levrone"]);
    expect(a.places).toEqual([]);
  });
});

describe("persons: two persons sharing a given name, one of them with a particle", () => {
  it("'Louis Mapou' and 'Louis Le Franc': the given name before a particle is no reference to its person", () => {
    expect(names("Louis Mapou kam am Morgen. Laut Hochkommissar Louis Le Franc sind Polizisten da.")).toEqual([
      "Louis Mapou",
      "Louis Le Franc",
    ]);
  });
});

describe("persons: Taiwanese and Hong Kong family names before a hyphenated given name", () => {
  it("'Hou Yu-ih', 'Hsiao Bi-khim' with no role before them", () => {
    expect(
      names("Auf Platz zwei kam Hou Yu-ih von der Kuomintang. Nächste Vizepräsidentin wird Hsiao Bi-khim, hieß es."),
    ).toEqual(["Hou Yu-ih", "Hsiao Bi-khim"]);
  });
});

describe("persons: seventh held-out set's errors", () => {
  const withByline = (body: string) => personsOf(body, "", true).map((p) => p.name);

  it("a regnal number keeps its ordinal period; I. and V. only after a sovereign's title", () => {
    expect(names("Papst Leo XIV. kam mit Johannes Paul II. und König Abdullah II. Kaiser Karl V. regierte.")).toEqual([
      "Leo XIV.",
      "Johannes Paul II.",
      "Abdullah II.",
      "Karl V.",
    ]);
    expect(names("Der Ökumenische Patriarch Bartholomaios I. kam. Die Ökonomin Anna I. Müller sprach.")).toEqual([
      "Bartholomaios I.",
      "Anna I. Müller",
    ]);
  });

  it("a sovereign goes by a given name alone (König Charles); a lone given name after another role is no one", () => {
    expect(names("König Charles empfing die Gäste.")).toEqual(["Charles"]);
  });

  it("bylines in parentheses or with a slash and interviewer lines name no one mentioned", () => {
    expect(withByline("Von Johannes Brenken (KNA)\n\nPapst Leo XIV. kam.")).toEqual(["Leo XIV."]);
    expect(withByline("Von Stefan Gruber/APA\n\nPapst Leo XIV. kam.")).toEqual(["Leo XIV."]);
    expect(withByline("Papst Leo XIV. kam.\n\nDas Interview führte Tobias Kranich.")).toEqual(["Leo XIV."]);
    expect(withByline("Papst Leo XIV. kam.\n\nDas Gespräch führte Ole Wichmann.")).toEqual(["Leo XIV."]);
  });

  it("a surname in -ss is no genitive, and no genitive is followed by an article (Katharina Voss die Liebe)", () => {
    expect(names("Von Theodor Storm hat Katharina Voss die Liebe zum Deich geerbt.")).toEqual([
      "Theodor Storm",
      "Katharina Voss",
    ]);
  });

  it("fictional characters: 'eine der schönsten Figuren', 'Im Mittelpunkt steht die 84-jährige X'", () => {
    expect(
      names(
        "Im Mittelpunkt steht die 84-jährige Ida Rosenthal, die allein lebt. Der Knecht Paul Hamburg, eine der schönsten Figuren des Buches, spricht kaum.",
      ),
    ).toEqual([]);
  });

  it("roles of business, diplomacy, sport, church and school introduce names with unknown given names", () => {
    expect(
      names(
        "Der russische Unterhändler Kirill Dmitrijew kommt. Eigentümer Aliko Dangote sprach. Sie trifft die Weltranglistenerste Aryna Sabalenka.",
      ),
    ).toEqual(["Kirill Dmitrijew", "Aliko Dangote", "Aryna Sabalenka"]);
  });

  it("a surname with capitalised particles at a sentence's start is the same person (Van der Laan)", () => {
    const body = "Die Organistin Johanna van der Laan ist tot. Van der Laan war Organistin. Van Morrison sang.";
    expect(names(body)).toEqual(["Johanna van der Laan", "Van Morrison"]);
  });

  it("after 'von der' a name of several capitalised words is an institution's, not the person's", () => {
    expect(
      names("Der Forscherin Dewi Kartika Sari von der Universitas Gadjah Mada zufolge. Ursula von der Leyen sagte es."),
    ).toEqual(["Dewi Kartika Sari", "Ursula von der Leyen"]);
  });

  it("a preposition fused with the article too: 'am Obersten Gerichtshof' (Oberst is also a rank)", () => {
    expect(names("Der Vorsitzende Richter am Obersten Gerichtshof, John Roberts, nahm den Amtseid ab.")).toEqual([
      "John Roberts",
    ]);
  });

  it("a role with a neuter article is a complete noun phrase: das Oberste Gericht", () => {
    expect(names("Der Bundesstaat Illinois hat das Oberste Gericht der USA angerufen.")).toEqual([]);
  });

  it("a noun's genitive before a title and an abstract noun after a role are no persons", () => {
    expect(names("Nach der Rückkehr des Eisbrechers „Polarstern“ sprach Goethes „Faust“ niemand.")).toEqual(["Goethe"]);
    expect(names("Die Geber verlangen von Diplomaten Garantien für Minderheiten.")).toEqual([]);
  });
});

describe("persons: references by a name's other words", () => {
  const texts = (p: PersonSummary | undefined) => p?.mentions.map((m) => m.text);

  it("after a verb of speech, a given or middle name of one person refers to them", () => {
    const body =
      "Präsident Prabowo Setiawan strich die Zulagen. „Ich habe das Volk gehört“, sagte Prabowo am Sonntag. Der Präsident Luiz Inácio Lula da Silva widersprach. „Das ist falsch“, so Lula.";
    expect(texts(person(body, "Prabowo Setiawan"))).toEqual(["Prabowo Setiawan", "Prabowo"]);
    expect(texts(person(body, "Luiz Inácio Lula da Silva"))).toEqual(["Luiz Inácio Lula da Silva", "Lula"]);
    // Elsewhere a given name alone is not linked.
    expect(
      texts(person("Präsident Prabowo Setiawan strich die Zulagen. Prabowo ist müde.", "Prabowo Setiawan")),
    ).toEqual(["Prabowo Setiawan"]);
  });

  it("a generational suffix: the surname before it ('Ferdinand Marcos Jr.' is 'Marcos')", () => {
    const body = "Präsident Ferdinand Marcos Jr. reiste an. „Niemand bleibt zurück“, sagte Marcos bei der Sitzung.";
    expect(texts(person(body, "Ferdinand Marcos Jr."))?.slice(1)).toEqual(["Marcos"]);
  });

  it("a family name written first is the later reference: Lee Jae-myung, Li Qiang", () => {
    const body =
      "Der Präsident Lee Jae-myung empfing den Ministerpräsidenten Li Qiang. „Wir sind Nachbarn“, sagte Lee. Li versprach Erleichterungen.";
    expect(texts(person(body, "Lee Jae-myung"))).toEqual(["Lee Jae-myung", "Lee"]);
    expect(texts(person(body, "Li Qiang"))).toEqual(["Li Qiang", "Li"]);
  });

  it("'sagte von Hagen': the person's own particles, not a place after 'von'", () => {
    const body = "Deren Anwalt Dr. Felix von Hagen sieht Folgen. „Das ist ein Auftrag“, sagte von Hagen.";
    expect(texts(person(body, "Felix von Hagen"))).toEqual(["Felix von Hagen", "von Hagen"]);
  });
});

describe("persons: names the seventh set missed", () => {
  it("particles after a hyphenated given name, and a word-surname after them (Marie-Theres von Berg, Lotte van der Berg)", () => {
    expect(names("Die CDU-Abgeordnete Marie-Theres von Linden warb um Verständnis.")).toEqual([
      "Marie-Theres von Linden",
    ]);
    expect(names("Die Abgeordnete Lotte van der Berg kündigte Widerstand an.")).toEqual(["Lotte van der Berg"]);
  });

  it("an Arabic surname with its article counts as a name word ('Ahmed al-Sadiq'), and is its later reference", () => {
    const body = "Syriens Übergangspräsident Ahmed al-Sadiq dankte. „Wir danken“, sagte al-Sadiq.";
    expect(person(body, "Ahmed al-Sadiq")?.mentions.map((m) => m.text)).toEqual(["Ahmed al-Sadiq", "al-Sadiq"]);
  });

  it("'bin' continues a name that starts with no listed given name (Tamim bin Hamad Al Thani)", () => {
    expect(names("Der Emir Thamir bin Hamad Al Thani kam nach Riad.")).toEqual(["Thamir bin Hamad Al Thani"]);
  });

  it("after a role, a word that elsewhere continues a name is a surname ('Kreisbrandmeister Karl Post'), not without one", () => {
    expect(names("Kreisbrandmeister Karl Post lobte die Kräfte.")).toEqual(["Karl Post"]);
    expect(names("Die Washington Post berichtete zuerst.")).toEqual([]);
  });

  it("a lone name after a definite role when an age is set off after it ('Der Fahrer Sutrisno, 54,')", () => {
    expect(names("Der Motorradtaxi-Fahrer Sutrisno, 54, traut dem nicht.")).toEqual(["Sutrisno"]);
    // Without the age, "der Kanzler Einschnitte" stays a noun phrase and its object.
    expect(names("Im Herbst kündigt der Kanzler Einschnitte an.")).toEqual([]);
  });
});

describe("persons: the sixth and seventh sets' false persons", () => {
  it("a ranking noun ends no name: 'an der Tour de France Dritter geworden'", () => {
    expect(names("Der 25-Jährige, der an der Tour de France Dritter geworden war, gilt als Favorit.")).toEqual([]);
  });

  it("an adjective used as a noun after 'der' is no surname: 'Heute war Florian der Stärkere'", () => {
    expect(names('"Heute war Florian der Stärkere", sagte der Belgier.')).toEqual([]);
  });

  it("an acronym ends no name, a people starts none: 'der Schweizer Großbank UBS', 'Inder Deutsch'", () => {
    expect(names("Siemens profitierte von einem Kommentar der Schweizer Großbank UBS.")).toEqual([]);
    expect(names("Im Zentrum lernen junge Inderinnen und Inder Deutsch.")).toEqual([]);
    // Regnal numbers are no acronyms.
    expect(names("Jordaniens König Abdullah II. kam nach Riad.")).toEqual(["Abdullah II."]);
  });

  it("a genitive before a title in guillemets: 'Peter Wiens «Die Schwestern»' is Peter Wien", () => {
    expect(names("Der Preis geht an Regisseur Peter Wien. Peter Wiens «Die Schwestern» überzeugte die Jury.")).toEqual([
      "Peter Wien",
    ]);
  });

  it("another person's genitive before a noun is no name: 'Lis Besuch' after Li Qiang", () => {
    const body = "Präsident Lee Jae-myung empfing Ministerpräsident Li Qiang. Lis Besuch gilt als Gegenbesuch.";
    expect(names(body).sort()).toEqual(["Lee Jae-myung", "Li Qiang"]);
    expect(person(body, "Li Qiang")?.mentions.map((m) => m.text)).toEqual(["Li Qiang", "Lis"]);
  });

  it("a common East Asian family name before a given name of East Asian shape is a person ('Park Ji-won')", () => {
    expect(names("Die Studentin Park Ji-won hielt ein Schild hoch.")).toEqual(["Park Ji-won"]);
    expect(names("Der Fischer Chen Wei-lun darf nicht hinaus.")).toEqual(["Chen Wei-lun"]);
  });
});

describe("persons: bylines, short given names, genitives before foreign names", () => {
  it("a byline with an agency pair ('Von X, dpa/tmn') names no one mentioned", () => {
    const body = "Wernigerode (dpa/tmn) - Schnee am Brocken.\n\nVon Svea Hamann, dpa/tmn\n\nDer Weg ist lang.";
    expect(personsOf(body, "", true)).toEqual([]);
  });

  it("a two-letter given name common in news starts a name: 'um Ed Davey'", () => {
    expect(names("Die Liberaldemokraten um Ed Miller kritisierten den Haushalt.")).toEqual(["Ed Miller"]);
  });

  it("a next word with letters no German noun has is a name, not a genitive's noun: 'Béchara Boutros Raï'", () => {
    expect(names("Der Patriarch, Kardinal Béchara Boutros Raï, sagte es.")).toEqual(["Béchara Boutros Raï"]);
    expect(names("Johannes Thingnes Bø gewann das Rennen.")).toEqual(["Johannes Thingnes Bø"]);
  });
});

describe("persons: roles of adjectival nouns and unlisted given names after a role", () => {
  it("an adjectival role noun with '-r' is a role ('US-Handelsbeauftragter'), a surname ending like one is not", () => {
    expect(person("Es kommt US-Handelsbeauftragter Jamie Gorski.", "Jamie Gorski")?.country).toBe("US");
    expect(names("Markenbotschafterin Angelique Kerber verfolgte das Match.")).toEqual(["Angelique Kerber"]);
  });

  it("after a role an unlisted given name takes a bare-role surname: 'Oberbürgermeisterin Gerlinde Kaiser'", () => {
    expect(names("„Das war es wert“, sagte Oberbürgermeisterin Gerlinde Kaiser bei der Feier.")).toEqual([
      "Gerlinde Kaiser",
    ]);
  });
});

describe("persons: eighth held-out set's errors", () => {
  it("'sagte der 38-jährige Jetten': a lone surname after an age, completed by the full name elsewhere", () => {
    const body = "Die Partei von Rob Jettema war gleichauf.\n\n„Wir sind die Mitte“, sagte der 38-jährige Jettema.";
    expect(person(body, "Rob Jettema")?.mentions.map((m) => m.text)).toEqual(["Rob Jettema", "Jettema"]);
  });

  it("a German person noun before a surname is no given name ('Wahlsieger Jetten')", () => {
    const body =
      "Die Partei von Rob Jettema war gleichauf. Wahlsieger Jettema sprach. „Wir sind die Mitte“, sagte Jettema.";
    expect(names(body)).toEqual(["Rob Jettema"]);
  });

  it("a preposition after a name makes it no genitive: 'Luke Humphries gegen Gerwyn Price'", () => {
    expect(names("Im Duell setzte sich Luke Humphries gegen Peter Price durch.").sort()).toEqual([
      "Luke Humphries",
      "Peter Price",
    ]);
  });

  it("'Van Gerwen' at a sentence's start refers to the 'van Gerwen' of the text", () => {
    const body = "Schindler unterlag Weltmeister Michael van Gerwen. Van Gerwen lobte seinen Gegner.";
    expect(names(body)).toEqual(["Michael van Gerwen"]);
    expect(person(body, "Michael van Gerwen")?.count).toBe(2);
  });
});

describe("persons: ranks, abstract nouns and facilities (eighth set)", () => {
  it("a military rank after a role belongs to the role ('Armeesprecher Generalmajor Prasert Wongsakul')", () => {
    expect(names("Armeesprecher Generalmajor Prasit Wongsa sprach von einem Verstoß.")).toEqual(["Prasit Wongsa"]);
  });

  it("an abstract noun after a complete name is no part of it ('unter Daniele Gatti Ovationen')", () => {
    expect(names("Es gab für das Orchester unter Daniele Gatti Ovationen.")).toEqual(["Daniele Gatti"]);
  });

  it("a facility named after a person is no person ('am Flughafen Hamburg Helmut Schmidt')", () => {
    expect(names("Am Flughafen Hamburg Helmut Schmidt hatten Helfer viel zu tun.")).toEqual([]);
    expect(names("Er arbeitet am Flughafen Francisco Sá Carneiro in Porto.")).toEqual([]);
  });
});

describe("persons: 'über' after a name", () => {
  it("'Die Politologin Eszter Nagy-Kovács über Péter Magyar': no genitive", () => {
    expect(names("Die Politologin Eszter Nagy-Kovács über Péter Magyar und die Wahl.").sort()).toEqual([
      "Eszter Nagy-Kovács",
      "Péter Magyar",
    ]);
  });
});

describe("persons: idioms after 'von' and nations after a role", () => {
  it("'von Herzen' after a given name is an idiom, no name", () => {
    expect(names("„Ich gönne es Richard von Herzen“, sagte der Reiter.")).toEqual([]);
    expect(names("Präsident Richard von Weizsäcker sprach.")).toEqual(["Richard von Weizsäcker"]);
  });

  it("a nation the country list lacks is no surname after a role: 'auf Titelverteidiger England'", () => {
    expect(names("Im Finale trifft Spanien auf Titelverteidiger England.")).toEqual([]);
  });
});

describe("persons: Chinese given names in Pinyin, the Portuguese 'das'", () => {
  it("a Chinese family name before one to three Pinyin syllables is a name: 'Ding Liren', not 'Du Bist'", () => {
    expect(names("Dritter wurde Ding Liren aus China.")).toEqual(["Ding Liren"]);
    expect(names("Du Bist gut, sagte er.")).toEqual([]);
  });

  it("'das' before a Portuguese word is a particle, and '-ças' is no genitive: 'Maria das Graças Oliveira'", () => {
    expect(names("Unter ihnen war die Rentnerin Maria das Graças Oliveira, die angereist war.")).toEqual([
      "Maria das Graças Oliveira",
    ]);
    expect(names("Sie gab Maria das Buch.")).toEqual([]);
  });
});

describe("persons: articles and given names after particles, shared surnames (ninth set)", () => {
  it("'den' alone after a given name is the article: 'widmete Liam den Song dem …'", () => {
    expect(names("Dann widmete Liam den Song dem Musiker John Lennon.")).toEqual(["John Lennon"]);
    expect(names("Kommissionschefin Ursula von der Leyen kam.")).toEqual(["Ursula von der Leyen"]);
  });

  it("a given name and a name after 'von' start another person: 'nach dem Tod von John Magufuli'", () => {
    expect(names("Samia war nach dem plötzlichen Tod von John Magufuli ins Amt gekommen.")).toEqual(["John Magufuli"]);
  });

  it("a name before 'Orbiter' names the craft: 'ExoMars Trace Gas Orbiter'", () => {
    expect(names("Die Aufnahmen des ExoMars Trace Gas Orbiter zeigten einen Kern.")).toEqual([]);
  });

  it("'die Brüder Liam und Noel Gallagher': the given name before 'und' shares the surname", () => {
    expect(names("Dann betraten die Brüder Liam und Noel Gallagher die Bühne.").sort()).toEqual([
      "Liam Gallagher",
      "Noel Gallagher",
    ]);
    expect(names("Mit David Bowie und Bryan Adams sang sie.").sort()).toEqual(["Bryan Adams", "David Bowie"]);
  });
});

describe("persons: a shared surname refers to the person introduced first", () => {
  it("'sagte İmamoğlu' is Ekrem İmamoğlu, not his wife named later", () => {
    const body =
      "Istanbuls Bürgermeister Ekrem İmamoğlu wurde festgenommen. „Ich beuge mich nicht“, sagte İmamoğlu. Seine Frau Dilek Kaya İmamoğlu sprach.";
    expect(person(body, "Ekrem İmamoğlu")?.count).toBe(2);
  });
});

describe("persons: given names from birth registers (gender-detection-from-name), 2026-12-06", () => {
  it("start a name the common lists lack: 'Detlev Zander', 'Cate Blanchett', 'Ludger Beerbaum'", () => {
    expect(names("Detlev Zander, Sprecher der Betroffenen, nannte den Bericht gut.")).toEqual(["Detlev Zander"]);
    expect(names("Im Film spielen Cate Blanchett und Adam Driver.")).toEqual(["Cate Blanchett", "Adam Driver"]);
    expect(names("Ludger Beerbaum gewann in Aachen.")).toEqual(["Ludger Beerbaum"]);
  });

  it("but do not keep a genitive in a name or stop one naming an author: 'Vincent Huguet', 'Mozarts Oper'", () => {
    expect(names("Regisseur Vincent Huguet erzählt Mozarts Oper neu.")).toEqual(["Vincent Huguet", "Mozart"]);
  });

  it("leave out months, places and common words: 'im Oktober Richard Lutz', 'Lago Maggiore'", () => {
    expect(names("Im Oktober Richard Lutz abgelöst.")).toEqual(["Richard Lutz"]);
  });
});

describe("persons: tenth held-out set's errors (2026-12-06)", () => {
  it("a region's name after its head is no person: 'in der Provinz Santiago de Cuba'", () => {
    expect(names("In der Provinz Santiago de Cuba wurden Menschen in Sicherheit gebracht.")).toEqual([]);
  });

  it("a Land's or a continent's genitive after a role is no surname: 'Ministerpräsident Thüringens'", () => {
    expect(names("Mario Voigt ist neuer Ministerpräsident Thüringens.")).toEqual(["Mario Voigt"]);
    expect(names("Sie war die erste Literaturnobelpreisträgerin Lateinamerikas.")).toEqual([]);
  });

  it("a rank is no given name ('General Abdourahamane Tiani'), a numeral noun no surname ('Tausende Stellen')", () => {
    expect(names("In Niger regiert General Abdourahamane Tiani seit dem Putsch.")).toEqual(["Abdourahamane Tiani"]);
    expect(names("Seit seinem Amtsantritt hat der Amerikaner Tausende Stellen gestrichen.")).toEqual([]);
  });

  it("a time after a name ends it ('Irakli Kobachidse Ende November'); a preposition opening a sentence starts none", () => {
    expect(names("Seit Regierungschef Irakli Kobachidse Ende November die Gespräche stoppte, ist Protest.")).toEqual([
      "Irakli Kobachidse",
    ]);
    expect(names("Das ließ Pavel mitteilen. Gegen Babiš läuft ein Verfahren. In Vicuña wurde sie geboren.")).toEqual(
      [],
    );
  });

  it("a given name is found without its accents ('Ildikó' for 'Ildiko'), not without umlauts ('Süden')", () => {
    expect(names("Ildikó Kertész lacht.")).toEqual(["Ildikó Kertész"]);
    expect(names("Im Süden des Landes regnet es.")).toEqual([]);
  });
});

describe("persons: parts played are no persons (2026-12-06, second session)", () => {
  it("after a verb of playing with words between: 'spielte er 1967 den schweigsamen Auftragsmörder Jef Costello'", () => {
    expect(names("Für Jean-Pierre Melville spielte er 1967 den schweigsamen Auftragsmörder Jef Costello.")).toEqual([
      "Jean-Pierre Melville",
    ]);
    expect(names("Im Finale spielte er gegen den Weltmeister Magnus Carlsen.")).toEqual(["Magnus Carlsen"]);
  });

  it("after 'als' with adjectives and a role: 'als resolute Mutter des Kommissars Bruno Haberl in der Krimireihe'", () => {
    expect(names("Bekannt wurde sie als resolute Mutter des Kommissars Bruno Haberl in der Krimireihe.")).toEqual([]);
  });
});

describe("persons: a birth or civil name is the same person (2026-12-06, second session)", () => {
  it("'hieß eigentlich', 'mit bürgerlichem Namen', 'als … geboren' join the person named before", () => {
    expect(names("Emil Nolde hieß eigentlich Emil Hansen. Nolde malte.")).toEqual(["Emil Nolde"]);
    expect(names("Papst Leo XIV., mit bürgerlichem Namen Robert Francis Prevost, predigte.")).toEqual(["Leo XIV."]);
    expect(names("Tina Turner starb. Sie wurde 1939 als Anna Mae Bullock in Brownsville geboren.")).toEqual([
      "Tina Turner",
    ]);
    expect(person("Emil Nolde hieß eigentlich Emil Hansen.", "Emil Nolde")?.count).toBe(2);
  });

  it("another spelling: 'Medwedew, in englischer Schreibweise Daniil Medvedev,' is the same person", () => {
    expect(
      names(
        "Daniil Medwedew verlor. Medwedew, in englischer Schreibweise Daniil Medvedev, verlor sein drittes Finale.",
      ),
    ).toEqual(["Daniil Medwedew"]);
  });

  it("'Geboren wurde X', 'Geboren wurde sie … als X' and 'mit vollem Namen' name the person named before too", () => {
    expect(names("Tina Turner starb. Geboren wurde sie am 26. November 1939 als Anna Mae Bullock.")).toEqual([
      "Tina Turner",
    ]);
    expect(names("Jimmy Carter starb. Geboren wurde James Earl Carter Jr. am 1. Oktober 1924 in Plains.")).toEqual([
      "Jimmy Carter",
    ]);
    expect(names("Sein Sohn Chip Carter, der mit vollem Namen James Earl Carter III. heißt, sprach.")).toEqual([
      "Chip Carter",
    ]);
  });

  it("but 'als' before a name without 'geboren' is no birth name: 'Als Trainerin Anna Berg kam'", () => {
    expect(names("Maria Huber ging. Als Nachfolgerin kam Anna Berg.")).toEqual(["Maria Huber", "Anna Berg"]);
  });
});

describe("persons: a name's own -s before a place in a ranking is no genitive", () => {
  it("'der Lette Kristers Aparjods Fünfter'", () => {
    expect(names("Dominik Fischnaller wurde Vierter, der Lette Kristers Aparjods Fünfter.")).toEqual([
      "Dominik Fischnaller",
      "Kristers Aparjods",
    ]);
  });
});

describe("persons: given names that are also territories or US states", () => {
  it("'Nationaltrainerin Montserrat Tomé', 'Carolina Kostner'; not 'in Florida'", () => {
    expect(names("Die spanische Nationaltrainerin Montserrat Tomé lobte den Gegner.")).toEqual(["Montserrat Tomé"]);
    expect(names("Die Eiskunstläuferin Carolina Kostner gewann.")).toEqual(["Carolina Kostner"]);
    expect(names("Die Rakete startete in Florida.")).toEqual([]);
  });
});

describe("persons: labels and professions introduce a name like roles", () => {
  it("'Rechtspopulistin Marine Le Pen' ('Marine' alone is the navy, no given name)", () => {
    expect(names("Die Rechtspopulistin Marine Le Pen kritisierte das Urteil.")).toEqual(["Marine Le Pen"]);
  });

  it("'hat Friedrich Grohnde Menschen … gebracht': a word for people after a full name is no part of it", () => {
    expect(names("Jahrzehntelang hat Friedrich Grohnde Menschen und Kühe über die Weser gebracht.")).toEqual([
      "Friedrich Grohnde",
    ]);
  });

  it("'traf Macron Vertreter beider Lager': a role noun after a surname is no part of a name", () => {
    expect(
      names("Präsident Emmanuel Macron reiste an. Im Hochkommissariat traf Macron Vertreter beider Lager."),
    ).toEqual(["Emmanuel Macron"]);
  });

  it("'die Pornodarstellerin Stormy Daniels', 'der frühere Bassist Bill Wyman' playing along ('spielt der … mit')", () => {
    expect(names("Es ging um eine Zahlung an die Pornodarstellerin Stormy Daniels.")).toEqual(["Stormy Daniels"]);
    expect(names("Auf einem Song spielt auch der frühere Bassist Bill Wyman mit.")).toEqual(["Bill Wyman"]);
  });

  it("'ihre Übersetzerin Deepa Bhasthi' after a coordinated name", () => {
    expect(names("Die Autorin Banu Mushtaq und ihre Übersetzerin Deepa Bhasthi gewinnen den Preis.")).toEqual([
      "Banu Mushtaq",
      "Deepa Bhasthi",
    ]);
  });
});

describe("persons: a name in apposition to a long role", () => {
  it("after an abbreviation in parentheses: '... der deutschen Katholiken (ZdK), Irme Stetter-Karp,'", () => {
    expect(
      names("Die Präsidentin des Zentralkomitees der deutschen Katholiken (ZdK), Irme Stetter-Karp, zog Bilanz."),
    ).toEqual(["Irme Stetter-Karp"]);
  });
});

describe("persons: regnal names", () => {
  it("a given name after the number belongs to the name: 'Gustav II. Adolf', 'Carl XVI. Gustaf'", () => {
    expect(
      names("Die Münzen zeigen König Gustav II. Adolf von Schweden. König Carl XVI. Gustaf und Königin Silvia kamen."),
    ).toEqual(["Gustav II. Adolf", "Carl XVI. Gustaf", "Silvia"]);
  });

  it("not a place, the start of the next name or of the next sentence after the number", () => {
    expect(
      names("Als Papst Johannes Paul II. Rom besuchte, jubelten viele. Elisabeth II. Maria Stuart traf sie nie."),
    ).toEqual(["Johannes Paul II.", "Elisabeth II.", "Maria Stuart"]);
    expect(names("Das Grußwort schrieb Papst Leo XIV. Darin heißt es, das Haus solle bleiben.")).toEqual(["Leo XIV."]);
  });
});

describe("persons: a middle initial left out later is the same person", () => {
  it("'John J. Hopfield' and 'John Hopfield' are one person, named with the initial", () => {
    expect(names("Der Preis geht an John J. Hopfield und Ada Lovelace. Zuerst gratulierte man John Hopfield.")).toEqual(
      ["John J. Hopfield", "Ada Lovelace"],
    );
  });

  it("'Robert Prevost' in the headline and 'Robert Francis Prevost' in the body are one person, named in full", () => {
    expect(names("Die Kardinäle wählten Robert Francis Prevost zum Papst.", "Robert Prevost ist Papst")).toEqual([
      "Robert Francis Prevost",
    ]);
  });

  it("a middle name and a generational suffix left out: 'Quincy Jones' is 'Quincy Delight Jones Jr.'", () => {
    expect(
      names("Quincy Delight Jones Jr. wurde 1933 in Chicago geboren. Später nannte ihn alle Welt Quincy Jones."),
    ).toEqual(["Quincy Delight Jones Jr."]);
  });

  it("not a suffix alone: 'Ferdinand Marcos Jr.' and his father 'Ferdinand Marcos' stay two persons", () => {
    expect(names("Präsident Ferdinand Marcos Jr. ehrte seinen Vater Ferdinand Marcos.")).toEqual([
      "Ferdinand Marcos Jr.",
      "Ferdinand Marcos",
    ]);
  });

  it("not where two longer names share the shorter one: George Bush beside George H. W. Bush and George W. Bush", () => {
    expect(
      names("Präsident George H. W. Bush und sein Sohn George W. Bush. Über George Bush wurde viel geschrieben."),
    ).toEqual(["George H. W. Bush", "George W. Bush", "George Bush"]);
  });
});

describe("persons: kin in the plural and religious titles are no part of a name", () => {
  it("'Ihre Eltern Kate und Gerry McCann' are Kate and Gerry McCann; 'Ajatollah Ali Chamenei' is Ali Chamenei", () => {
    expect(names("Ihre Eltern Kate und Gerry McCann äußerten sich.")).toEqual(["Kate McCann", "Gerry McCann"]);
    expect(names("Der Oberste Führer Ajatollah Ali Chamenei rief zur Wahl auf.")).toEqual(["Ali Chamenei"]);
  });
});

describe("persons: twelfth held-out set", () => {
  it("'Als Bürgermeister X das Band durchschnitt, gab es Applaus' plays no part: 'gab es' is no performance", () => {
    expect(names("Als Bürgermeister Markus Roth das Band durchschnitt, gab es Applaus.")).toEqual(["Markus Roth"]);
    expect(names("Als Donna Elvira überzeugt die Sopranistin.")).toEqual([]);
  });

  it("a double surname after a speech verb is a speaker: 'sagte Nandi-Ndaitwah'; a compound role is not", () => {
    expect(
      names("Heute wurde Netumbo Nandi-Ndaitwah vereidigt. „Ich stehe hier“, sagte Nandi-Ndaitwah in ihrer Rede."),
    ).toEqual(["Netumbo Nandi-Ndaitwah"]);
    expect(names("„Wir warten ab“, sagte Kreml-Sprecher. „Nein“, sagte Grünen-Politikerin.")).toEqual([]);
  });

  it("conjunctions and nouns that are given names elsewhere start no name: 'Wenn', 'Tod', 'Art'", () => {
    expect(names("Wenn Stanisław Wróbel dirigierte, spielte die Kapelle.")).toEqual(["Stanisław Wróbel"]);
    expect(names("Sie mag diese Art Dorf. Art Garfunkel sang nicht.")).not.toContain("Art Dorf");
  });

  it("a name in '-s' after a noun and before a genitive apposition is a genitive: 'vom Tod Sam Nujomas, des …'", () => {
    expect(names("Überschattet wurde sie vom Tod Sam Nujomas, des ersten Präsidenten.")).toEqual(["Sam Nujoma"]);
    expect(names("Die Sammlung Ludwig Roselius, der Kaffee verkaufte, ist offen.")).toEqual(["Ludwig Roselius"]);
  });

  it("after 'zwischen', 'mit', 'von' a surname named like a town is the person; after 'in', 'aus', 'nach' the town", () => {
    const text = "Der Portugiese Carlos Tavares geht. Es gab Streit zwischen Tavares und dem Verwaltungsrat.";
    expect(person(text, "Carlos Tavares")?.count).toBe(2);
  });

  it("Hungarian given names and leaders' given names the lists lacked start a name: 'Erzsébet Nagy-Wimmer'", () => {
    expect(names("Morgens geht Erzsébet Nagy-Wimmer in den Weingarten.")).toEqual(["Erzsébet Nagy-Wimmer"]);
    expect(names("Der Präsident Thabo Mbeki kam.")).toEqual(["Thabo Mbeki"]);
    expect(names("Nach dem Rücktritt von Frans Timmermans kam Geert Wilders.")).toEqual([
      "Frans Timmermans",
      "Geert Wilders",
    ]);
    expect(names("Barack Obama hielt sich zurück. Im Haus, das Bertolt Brecht gründete, sprach man.")).toEqual([
      "Barack Obama",
      "Bertolt Brecht",
    ]);
  });

  it("'hieß sie X' is her birth name; 'mit bürgerlichen Namen Attila und Tünde Bornemisza' are two persons", () => {
    expect(names("Erzsébet Nagy-Wimmer kam 1989. Damals hieß sie Nagy Erzsébet.")).toEqual(["Erzsébet Nagy-Wimmer"]);
    expect(names("Das Duo, mit bürgerlichen Namen Attila und Tünde Bornemisza, sang.")).toEqual([
      "Attila Bornemisza",
      "Tünde Bornemisza",
    ]);
  });

  it("a surname coordinated with a place is the place: 'mit Bremen und Hamburg' beside Julia Willie Hamburg", () => {
    const text = "Ministerin bleibt Julia Willie Hamburg. Er will die Zusammenarbeit mit Bremen und Hamburg vertiefen.";
    expect(person(text, "Julia Willie Hamburg")?.count).toBe(1);
    const judge = "Richterin Henrike Wolfenbüttel, die aus dem benachbarten Wolfenbüttel stammt, sprach.";
    expect(person(judge, "Henrike Wolfenbüttel")?.count).toBe(1);
  });

  it("a place after a regional adjective is the place, not the person named like it", () => {
    const text = "Bürgermeister Markus Roth, der aus dem mittelfränkischen Roth stammt, sprach.";
    expect(person(text, "Markus Roth")?.count).toBe(1);
  });

  it("'im benachbarten Wittstock', 'zwischen Pritzwalk und Perleberg': the place, not the person named like it", () => {
    const places = (body: string) => extractArticle(source("Dorf", body), "x.txt").places.map((p) => p.name);
    const neighbour = "„Wir sind froh“, sagte Bürgermeisterin Anke Wittstock. Sie wohnt im benachbarten Wittstock.";
    expect(person(neighbour, "Anke Wittstock")?.count).toBe(1);
    expect(places(neighbour)).toEqual(["Wittstock"]);
    const between =
      "„Es war knapp“, sagte Projektleiter Ole Pritzwalk. Die Flächen zwischen Pritzwalk und Perleberg sind nass.";
    expect(person(between, "Ole Pritzwalk")?.count).toBe(1);
    expect(places(between)).toEqual(["Pritzwalk", "Perleberg"]);
  });
});

describe("persons: Japanese names in Japanese order", () => {
  it("'Kishida Fumio', 'Takaichi Sanae' in an article naming Japan; 'Sein Name', 'Ehemann Diego' are none", () => {
    const text =
      "Das japanische Parlament wählte Ishiba Shigeru. Er folgt auf Kishida Fumio und schlug die Nationalistin Takaichi Sanae.";
    expect(names(text)).toEqual(["Ishiba Shigeru", "Kishida Fumio", "Takaichi Sanae"]);
    expect(names("In Japan sagte sie: Sein Name ist Hase. Ihr Ehemann Diego kam.")).toEqual(["Diego"]);
    expect(person("In Japan sagte sie: Sein Name ist Hase. Ihr Ehemann Diego kam.", "Diego")?.partial).toBe(true);
  });
});

describe("persons: organisations with an acronym, civil names in the accusative", () => {
  it("'Haiat Tahrir al-Scham (HTS)' is an organisation; 'Angela Merkel (CDU)' a person", () => {
    expect(names("Die Miliz Haiat Tahrir al-Scham (HTS) nahm Damaskus ein. Angela Merkel (CDU) schwieg.")).toEqual([
      "Angela Merkel",
    ]);
  });

  it("'der inzwischen seinen bürgerlichen Namen Ahmed al-Scharaa verwendet' is the person named before", () => {
    const text =
      "Abu Mohammed al-Dscholani betrat die Moschee, er verwendet inzwischen seinen bürgerlichen Namen Ahmed al-Scharaa.";
    expect(names(text)).toEqual(["Abu Mohammed al-Dscholani"]);
  });
});

describe("persons: Vietnamese names, family name first", () => {
  it("'Phạm Thu Hà', 'Nguyễn Thị Thu Hà', 'Phạm Minh Chính', 'Tô Lâm' whole", () => {
    expect(
      names(
        "Die Doktorandin Phạm Thu Hà fand den Stein. Gestern kam Nguyễn Thị Thu Hà mit Phạm Minh Chính und Tô Lâm.",
      ),
    ).toEqual(["Phạm Thu Hà", "Nguyễn Thị Thu Hà", "Phạm Minh Chính", "Tô Lâm"]);
  });
});

describe("persons: English names of venues and institutions", () => {
  it("'im Alexandra Palace', 'vom Peterson Institute' are no persons", () => {
    expect(names("Im Londoner Alexandra Palace siegte er. Ökonomen vom Peterson Institute warnten.")).toEqual([]);
  });
});

describe("persons: parts after 'als' in reviews", () => {
  it("'Birte Lemberg als Anna Fierling', 'Als Stadtschreiber Sixtus Beckmesser sorgt der Österreicher X'", () => {
    expect(names("Im Zentrum steht Birte Lemberg als Anna Fierling, genannt Mutter Courage.")).toEqual([
      "Birte Lemberg",
    ]);
    expect(names("Als Stadtschreiber Sixtus Beckmesser sorgt der Österreicher Florian Ebenseer für Lacher.")).toEqual([
      "Florian Ebenseer",
    ]);
    expect(names("Als Olaf Scholz das Kanzleramt betrat, jubelten alle.")).toEqual(["Olaf Scholz"]);
  });
});

describe("persons: a stadium named after a person", () => {
  it("'im Estadio Santiago Bernabéu' names no person; 'Gastgeber Santiago Peña' does", () => {
    expect(names("Kane traf im Estadio Santiago Bernabéu. Gastgeber Santiago Peña lud ein.")).toEqual([
      "Santiago Peña",
    ]);
  });
});

describe("persons: a name whose first word is also a place", () => {
  const body =
    "Ungarns Außenminister Gyula Horn öffnete den Zaun. Ein Kunde kommt aus Horn im Waldviertel. " +
    "„Wegen des Namens von Gyula Horn“, scherzt sie.";
  it("'von Gyula Horn' again is the person (Gyula is also a Hungarian town), and no place", () => {
    const horn = person(body, "Gyula Horn")!;
    expect(horn.mentions.map((m) => m.text)).toEqual(["Gyula Horn", "Gyula Horn"]);
    expect(extractArticle(source("Grenze", body), "x.txt").places.map((p) => p.name)).toEqual([]);
  });

  it("'aus Rust am Neusiedler See', 'in Rust bei Eisenstadt' are places located by their region, not the surname", () => {
    const rust =
      "Winzerin Anna Rust lud ein. Gäste kamen aus Rust am Neusiedler See und in Rust bei Eisenstadt. Rust dankte.";
    expect(person(rust, "Anna Rust")!.mentions.map((m) => m.text)).toEqual(["Anna Rust", "Rust"]);
  });
});

describe("persons: Vietnamese syllables, births 'zur Welt', prizes", () => {
  it("'Võ Văn Thưởng', 'Nguyễn Văn Trường': syllables of six letters with Vietnamese letters", () => {
    expect(names("Sein Vorgänger als Präsident, Võ Văn Thưởng, trat zurück. Minister Nguyễn Văn Trường kam.")).toEqual([
      "Võ Văn Thưởng",
      "Nguyễn Văn Trường",
    ]);
  });

  it("'die als Maria Kalogeropoulou in New York zur Welt gekommen war' is the birth name of the person before", () => {
    const body =
      "Mit der Sängerin Maria Callas, die als Maria Kalogeropoulou in New York zur Welt gekommen war, sei er nicht verwandt.";
    expect(person(body, "Maria Callas")!.mentions.map((m) => m.text)).toEqual(["Maria Callas", "Maria Kalogeropoulou"]);
  });

  it("'den International Booker Prize' names no person Booker Prize", () => {
    expect(names("Die Autorin Han Kang gewann 2016 den International Booker Prize.")).toEqual(["Han Kang"]);
  });
});

describe("persons: popes in the genitive, 'namens'", () => {
  it("'des im April gestorbenen Papstes Franziskus' names Franziskus", () => {
    expect(names("Er folgt auf den Nachfolger des im April gestorbenen Papstes Franziskus.")).toEqual(["Franziskus"]);
  });

  it("'einen Mann namens Thorulf' names a person; 'ein Hund namens Rex' does not", () => {
    expect(names("Die Runen nennen einen Mann namens Thorulf. Ein Hund namens Rex bellte.")).toEqual(["Thorulf"]);
  });
});

describe("given names' gender (src/vocab/given-names.ts)", () => {
  it("where every list agrees: Thomas and Pierre men, Rosa and Camille women; Andrea and Jean neither", () => {
    expect(["Thomas", "Pierre", "Rosa", "Camille", "Andrea", "Jean"].map(givenNameGender)).toEqual([
      "m",
      "m",
      "f",
      "f",
      undefined,
      undefined,
    ]);
  });
});

describe("persons: names that end before an idiom, a facility's noun or a country (sixteenth set)", () => {
  it("'meldete sich Viktor Orbán zu Wort': 'zu Wort' is an idiom, no name particle", () => {
    expect(names("Aus Budapest meldete sich Ungarns Ministerpräsident Viktor Orbán zu Wort.")).toEqual([
      "Viktor Orbán",
    ]);
  });

  it("'im Pierre Boulez Saal', 'im Carmen Würth Forum': a facility named after a person, written without hyphens", () => {
    expect(names("Das Konzert fand im Pierre Boulez Saal statt.")).toEqual([]);
    expect(names("Er sprach im Carmen Würth Forum in Künzelsau.")).toEqual([]);
  });

  it("'der kleinen Tochter Susan Ungarn verließ', 'Will Tuvalu …?': a country's German name is no surname", () => {
    expect(names("1985 verließ sie mit ihrem Mann Béla Francia und der kleinen Tochter Susan Ungarn.")).toEqual([
      "Béla Francia",
    ]);
    expect(names("Will Tuvalu seine Bürger nach Australien schicken?")).toEqual([]);
  });

  it("'Agnieszka Holland': another name of a country may be a surname", () => {
    expect(names("Den Preis erhielt die Regisseurin Agnieszka Holland.")).toEqual(["Agnieszka Holland"]);
  });

  it("another spelling: '(englisch: Ruhollah Khomeini)', 'auf Chinesisch … heißt', 'oft auch … geschrieben'", () => {
    expect(
      names("Revolutionsführer Ajatollah Ruhollah Chomeini (englisch: Ruhollah Khomeini) hatte ihn verurteilt."),
    ).toEqual(["Ruhollah Chomeini"]);
    expect(names("Er traf Bischof Stephen Chow, der auf Chinesisch Chow Sau-yan heißt.")).toEqual(["Stephen Chow"]);
    expect(
      names("Ministerpräsident Abdul Hamid Dbeibah, oft auch Abdul Hamid Dbeiba geschrieben, ist seit 2021 im Amt."),
    ).toEqual(["Abdul Hamid Dbeibah"]);
  });
});

describe("persons: given names alone, second family names and nouns after a name (sixteenth set)", () => {
  it("'sagte Paetongtarn' completes to 'Paetongtarn Shinawatra', not 'am Freitag Paetongtarn' or 'das Parlament Paetongtarn'", () => {
    expect(
      names(
        "Das Parlament hat am Freitag Paetongtarn Shinawatra gewählt. Ihr Vater Thaksin Shinawatra war Regierungschef. „Ich habe keine Angst“, sagte Paetongtarn.",
      ),
    ).toEqual(["Paetongtarn Shinawatra", "Thaksin Shinawatra"]);
  });

  it("'Ali Bongo' after 'Ali Bongo Ondimba' is the same person; a longer name after the short one is not", () => {
    expect(names("Präsident Ali Bongo Ondimba wurde festgesetzt. Ali Bongo hatte 2009 das Amt übernommen.")).toEqual([
      "Ali Bongo Ondimba",
    ]);
  });

  it("'Harald Juhnke Jahrzehnte später', 'Friedrich Merz Wortbruch vor': a German noun ends the name", () => {
    expect(names("Heinz Rühmann spielte sie 1956, Harald Juhnke Jahrzehnte später am Theater.")).toEqual([
      "Heinz Rühmann",
      "Harald Juhnke",
    ]);
    expect(names("Bundeskanzler Olaf Scholz warf CDU-Chef Friedrich Merz Wortbruch vor.")).toEqual([
      "Olaf Scholz",
      "Friedrich Merz",
    ]);
  });

  it("'Johann Strauss Vater' keeps its epithet; 'der österreichische Plagiatsgutachter' is a role with a country", () => {
    expect(names("Zum Schluss spielten sie den Radetzky-Marsch von Johann Strauss Vater.")).toEqual([
      "Johann Strauss Vater",
    ]);
    const [weber] = personsOf("Zuvor hatte der österreichische Plagiatsgutachter Stefan Weber Vorwürfe erhoben.");
    expect([weber?.name, weber?.country]).toEqual(["Stefan Weber", "AT"]);
  });

  it("'„In Emden habe ich …“' is the town, where persons named Emden are in the text", () => {
    const article = extractArticle(
      `Hebamme gestorben\n\nNachruf.\n\nHedwig Emden ist tot. Sie heiratete den Landwirt Hinrich Emden. "In Emden habe ich kein Kind geholt", sagte sie.\n\nAutor: Anna Beispiel, Freitag, 16. August 2024###\n\n16.08.2024`,
      "emden.txt",
    );
    expect(article.places.map((p) => p.name)).toEqual(["Emden"]);
  });
});

describe("persons: what a German word form after a name does not end (sixteenth set)", () => {
  it("'Fiorello La Guardia', 'Ali Bongo Ondimba', 'Julius Maada Bio' keep their last word", () => {
    expect(
      names("Der Flughafen ist nach Fiorello La Guardia benannt. Präsident Ali Bongo Ondimba traf Julius Maada Bio."),
    ).toEqual(["Fiorello La Guardia", "Ali Bongo Ondimba", "Julius Maada Bio"]);
  });

  it("'vom Satish Dhawan Space Centre': a facility's word after one more word still names the facility", () => {
    expect(names("Die Rakete startete vom Satish Dhawan Space Centre.")).toEqual([]);
  });
});

describe("persons: the team's country in a results list", () => {
  it("'1. Marco Odermatt (SUI), 2. Faith Kipyegon (Kenia)': IOC codes and country names after a ranked name", () => {
    const found = personsOf(
      "Riesenslalom: 1. Marco Odermatt (SUI), 2. Raphael Haaser (AUT). 1500 m: 1. Faith Kipyegon (Kenia).",
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ["Marco Odermatt", "CH"],
      ["Raphael Haaser", "AT"],
      ["Faith Kipyegon", "KE"],
    ]);
  });

  it("'Friedrich Merz (CDU)' unranked, '1. Mohamed Salah (ABC)' with no team's code: no country", () => {
    const found = personsOf("CDU-Chef Friedrich Merz (CDU) sprach. Torschützen: 1. Mohamed Salah (ABC).");
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ["Friedrich Merz", null],
      ["Mohamed Salah", null],
    ]);
  });
});

describe("persons: results lists and names called by the given name (seventeenth set)", () => {
  it("'1. Noah Lyles (USA) 9,83, 2. Shericka Jackson (Jamaika)': a ranked name with its team is a person", () => {
    const found = personsOf(
      "100 m: 1. Noah Lyles (USA) 9,83 Sek., 2. Letsile Tebogo (Botsuana) 9,88, 3. Shericka Jackson (Jamaika) 10,72",
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ["Noah Lyles", "US"],
      ["Letsile Tebogo", "BW"],
      ["Shericka Jackson", "JM"],
    ]);
  });

  it("'Meseret Hailu-de Vries': a particle joined by a hyphen is no East Asian given name", () => {
    expect(names("Frauen: 3. Meseret Hailu-de Vries (Niederlande) 2:20:45. Lai Ching-te sprach.")).toEqual([
      "Meseret Hailu-de Vries",
      "Lai Ching-te",
    ]);
  });

  it("'sagte Tigist' beside '1. Tigist Gezahegn (Äthiopien)': the person called by the given name", () => {
    expect(
      names(
        "Bei den Frauen lief Tigist Gezahegn einen Streckenrekord. „Ich komme gerne wieder“, sagte Tigist.\n\nFrauen: 1. Tigist Gezahegn (Äthiopien) 2:17:58",
      ),
    ).toEqual(["Tigist Gezahegn"]);
  });
});

describe("persons: other names and spellings in one text, Icelandic names (seventeenth set)", () => {
  it("'auch als … geführt', 'unter seinem Mandarin-Namen … bekannt': another name of the person before", () => {
    expect(names("Alexei Ekimov, der in deutschen Quellen auch als Alexei Jekimow geführt wird, forschte.")).toEqual([
      "Alexei Ekimov",
    ]);
    expect(
      names("Der Gründer Hui Ka Yan, der unter seinem Mandarin-Namen Xu Jiayin bekannt ist, steht unter Aufsicht."),
    ).toEqual(["Hui Ka Yan"]);
  });

  it("'Bashar al-Assad' and 'Baschar al-Assad', 'Novak Djokovic' and 'Novak Đoković': one person each", () => {
    expect(
      names("Präsident Baschar al-Assad bat um Hilfe. „Bashar al-Assad sitzt in Damaskus“, sagte ein Helfer."),
    ).toEqual(["Baschar al-Assad"]);
    expect(names("Der Serbe Novak Djokovic verlor. Novak Đoković gratulierte.")).toEqual(["Novak Djokovic"]);
  });

  it("'nach Vigdís Finnbogadóttir': an Icelandic patronymic makes the word before it a given name", () => {
    expect(names("Island bekommt nach Vigdís Finnbogadóttir erst zum zweiten Mal eine Frau an der Spitze.")).toEqual([
      "Vigdís Finnbogadóttir",
    ]);
  });

  it("'im Bundesstaat São Paulo' is no person", () => {
    expect(names("Lula war in Araraquara im Bundesstaat São Paulo.")).toEqual([]);
  });
});

describe("persons: a given name ending in -s is no genitive where it is one as it stands", () => {
  it("'Johannes Wübbe' beside 'Johannes Paul II.'; 'Lis Besuch' after 'Li Qiang' stays a genitive", () => {
    expect(
      names("Papst Johannes Paul II. rief den Weltjugendtag ins Leben. Jugendbischof Johannes Wübbe sagte das."),
    ).toEqual(["Johannes Paul II.", "Johannes Wübbe"]);
    expect(names("Ministerpräsident Li Qiang reiste nach Berlin. Lis Besuch war kurz.")).toEqual(["Li Qiang"]);
  });
});

describe("persons: eighteenth held-out set's rules", () => {
  it("'Solange … nutzt': a conjunction opening a clause is no given name", () => {
    expect(names("Solange Wladimir Putin den Krieg fortsetzt, bleibt die Lage ernst.")).toEqual(["Wladimir Putin"]);
    expect(names("Es bleibt ernst, solange Wladimir Putin schweigt.")).toEqual(["Wladimir Putin"]);
  });

  it("'Mario Vargas Llosa' … 'Vargas': a Spanish name's first family name refers to the person", () => {
    const [p, ...others] = personsOf(
      "Der Autor Mario Vargas Llosa starb 2025. Bis zuletzt schrieb Vargas an einem Roman.",
    );
    expect(others).toEqual([]);
    expect(p!.name).toBe("Mario Vargas Llosa");
    expect(p!.mentions.map((m) => m.text)).toEqual(["Mario Vargas Llosa", "Vargas"]);
    // Still genitives before a German noun: "Donald Trumps Agenda".
    expect(names("Das war Donald Trumps Agenda.")).toEqual(["Donald Trump"]);
  });

  it("'Königin Mary': a sovereign's given name though a city is called so too", () => {
    expect(names("Auf dem Balkon stand Königin Mary neben ihrem Mann.")).toEqual(["Mary"]);
  });

  it("'Fortuna Düsseldorf': a club's name before its city is no person", () => {
    expect(names("Im Stadion spielt sonst Fortuna Düsseldorf.")).toEqual([]);
  });

  it("'der Geburtsstadt Friedrich Schillers.': a genitive at the clause's end, not 'Robbie Williams'", () => {
    expect(names("Das Gestüt liegt nahe der Geburtsstadt Friedrich Schillers.")).toEqual(["Friedrich Schiller"]);
    expect(names("Er arbeitet für die Agentur Robbie Williams.")).toEqual(["Robbie Williams"]);
  });

  it("'Goh Chok Tong', 'Gan Kim Yong': a Singaporean family name and a given name of two syllables", () => {
    expect(names("Vor ihm regierten Goh Chok Tong und später Tan Cheng Bock nicht.")).toEqual([
      "Goh Chok Tong",
      "Tan Cheng Bock",
    ]);
  });
});

describe("persons: names of things (eighteenth set)", () => {
  it("'an der Harvard Kennedy School': a facility's word ends no person's name, unless a surname ('Stuart Hall')", () => {
    expect(names("Er studierte an der Harvard Kennedy School in Cambridge.")).toEqual([]);
    expect(names("Der Soziologe Stuart Hall starb 2014.")).toEqual(["Stuart Hall"]);
  });

  it("'Jedes Ave Maria': a determiner before a name without a role makes it a thing's", () => {
    expect(names("Jedes Ave Maria ist ein Gruß an ihn.")).toEqual([]);
  });
});

describe("persons: nineteenth held-out set's rules", () => {
  it("'Kuwaits Emir Scheich Mischal …': Gulf titles as whole words are roles, not a given name ('Cem Özdemir' stays)", () => {
    const [emir] = personsOf("Kuwaits Emir Scheich Mischal al-Ahmad al-Dschaber al-Sabah hat das Parlament aufgelöst.");
    expect(emir!.name).toBe("Mischal al-Ahmad al-Dschaber al-Sabah");
    expect(emir!.country).toBe("KW");
    expect(names("Der Grüne Cem Özdemir sprach.")).toEqual(["Cem Özdemir"]);
  });

  it("'Die konservative Nationale Sammlungspartei gewann': an adjective and a German noun before a verb of winning", () => {
    expect(names("Die konservative Nationale Sammlungspartei gewann die Wahl.")).toEqual([]);
    expect(names("Der eingewechselte Serhou Guirassy erzielte den Ausgleich.")).toEqual(["Serhou Guirassy"]);
  });

  it("'heißt auf Schwedisch Borgå': a language's name before a foreign-shaped word is no given name", () => {
    expect(names("Die Stadt heißt auf Schwedisch Borgå, sagte er.")).toEqual([]);
  });

  it("'sagte der 44-jährige Wahlsieger': a German noun named nowhere else is no surname ('der 38-jährige Jetten' is)", () => {
    expect(names("„Wir haben gewonnen“, sagte der 44-jährige Wahlsieger vor Anhängern.")).toEqual([]);
    const [jetten] = personsOf("Rob Jetten gewann. „Wir haben gewonnen“, sagte der 38-jährige Jetten.");
    expect(jetten!.name).toBe("Rob Jetten");
    expect(jetten!.count).toBe(2);
  });

  it("'Tata Sons', 'Tata Steel', 'Nariman Point': a company's or a district's English word ends no person's name", () => {
    expect(names("Er führte die Holding Tata Sons und die Sparte Tata Steel.")).toEqual([]);
    expect(names("Sie wohnt im Stadtteil Nariman Point.")).toEqual([]);
  });

  it("'seiner Großmutter Navajbai Tata', 'Bruder Bingu wa Mutharika': more kin nouns, and the particle 'wa'", () => {
    expect(names("Er wuchs bei seiner Großmutter Navajbai Tata auf.")).toEqual(["Navajbai Tata"]);
    expect(names("Sein älterer Bruder Bingu wa Mutharika war Präsident.")).toEqual(["Bingu wa Mutharika"]);
  });
});

describe("persons: nineteenth held-out set's names", () => {
  it("'und Ketanji Brown Jackson': a coordinated name of three words whose middle one is a given name", () => {
    expect(names("Sotomayor schrieb für Elena Kagan und Ketanji Brown Jackson.")).toEqual([
      "Elena Kagan",
      "Ketanji Brown Jackson",
    ]);
  });

  it("'Ferdinand Graf von Zeppelin': a title of nobility between the given name and the particle", () => {
    expect(names("Das Schiff ist nach Ferdinand Graf von Zeppelin benannt.")).toEqual(["Ferdinand Graf von Zeppelin"]);
    // The surname after the title, though German also has it as a word.
    expect(names("Otto Graf Lambsdorff trat zurück.")).toEqual(["Otto Graf Lambsdorff"]);
  });
});

describe("persons: twentieth held-out set's rules", () => {
  it("the byline's author named in the text ('Das Gespräch führte …') is no person mentioned, nor a place", () => {
    const raw = `Interview zum Kanal\n\nTeaser.\n\nDie Lage ist ernst. Das Gespräch führte Klaus Bergmann.\n\nAutor: Klaus Bergmann, Mittwoch, 12. März 2025###\n\n12.03.2025`;
    expect(extractArticle(raw, "i.txt").persons).toEqual([]);
  });

  it("'seine Freundin Urška Žigart': a kin noun before a given name of foreign shape is no part of the name", () => {
    expect(names("Im Ziel wartete seine Freundin Urška Žigart.")).toEqual(["Urška Žigart"]);
  });

  it("', auf der Lech Wałęsa …': an article after a comma and a preposition is a relative pronoun", () => {
    expect(names("Sie kamen zur Werft, auf der Lech Wałęsa die Streiks anführte.")).toEqual(["Lech Wałęsa"]);
    // Not a German noun as the surname there, nor a team after "und die".
    expect(names("Sie war die Einzige, vor der Rainer Respekt hatte.")).toEqual([]);
    expect(names("Er jubelte, und die Orlando Magic gewannen.")).toEqual([]);
  });

  it("'J. Robert Oppenheimer': one initial before a given name and a surname; not a label ending a sentence", () => {
    expect(names("Das Leben des Physikers J. Robert Oppenheimer war kurz.")).toEqual(["J. Robert Oppenheimer"]);
    expect(names("Er spielte in Gruppe B. Robert Müller traf dann.")).toEqual(["Robert Müller"]);
    expect(names("Sie erschien im J. Caleb Boggs Federal Building.")).toEqual([]);
  });

  it("'El Niño', 'La Niña': weather patterns, no persons", () => {
    expect(names("Das Wetterphänomen El Niño kehrt zurück, danach La Niña.")).toEqual([]);
  });
});

describe("persons: the twenty-first set's characters and false names", () => {
  it("a part named before its actor, with an apposition or 'vom', is a character; so is its family", () => {
    const text =
      "Ihr Sohn Daniel Maleski findet seinen Vater. Samuel Maleski ist aus dem Fenster gestürzt. Ihr Anwalt Vincent Renzi, ein alter Freund, dargestellt von Swann Arlaud, zweifelt. Der Held ist Daniel, gespielt vom erstaunlichen Milo Machado-Graner.";
    expect(names(text).sort()).toEqual(["Milo Machado-Graner", "Swann Arlaud"]);
  });

  it("parts after an actor's name: 'ist ein … Octavian', 'gibt den Ochs'; a page is no part", () => {
    const text =
      "Ihr Liebhaber Octavian Rofrano ist ein Page mit Ambitionen. Baron Ochs auf Lerchenau reist an. Aylin Rödental ist ein quecksilbriger Octavian, Georg Rodach gibt den Ochs ohne Klamauk.";
    expect(names(text).sort()).toEqual(["Aylin Rödental", "Georg Rodach"]);
  });

  it("an actor who plays 'eine Schriftstellerin' makes 'die Schriftstellerin X' a part", () => {
    const text =
      "Sandra Hüller spielt eine Schriftstellerin. Unten versucht die Schriftstellerin Sandra Voyter, ein Interview zu geben.";
    expect(names(text)).toEqual(["Sandra Hüller"]);
  });

  it("the central character's family is fictional; an actor 'im Zentrum' with 'als' is not", () => {
    expect(
      names("Im Zentrum steht Telse Brodersen, 52, Kapitänin. Ihr Bruder Jannik Brodersen will das Haus verkaufen."),
    ).toEqual([]);
    expect(names("Im Zentrum steht Birte Lemberg als Anna Fierling. Lemberg spielt sie kühl.")).toEqual([
      "Birte Lemberg",
    ]);
  });

  it("a figure named after its work ('aus dem „Schimmelreiter“') is none; a film's real subject stays", () => {
    expect(names("Er heißt wie Storms Deichgraf Hauke Haien aus dem „Schimmelreiter“.")).toEqual([]);
    expect(
      names(
        "Am Abend setzt sich Keith Jarrett an den Flügel. John Magaro spielt Keith Jarrett als empfindlichen Künstler.",
      ).sort(),
    ).toEqual(["John Magaro", "Keith Jarrett"]);
  });

  it("no name from a noun after a rare given name, a genitive after 'des', or a city after 'ins'", () => {
    expect(names("Er übernahm von seinem Vorgänger Alberto Fernández Schärpe und Amtsstab.")).toEqual([
      "Alberto Fernández",
    ]);
    expect(names("Die Kinder zogen durch die engen Gassen des Dorfes im Unterengadin.")).toEqual([]);
    expect(names("Sie verlegt die Komödie nicht ins Wien Maria Theresias, sondern in ein Hotel.")).not.toContain(
      "Wien Maria Theresias",
    );
    expect(names("Seinen Papstnamen hatte er nach Benedikt von Nursia gewählt.")).toEqual(["Benedikt von Nursia"]);
  });
});

describe("persons: a prince's house after his number; brands and names after 'New'", () => {
  it("'Heinrich XIII. Prinz Reuß' is one name, and 'Reuß' refers to him", () => {
    const found = personsOf("Der Prozess gegen Heinrich XIII. Prinz Reuß beginnt. Der 72 Jahre alte Reuß schweigt.");
    expect(found.map((p) => [p.name, p.count])).toEqual([["Heinrich XIII. Prinz Reuß", 2]]);
    expect(names("Kaiser Wilhelm II. Prinz Heinrich kam.")).not.toContain("Wilhelm II. Prinz Heinrich");
  });

  it("no person after 'New' or a word for a brand", () => {
    expect(names("Luxon regiert mit der Partei New Zealand First.")).toEqual([]);
    expect(names("Dazu gehört die amerikanische Marke Russell Stover.")).toEqual([]);
  });
});

describe("persons: countries from pairings and from scientists' roles (twenty-first set)", () => {
  it("a pairing's sides take their team's country, the United Kingdom's nations as GB", () => {
    const found = personsOf(
      "Die Ergebnisse:\n\nLuke Humphries (England) - Brendan Dolan (Nordirland) 7:4\n\nGian van Veen (Niederlande) - Jonny Clayton (Wales) 5:2",
    );
    expect(Object.fromEntries(found.map((p) => [p.name, p.country]))).toEqual({
      "Luke Humphries": "GB",
      "Brendan Dolan": "GB",
      "Gian van Veen": "NL",
      "Jonny Clayton": "GB",
    });
  });

  it("every '-loge' and the chemists and physicists are roles that name a country", () => {
    const found = personsOf(
      "Der Preis geht an die ungarische Biochemikerin Katalin Karikó und den US-Immunologen Drew Weissman.",
    );
    expect(found.map((p) => [p.name, p.country])).toEqual([
      ["Katalin Karikó", "HU"],
      ["Drew Weissman", "US"],
    ]);
  });
});

describe("persons: trades introduce a name like roles (twenty-first set)", () => {
  it("'die Landwirtin Inken Tönning aus Tönning', 'der Gastwirt Sepp Huber'", () => {
    expect(
      names("Eine Besucherin, die Landwirtin Inken Tönning aus Tönning, sagte das. Der Gastwirt Sepp Huber lacht."),
    ).toEqual(["Inken Tönning", "Sepp Huber"]);
  });
});

describe("persons: names of places and buildings after their noun, and geographic names", () => {
  it("no person after a saint's title or a noun for a place; a birthplace's genitive stays a person", () => {
    expect(names("In der Basilika Santa Maria Maggiore betete er.")).toEqual([]);
    expect(names("Der Grenzübergang Kerem Schalom bleibt geschlossen.")).toEqual([]);
    expect(names("Am Lago Maggiore regnet es, am Monte Rosa schneit es.")).toEqual([]);
    expect(names("Das Gestüt liegt in Marbach, der Geburtsstadt Friedrich Schillers.")).toEqual(["Friedrich Schiller"]);
  });
});

describe("persons: genitives and owned nouns (twenty-second set)", () => {
  it("a genitive before a comma after a noun, and a sovereign's genitive before the number", () => {
    expect(names("Schüssel regierte mit der Partei Jörg Haiders, 2017 regierte Kurz.")).toContain("Jörg Haider");
    expect(names("Der Husarengeneral Friedrichs II. liegt hier. Papst Johannes XXIII. berief das Konzil.")).toEqual([
      "Friedrich II.",
      "Johannes XXIII.",
    ]);
  });

  it("no person from a noun after a role's genitive or a maker's genitive after an adjective", () => {
    expect(names("Angeregt durch Gerhart Hauptmanns Drama „Die Weber“ zeichnete sie.")).toEqual(["Gerhart Hauptmann"]);
    expect(names("Sie sang Stücke ihres jüngsten Albums „The Tortured Poets Department“.")).toEqual([]);
    expect(names("Brechts „Dreigroschenoper“ lief.")).toEqual(["Brecht"]);
  });
});

describe("persons: parts shown by an actor's possessive or by their surname (twenty-second set)", () => {
  it("'Ihre Carla Nowak' is a part wherever else the text names her", () => {
    const text =
      "Die junge Sportlehrerin Carla Nowak filmt heimlich. Leonie Benesch trägt den Film. Ihre Carla Nowak, deren Eltern aus Polen stammen, ist überfordert.";
    expect(names(text)).toEqual(["Leonie Benesch"]);
  });

  it("'gibt den eitlen Hassenreuter' makes the Hassenreuters of the play characters", () => {
    const text =
      "Im Fundus haust Harro Hassenreuter. Tomasz Zgorzelec gibt den eitlen Hassenreuter, während seine Tochter Walburga Hassenreuter heimlich anbandelt.";
    expect(names(text)).toEqual(["Tomasz Zgorzelec"]);
  });
});

describe("persons: titles with a dash, banks, and what a role's genitive owns (twenty-second set)", () => {
  it("no person in a song title with a dash, a bank's name or after 'Hauptmanns'", () => {
    expect(names("Sie sangen „River Deep – Mountain High“, produziert von Phil Spector.")).toEqual(["Phil Spector"]);
    expect(names("Der Präsident der Saudi National Bank, Ammar al-Khudairy, sprach.")).toEqual(["Ammar al-Khudairy"]);
    expect(names("Das Theater zeigt Hauptmanns Berliner Tragikomödie von 1911.")).toEqual([]);
    expect(names("Die Rede des Ministers Robert Habeck war kurz.")).toEqual(["Robert Habeck"]);
  });
});

describe("persons: 'als' opening a clause after a comma introduces no part (twenty-second set)", () => {
  it("', als Britta Steffen triumphierte' is a person; 'Als Gänsehüterin Salome Pockerl überzeugt X' a part", () => {
    expect(
      names("Es ist das erste Gold seit den Spielen von Peking 2008, als Britta Steffen zweimal triumphierte."),
    ).toEqual(["Britta Steffen"]);
    expect(names("Als Gänsehüterin Salome Pockerl überzeugt Lea Marinković mit klarer Stimme.")).toEqual([
      "Lea Marinković",
    ]);
  });
});

describe("persons: a relation's noun takes the related person's genitive (twenty-second set)", () => {
  it("'enger Vertrauter Nelson Mandelas,' names Nelson Mandela; 'Sein Nachfolger Hans Peters' keeps the -s", () => {
    expect(names("Ramaphosa, einst enger Vertrauter Nelson Mandelas, soll vereidigt werden.")).toContain(
      "Nelson Mandela",
    );
    expect(names("Sein Nachfolger Hans Peters, ein Anwalt, kam.")).toEqual(["Hans Peters"]);
  });
});

describe("persons: families of a novel and of a cast part; a person noun's apposition (twenty-third set)", () => {
  it("in a novel's review the families the text names are the novel's", () => {
    const text =
      "Im Sommer 1991 brennt die Scheune der Familie Brinkmann. Marta Brinkmann kehrt zurück. Clara Kevelaer hat mit „Hafermond“ einen Roman geschrieben.";
    expect(names(text)).toEqual(["Clara Kevelaer"]);
    expect(names("Im Sommer brannte die Scheune der Familie Brinkmann. Marta Brinkmann sah es.")).toEqual([
      "Marta Brinkmann",
    ]);
  });

  it("a cast part's family is the play's whatever its roles; its actor is real", () => {
    const text =
      "Die Bluse gehört der Schulsekretärin Friederike Kuhn. Ihr Sohn Oskar Kuhn wendet sich ab. Leonard Stettnisch als Oskar überzeugt, und Eva Löbau spielt die Mutter.";
    expect(names(text)).toEqual(["Leonard Stettnisch", "Eva Löbau"]);
  });

  it("a name after a noun for a person before a comma keeps its -s ('den Sonntager Ferdinand Blons, …')", () => {
    expect(names("1958 heiratete sie den Sonntager Ferdinand Blons, einen entfernten Verwandten.")).toEqual([
      "Ferdinand Blons",
    ]);
  });
});

describe("persons: a title of nobility with its house after a full name (twenty-third set)", () => {
  it("'Claus Schenk Graf von Stauffenberg' is one name", () => {
    expect(names("Das Attentat von Claus Schenk Graf von Stauffenberg scheiterte.")).toEqual([
      "Claus Schenk Graf von Stauffenberg",
    ]);
  });
});

describe("persons: capitalised particles, a sovereign's genitive after 'dem' or 'im' (twenty-fourth set)", () => {
  it("'De Los' inside a name does not use up its four name words", () => {
    expect(names("Als beste Regie wurde Nelson Carlos De Los Santos Arias aus Santo Domingo geehrt.")).toEqual([
      "Nelson Carlos De Los Santos Arias",
    ]);
    expect(names("Den Ausgleich erzielte Kevin De Bruyne.")).toEqual(["Kevin De Bruyne"]);
  });

  it("'Maria Theresias' is the genitive of 'Maria Theresia', after 'dem' and after 'im'; 'John Roberts' stays", () => {
    expect(
      names("Die Inszenierung verlegt das Stück aus dem Wien Maria Theresias in das Linz der 1950er-Jahre."),
    ).toEqual(["Maria Theresia"]);
    expect(names("Die Komödie spielt im Wien Maria Theresias.")).toEqual(["Maria Theresia"]);
    expect(names("Den Amtseid nahm der Oberste Richter John Roberts ab.")).toEqual(["John Roberts"]);
  });
});

describe("persons: a character with its actor in parentheses (twenty-fourth set)", () => {
  it("'Ulrich Wendtland (Jens Hachenburg)' casts a character, whose family is the film's too; the actor is real", () => {
    const text =
      "Ulrich Wendtland (Jens Hachenburg) führt das Schiff in dritter Generation. Ulrichs Vater Heinz Wendtland ruft jeden Abend an. Regie führte Anna Brenner.";
    expect(names(text)).toEqual(["Jens Hachenburg", "Anna Brenner"]);
    expect(names("Bundeskanzler Olaf Scholz (SPD) traf Emmanuel Macron.")).toEqual(["Olaf Scholz", "Emmanuel Macron"]);
  });
});

describe("persons: the family of a part an actor plays", () => {
  it("'Ines Horn als Katharina Stockmann' makes every Stockmann the play's, whatever their roles in it", () => {
    const text =
      "Der Badearzt Dr. Thomas Stockmann entdeckt, dass das Wasser verseucht ist. Ines Horn als Katharina Stockmann hält lange zu ihm. Regie führte Judith Lemgo.";
    expect(names(text)).toEqual(["Ines Horn", "Judith Lemgo"]);
  });
});

describe("persons: parts an actor plays, named bare or with a role", () => {
  it("'Stone spielt Bella' in a film's review makes Bella Baxter and her family the film's", () => {
    const text =
      "Der Chirurg Godwin Baxter erschafft eine Frau. Das Ergebnis heißt Bella Baxter. Emma Stone erhielt für die Hauptrolle den Golden Globe. Stone spielt Bella mit seltener Furchtlosigkeit.";
    expect(names(text)).toEqual(["Emma Stone"]);
    // A match report: "spielt" passes a ball, not a part.
    expect(names("Jamal Musiala traf. Danach spielt Musiala Joshua frei, Joshua Kimmich schießt.")).toContain(
      "Joshua Kimmich",
    );
    // The real person a film portrays, named as such elsewhere, is real.
    const biopic =
      "Im Januar 1975 setzt sich Keith Jarrett an einen verstimmten Flügel. Im Kino: John Magaro spielt Keith Jarrett als empfindlichen Künstler. Regie führte Ido Fluk.";
    expect(names(biopic)).toContain("Keith Jarrett");
  });

  it("'Jonas Wiedemann spielt diesen Chlestakow': a part after a demonstrative", () => {
    const text =
      "Die Beamten halten den jungen Iwan Alexandrowitsch Chlestakow für den Prüfer. Jonas Wiedemann spielt diesen Chlestakow als einen Mann, der nichts fassen kann.";
    expect(names(text)).toEqual(["Jonas Wiedemann"]);
  });

  it("'dem eitlen Anwalt Duncan Wedderburn (Mark Ruffalo)': a character whatever its role, its actor real", () => {
    expect(names("Sie brennt mit dem eitlen Anwalt Duncan Wedderburn (Mark Ruffalo) nach Lissabon durch.")).toEqual([
      "Mark Ruffalo",
    ]);
  });
});

describe("persons: a name read as a genitive once and given whole elsewhere (twenty-sixth set)", () => {
  it("'Der Pumpenhersteller Wendelin Haas Pumpenwerke … dem Schlosser Wendelin Haas' is one Wendelin Haas", () => {
    const text =
      "Der Pumpenhersteller Wendelin Haas Pumpenwerke baut Stellen ab. Das Unternehmen war 1921 von Wendelin Haas gegründet worden.";
    expect(names(text)).toEqual(["Wendelin Haas"]);
  });
});

describe("persons: a surname the text quotes alone, completed by the word before it (twenty-sixth set)", () => {
  it("'in der 87. Minute Alagie Fofana … sagte Fofana': a noun before an unknown given name starts no name", () => {
    const text =
      "Das Siegtor erzielte in der 87. Minute Alagie Fofana. „Ich habe den Ball gesehen“, sagte Fofana, der aus Gambia kam.";
    expect(names(text)).toEqual(["Alagie Fofana"]);
    // A noun is no given name: "dem Bagdader Viertel Sadr City" names no one "Viertel Sadr".
    const sadr = "Der Politiker Muktada al-Sadr rief zum Boykott auf. Im Bagdader Viertel Sadr City blieb es still.";
    expect(names(sadr)).toEqual(["Muktada al-Sadr"]);
  });
});

describe("persons: a town's name as a given name (twenty-fourth set)", () => {
  it("'von Mati Diop' is a person where 'Diop' speaks alone, not the town Mati; a town before a name stays a town", () => {
    expect(
      names("Der Goldene Bär geht an den Dokumentarfilm „Dahomey“ von Mati Diop. „Diese Statuen warten“, sagte Diop."),
    ).toEqual(["Mati Diop"]);
    expect(names("Der Zug aus Mati Diop erreichte den Hafen.")).toEqual([]);
  });
});

describe("persons: the twenty-fifth set's names and no-names", () => {
  it("'Dimitri Van den Bergh' and 'Guðni Th. Jóhannesson' are whole names", () => {
    expect(names("Im Halbfinale traf Gabriel Clemens auf Dimitri Van den Bergh.")).toEqual([
      "Gabriel Clemens",
      "Dimitri Van den Bergh",
    ]);
    expect(names("Sie folgt auf Präsident Guðni Th. Jóhannesson. Der Papst besuchte St. Gallen.")).toEqual([
      "Guðni Th. Jóhannesson",
    ]);
  });

  it("no person from a country's genitive, a plural role or a noun of status after a role", () => {
    expect(names("Anura Kumara Dissanayake ist als neuer Präsident Sri Lankas vereidigt worden.")).toEqual([
      "Anura Kumara Dissanayake",
    ]);
    expect(names("Altair entwickelt Programme, mit denen Ingenieure Bauteile testen.")).toEqual([]);
    expect(names("Der Kanadier, der in Mannheim als Spieler Legendenstatus genießt, startete schwach.")).toEqual([]);
  });

  it("'der kurzen Amtszeit Thomas Kemmerichs im Februar' is Kemmerich's genitive; 'Hans Sachs' keeps his 's'", () => {
    expect(names("Unterbrochen nur von der kurzen Amtszeit Thomas Kemmerichs im Februar 2020.")).toEqual([
      "Thomas Kemmerich",
    ]);
    expect(names("Die Oper feiert Hans Sachs.")).toEqual(["Hans Sachs"]);
  });
});

describe("persons: names of things in the twenty-fifth set", () => {
  it("no person from a building, a valley, a street or a centre named after someone", () => {
    expect(names("Präsident Marcelo Rebelo de Sousa nahm im Palácio da Ajuda den Eid ab.")).toEqual([
      "Marcelo Rebelo de Sousa",
    ]);
    expect(names("Besonders schwer getroffen ist der Weiler Fontana im Val Bavona.")).toEqual([]);
    expect(names("„Ich habe gelitten“, sagte Lange im Ziel am Alii Drive.")).toEqual(["Lange"]);
    expect(names("Die Zeremonie im Kulturzentrum Miguel Ángel Asturias begann spät.")).toEqual([]);
    expect(names("Vor dem Tagungsort in Kapstadt verfolgte Sipho Kimberley die Abstimmung.")).toEqual([
      "Sipho Kimberley",
    ]);
  });

  it("'Antje Lassans Roman „Das Teppichdorf“' is Antje Lassan's novel", () => {
    expect(names("Knoten für Knoten: Antje Lassans Roman „Das Teppichdorf“. Lassan schreibt genau.")).toEqual([
      "Antje Lassan",
    ]);
  });
});

describe("persons: a regnal name the text gives someone", () => {
  it("'Robert Prevost ist Papst Leo XIV.' is one person, named by his full name", () => {
    const found = personsOf(
      "Robert Prevost ist Papst Leo XIV. Der Amerikaner Robert Francis Prevost wurde gewählt. Leo XIV. grüßte die Menge. Er folgt auf Franziskus.",
    );
    expect(found.map((p) => [p.name, p.count])).toEqual([["Robert Francis Prevost", 4]]);
  });
});

describe("persons: 'Queen' is a title", () => {
  it("'Queen Elizabeth II.' is Elizabeth II. with the role Queen; 'Queen K Highway' is a road", () => {
    const found = personsOf(
      "Nach dem Tod von Queen Elizabeth II. trat Harry kürzer. Auf dem Queen K Highway lief Lange.",
    );
    expect(found.map((p) => [p.name, p.roles])).toEqual([["Elizabeth II.", ["Queen"]]]);
  });
});

describe("persons: a pope's civil name and his papal name", () => {
  it("'Papst Franziskus' and 'Jorge Mario Bergoglio' in one article are one person, named Franziskus", () => {
    const found = personsOf(
      "Papst Franziskus ist tot. Jorge Mario Bergoglio wurde 1936 in Buenos Aires geboren. Franziskus wurde 88 Jahre alt.",
    );
    expect(found.map((p) => [p.name, p.count])).toEqual([["Franziskus", 3]]);
    // His brother is someone else: only the listed civil name merges.
    expect(names("Benedikt XVI. ist tot. Georg Ratzinger war sein Bruder.")).toEqual([
      "Benedikt XVI.",
      "Georg Ratzinger",
    ]);
  });
});

describe("persons: everyday trades and roles introduce names of any origin", () => {
  it("'der Schüler Artjom Lebedev': a given name no list holds, after a trade, opens a name", () => {
    expect(names("Auch der Schüler Artjom Lebedev freut sich auf die neue Linie.")).toEqual(["Artjom Lebedev"]);
  });

  it("'vermuten Forscher Ozeane', 'legten Bewohner Blumen nieder': a plural noun after a role is no surname", () => {
    expect(names("Unter dem Eis vermuten Forscher Ozeane aus flüssigem Wasser.")).toEqual([]);
    expect(names("Am Abend legten Bewohner Blumen vor dem Rathaus nieder.")).toEqual([]);
    // Named so again, it is one: "Minister Lange … sagte Lange".
    expect(names('Minister Lange kündigte Hilfen an. "Wir helfen", sagte Lange.')).toEqual(["Lange"]);
  });
});

describe("persons: given names of Persian, Albanian, Georgian and Ethiopian origin; an age is no surname", () => {
  it("'Golnar Sadeghi', 'Fitore Berisha', 'Tengiz Abuladse', 'Mulugeta Bekele' are persons", () => {
    expect(names("Die Hauptrolle spielt Golnar Sadeghi.")).toEqual(["Golnar Sadeghi"]);
    expect(names("Den Laden führt Fitore Berisha seit zehn Jahren.")).toEqual(["Fitore Berisha"]);
    expect(names("Das Weingut gehört Tengiz Abuladse.")).toEqual(["Tengiz Abuladse"]);
    expect(names("Gewonnen hat Mulugeta Bekele.")).toEqual(["Mulugeta Bekele"]);
  });

  it("'eine Zahnärztin Mitte vierzig', 'der Trainer Anfang 50': an age after a role, no person", () => {
    expect(names("Laleh, eine gestresste Zahnärztin Mitte vierzig, wird gespielt.")).toEqual([]);
    expect(names("Der Trainer Anfang 50 kam aus Bremen.")).toEqual([]);
  });
});

describe("persons: great-grandchildren and in-laws are kin", () => {
  it("'Ihre Urenkelin Inken Rieck-Dobberstein', 'Ihr Schwager Karl Moosbrugger' are persons; 'Ihre Urenkelin Lea' in part", () => {
    expect(names("Ihre Urenkelin Inken Rieck-Dobberstein gehört zu den Gründerinnen.")).toEqual([
      "Inken Rieck-Dobberstein",
    ]);
    expect(names("Ihr Schwager Karl Moosbrugger kam.")).toEqual(["Karl Moosbrugger"]);
    expect(personsOf("Ihre Urenkelin Lea kam.")).toMatchObject([{ name: "Lea", partial: true }]);
  });
});

describe("persons: a surname that only ends like a role", () => {
  it("'Louis Faidherbe' is a person ('Faidh' is no German word); 'der Milliardenerbe Stefan Quandt' keeps his role", () => {
    expect(names("Der französische Kolonialgouverneur Louis Faidherbe ließ die Brücke bauen.")).toEqual([
      "Louis Faidherbe",
    ]);
    expect(person("Gekommen war der Milliardenerbe Stefan Quandt.", "Stefan Quandt")?.roles).toEqual([
      "der Milliardenerbe",
    ]);
  });
});

describe("persons: a name followed by an apposition with a role", () => {
  it("'Gudula Ommerborn, eine pensionierte Lehrerin': a person, whatever the given name; 'Sadrs Vater, dem …' none", () => {
    expect(names("Entdeckt hat das Fossil Gudula Ommerborn, eine pensionierte Lehrerin aus Darmstadt.")).toEqual([
      "Gudula Ommerborn",
    ]);
    expect(names("Das Viertel ist nach Sadrs Vater, dem Großajatollah, benannt.")).toEqual([]);
  });
});

describe("persons: the actor after a verb of playing", () => {
  it("'Den Großvater gibt der Schauspieler Anton Berger': 'der' is the verb's subject, the actor is a person", () => {
    expect(names("Den Großvater gibt der Schauspieler Anton Berger.")).toEqual(["Anton Berger"]);
    // The part stays a part: "Ana de Armas gibt die Staatsanwältin … Die Staatsanwältin Rosa Delgado".
    expect(names("Ana de Armas gibt die Staatsanwältin. Die Staatsanwältin Rosa Delgado ermittelt.")).toEqual([
      "Ana de Armas",
    ]);
  });
});

describe("persons: cues from the twenty-ninth set's first run", () => {
  it("'vom Politecnico di Milano': a Romance school before a particle is no person", () => {
    expect(names("Die Ingenieurin Paola Zanetti vom Politecnico di Milano hält das für machbar.")).toEqual([
      "Paola Zanetti",
    ]);
  });

  it("'im benachbarten Kamenický Šenov', 'in Nové Město', 'entlang der Via Melchiorre Gioia': places and streets", () => {
    expect(names("In Nový Bor und im benachbarten Kamenický Šenov wird Glas geblasen.")).toEqual([]);
    expect(names("Das Rennen findet in Nové Město na Moravě statt.")).toEqual([]);
    expect(names("Die Stadt will den Kanal entlang der Via Melchiorre Gioia öffnen.")).toEqual([]);
    expect(names("Island hat nach Vigdís Finnbogadóttir wieder eine Präsidentin.")).toEqual(["Vigdís Finnbogadóttir"]);
  });

  it("'der in Pola Englisch unterrichtete': a language after a name is no surname; 'Maria Reinisch' is one", () => {
    expect(names("Joyce, der 1904 in Pola Englisch unterrichtete, taucht auf.")).toEqual([]);
    expect(names("Die Lehrerin Maria Reinisch lobte das Buch.")).toEqual(["Maria Reinisch"]);
  });

  it("'Marine Le Pen rief …': a word the given-name lists leave out, before 'Le' and a name, is a given name", () => {
    expect(names("Das sagte Macron. Marine Le Pen rief ihren Anhängern zu: „Wir sind bereit.“")).toEqual([
      "Marine Le Pen",
    ]);
    expect(names("Die La Ola rollte durch das Stadion.")).toEqual([]);
  });

  it("'bei August Hermann Francke': a month's name before a name is a given name; 'am 3. August Wahlen' is a date", () => {
    expect(names("Ausgebildet wurde er in Halle bei August Hermann Francke.")).toEqual(["August Hermann Francke"]);
    expect(names("Die Regierung will am 3. August Wahlen abhalten.")).toEqual([]);
    expect(names("Seit Juli Hunderte Menschen kamen.")).toEqual([]);
  });
});

describe("persons: cues from the thirtieth set's first run", () => {
  it("'Abba Tesfamariam Ghebreyesus': a priest's title; 'Mag. Alexander Kranebitter': an Austrian academic title", () => {
    expect(names("Der Priester Abba Tesfamariam Ghebreyesus feierte die Messe.")).toEqual(["Tesfamariam Ghebreyesus"]);
    expect(names("Sein Verteidiger Mag. Alexander Kranebitter sagte, sein Mandant schweige.")).toEqual([
      "Alexander Kranebitter",
    ]);
  });

  it("'die Amerikanerin Kaylee Brennan Fünfte': a woman's rank after her name is no surname", () => {
    expect(names("Giorgia Dal Farra wurde Vierte, die Amerikanerin Kaylee Brennan Fünfte.")).toEqual([
      "Giorgia Dal Farra",
      "Kaylee Brennan",
    ]);
  });

  it("'Sanne van der Linden': a noun after the Dutch 'van der' is a surname; 'Hans von der Feuerwehr' no person", () => {
    expect(names("Nicht alle blieben ruhig. Sanne van der Linden aus Zwolle hatte ein Schild geklebt.")).toEqual([
      "Sanne van der Linden",
    ]);
    expect(names("Dann kam Hans von der Feuerwehr.")).toEqual([]);
  });

  it("'Im Mittelpunkt steht Tereza Dvořáková … Die junge Sopranistin': a performer, no character", () => {
    expect(
      names("Im Mittelpunkt steht Tereza Dvořáková, die nicht verwandt ist. Die junge Sopranistin singt schlicht."),
    ).toEqual(["Tereza Dvořáková"]);
    expect(names("Im Mittelpunkt steht Telse Brodersen, eine Bäuerin, die ihren Hof verliert.")).toEqual([]);
  });
});

describe("persons named in part: defendants by initial, children by given name (partial-names.ts)", () => {
  const partial = (body: string) =>
    personsOf(body)
      .filter((p) => p.partial)
      .map((p) => p.name);

  it("a defendant as the press code names him: 'Marcel D.', 'Pieter van D.', 'Jan-Willem B.', 'Nedžad H.'", () => {
    expect(partial("Der 34-jährige Marcel D. schwieg. Marcel D. Der Richter vertagte.")).toEqual(["Marcel D."]);
    expect(personsOf("Angeklagt sind Pieter van D. und Jan-Willem B. aus Venlo.").map((p) => p.name)).toEqual([
      "Pieter van D.",
      "Jan-Willem B.",
    ]);
    expect(partial("Nedžad H. bestritt die Tat.")).toEqual(["Nedžad H."]);
    // A roman numeral's letter after an age: "dem 34-jährigen Kevin V.".
    expect(partial("Die Anklage wirft dem 34-jährigen Kevin V. Diebstahl vor.")).toEqual(["Kevin V."]);
    // A noun after the initial is the sentence's: "… Sylvie D. Betrug und Täuschung vor"; a surname named again stays.
    expect(partial("Sie wirft Patrice D. und Sylvie D. Betrug und Täuschung vor.")).toEqual([
      "Patrice D.",
      "Sylvie D.",
    ]);
    expect(names("Joseph S. Blatter kam. „Nein“, sagte Blatter.")).toEqual(["Joseph S. Blatter"]);
    // However found: here by the verb of speech and the role before it.
    expect(partial("„Nein“, sagte der Angeklagte Marcel D. vor dem Landgericht.")).toEqual(["Marcel D."]);
  });

  it("a middle initial, a regnal number or a noun's letter is none: 'George W. Bush', 'Napoleon I.', 'Plan B.'", () => {
    expect(names("Der frühere Präsident George W. Bush kam.")).toEqual(["George W. Bush"]);
    expect(partial("Die Krone von Napoleon I. liegt im Louvre. Es gibt einen Plan B. Dann Vitamin D.")).toEqual([]);
  });

  it("a given name alone with an age, kin, a child's noun or a verb of speech: 'die neunjährige Mila', 'sagte Finn'", () => {
    expect(partial("Entdeckt hat das Tier die neunjährige Mila. Mila zeigt es stolz.")).toEqual(["Mila"]);
    expect(personsOf("Entdeckt hat es Mila (9). Später kam Mila wieder.")).toMatchObject([{ name: "Mila", count: 2 }]);
    expect(partial("„Das war toll“, sagte Finn.")).toEqual(["Finn"]);
    expect(partial("Helfen darf auch die zehnjährige Ministrantin Leni.")).toEqual(["Leni"]);
    expect(partial("Die Schülerin Lea lachte. Die Volksschülerin Lena malt.")).toEqual(["Lea", "Lena"]);
    // Kin: any name-shaped word, also a plural's list.
    expect(partial("Auch ihre Tochter Nino, 12 Jahre alt, hilft mit.")).toEqual(["Nino"]);
    expect(partial("Ihre Tochter Maarja sang mit. Lomidzes Sohn Guram hilft.")).toEqual(["Maarja", "Guram"]);
    expect(partial("Die Lufthansa-Tochter Eurowings fliegt. Der Partner Komeito ging.")).toEqual([]);
    expect(partial("Im Saal waren auch seine Söhne Pierre, Jean und Louis.")).toEqual(["Pierre", "Jean", "Louis"]);
    expect(partial("Er kam mit den Töchtern Lea und Marie. Die Enkelkinder Jakob und Leonie trugen Fotos.")).toEqual([
      "Lea",
      "Marie",
      "Jakob",
      "Leonie",
    ]);
  });

  it("a given name without such a sign, or a named person's, is no one of its own: 'Anna Berger … Anna'", () => {
    expect(partial("Mila ist ein schöner Name.")).toEqual([]);
    expect(names("Anna Berger kam mit ihrer Tochter. Anna lachte, sagte Anna.")).toEqual(["Anna Berger"]);
    // "Pieter" where the text names "Pieter van D." is him.
    expect(partial("Pieter van D. schwieg. „Nein“, sagte Pieter.")).toEqual(["Pieter van D."]);
  });

  it("in a review of a novel, a film or a play, a lone given name is a part: 'ihr Enkel Jannik'", () => {
    expect(partial("In ihrem neuen Roman reist ihr Enkel Jannik aus Berlin an.")).toEqual([]);
    expect(partial("Im Mittelpunkt von Kriens neuem Roman steht eine Winzerin. Ihr Bruder Matthias drängt.")).toEqual(
      [],
    );
    expect(partial("Der Film kommt ins Kino. Ihr Sohn Oskar ist hochbegabt.")).toEqual([]);
  });

  it("a nickname or a title in quotation marks is none: 'zu „Schorsch“', '„Schwester Agnes“'", () => {
    expect(partial("Man ging zu „Schorsch“. Der Film „Schwester Agnes“ lief.")).toEqual([]);
    expect(partial("Die Brüder Adolf „Adi“ Dassler und Rudolf Dassler zerstritten sich.")).toEqual([]);
  });

  it("a team's line-up names its players by surname; a shorter list or other words are none", () => {
    const lineUp =
      "Aufstellungen:\n\nSV Hesel: Behrends – Ubben, Janssen, Nguyen, Frerichs (78. Tammena) – Gerdes-Saathoff, Akpınar, de Buhr (63. Boekhoff) – Eilts, Lüpkes (70. Weber), Oltmanns\n\nTore: 0:1 Stöver (9.)";
    expect(partial(lineUp)).toEqual([
      ...["Behrends", "Ubben", "Janssen", "Nguyen", "Frerichs", "Tammena", "Gerdes-Saathoff", "Akpınar", "de Buhr"],
      ...["Boekhoff", "Eilts", "Lüpkes", "Weber", "Oltmanns"],
    ]);
    expect(partial("Zutaten: Mehl – Zucker, Eier, Butter, Milch")).toEqual([]);
    expect(
      partial("Orte: Hesel – Leer, Emden, Aurich – Norden, Wittmund – Esens, Wiesmoor, Papenburg, Westerstede"),
    ).toEqual([]);
    expect(
      partial("Programm: Mozart, Haydn, Bach, Brahms, Schubert, Liszt, Ravel, Satie, Fauré, Elgar, Holst"),
    ).toEqual([]);
  });

  it("speaks its quotes, and is one article's person: two texts' 'Marcel D.' are two persons", () => {
    const one = extractArticle(
      source("Prozess in Offenburg", "„Ich war es nicht“, sagte Marcel D. am Montag."),
      "a.txt",
    );
    const two = extractArticle(source("Prozess in Kehl", "Der Angeklagte Marcel D. schwieg."), "b.txt");
    expect(one.quotes[0]?.speaker?.name).toBe("Marcel D.");
    const [a, b] = [one, two].map((x) => x.persons.find((p) => p.name === "Marcel D.")!.key);
    expect(a).toMatch(/^marcel d\. #\d+$/u);
    expect(a).not.toBe(b);
    expect(one.quotes[0]?.speaker?.key).toBe(a);
    // A full name stays one person across articles.
    expect(extractArticle(source("X", "Angela Merkel kam."), "c.txt").persons[0]?.key).toBe("angela merkel");
  });
});
