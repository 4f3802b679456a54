import { MAX_QUOTE_CHARS, MAX_QUOTES_PER_ARTICLE } from "../limits.js";
import { CURATED } from "./country-forms.js";
import { afterLast, isRoleWord, type PersonSummary } from "./persons.js";
import { sentenceFinder, type TextField } from "./sentences.js";
import { givenNameGender } from "../vocab/given-names.js";
import {
  FAMILY_NAMES_FIRST,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  ROLE_ENDINGS,
  STATEMENT_NOUNS,
  TRADE_HEADS,
} from "../vocab/person-names.js";

/** A trade's noun, inflected: "Wirtin", "Köchin", "Landwirte" (TRADE_HEADS). */
const TRADE = new RegExp(`(?:${TRADE_HEADS.join("|")})${ROLE_ENDINGS}$`, "iu");

/** A direct quote in one field of an article, with its speaker where the text attributes it. */
export interface QuoteMention {
  /** The words inside the quotation marks, at most MAX_QUOTE_CHARS long (cut with "…"). */
  text: string;
  /** The person the text attributes the quote to (a person of the same article), else null. */
  speaker: { key: string; name: string } | null;
  /** The words that attribute it, as written ("sagte Nakatani", "so der Meteorologe", "Reichert-Oswald:"), else null. */
  attribution: string | null;
  field: TextField;
  /** UTF-16 offsets of the quote with its quotation marks, end exclusive. */
  start: number;
  end: number;
  /** The sentence in which the quote starts, at most MAX_EVIDENCE_CHARS long (bounds.ts). */
  sentence: string;
}

interface Span {
  field: number;
  start: number;
  end: number;
  inner: string;
}

interface Mention {
  person: PersonSummary;
  field: number;
  start: number;
  end: number;
  /** In the genitive, a possessor ("Trumps", "des Firmengründers X"): no subject a pronoun takes up. */
  genitive: boolean;
}

// German „…“ first (its closing mark is the English opening one), then »…«, «…», "…" and English “…”.
// A guillemet right after a word or punctuation closes a quote of the other style: in Swiss copy
// «…», sagte er. «…» the span "», sagte er. «" is no »…« quote.
const QUOTE_RES = [
  // A quote over paragraphs: each paragraph opens it again, only the last closes it ("„…\n\n„…“"); not with
  // straight marks, where an opening and a closing one cannot be told apart.
  /„((?:[^„“”\n]{1,4000}\n\n„)+[^„“”\n]{1,4000})[“”]/gu,
  /(?<![\p{L}\p{N}.,!?;:…])«((?:[^»«\n]{1,4000}\n\n«)+[^»«\n]{1,4000})»/gu,
  /„([^„“”\n]{1,4000})[“”]/gu,
  /(?<![\p{L}\p{N}.,!?;:…])»([^»«\n]{1,4000})«/gu,
  /(?<![\p{L}\p{N}.,!?;:…])«([^»«\n]{1,4000})»/gu,
  /"([^"\n]{1,4000})"/gu,
  /“([^“”„\n]{1,4000})”/gu,
];
const PRONOUNS = new Set(["er", "sie", "Er", "Sie"]);
/** A definite noun completed by a name: "der Neffe von X", "die Tochter des X" (group 1: the noun phrase). */
const COMPLEMENT = /^((?:der|die|das)\s+(?:[\p{Ll}\d-]+\s+)*\p{Lu}[\p{L}-]*)\s+(?:von|des)\s[^,]*$/u;
/** A definite noun, then a verb right before a name: "Der Rekordsieger im Weltcup traut X" (group 1: the noun). */
const SUBJECT_BEFORE_OBJECT = /^((?:Der|Die|Das)\s+(?:[\p{Ll}\d-]+\s+)*\p{Lu}[\p{L}-]*)\s[^,]*\s\p{Ll}{3,}\s+$/u;
const DEMONYM_CODES = new Map<string, string>();
/** "der malaysische Regierungschef": adjective stem -> country. */
const ADJECTIVE_CODES = new Map<string, string>();
for (const [code, forms] of CURATED) {
  for (const d of forms.demonyms)
    for (const f of [d, `${d}n`, `${d.replace(/e$/, "")}in`, `${d}in`]) DEMONYM_CODES.set(f, code);
  for (const a of forms.adjectives) ADJECTIVE_CODES.set(a, code);
}
const adjectiveCode = (word: string) => ADJECTIVE_CODES.get(word.replace(/(?:e|en|er|es|em)$/u, ""));

function quoteSpans(field: number, text: string): Span[] {
  const spans: Span[] = [];
  // Offsets inside a quote found by an earlier pattern (a list searched per match was quadratic).
  const covered = new Uint8Array(text.length);
  for (const re of QUOTE_RES) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered[start] || covered[end - 1]) continue;
      covered.fill(1, start, end);
      spans.push({ field, start, end, inner: m[1]!.replace(/\s*\n\n[„«"]/gu, " ").trim() });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** "„…“, heißt es in dem Schreiben", "„…“, hieß es in der Mitteilung": a statement's words, in either tense. */
const IT_SAYS = /^(?:heißt|hieß)$/u;
/** The end of "…, wie seine Familie mitteilte.": who sent a statement out. */
const SENT_OUT_END =
  /\s(?:mitteilte|mitteilten|erklärte|erklärten|bekanntgab|bekanntgaben|bestätigte|bestätigten)\.?$/u;

/** Speech, not a title or a scare quote: sentence punctuation inside, an attribution after or a colon before. */
function isSpeech(text: string, s: Span): boolean {
  if (/[.!?…,;:]/u.test(s.inner)) return true;
  const words = s.inner.split(/\s+/u).length;
  // A headline or paragraph that is a quotation: "„Maduro hat die Wahl verloren und die Macht behalten“".
  const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
  const lineEnd = text.indexOf("\n", s.end);
  const alone =
    text.slice(lineStart, s.start).trim() === "" &&
    text.slice(s.end, lineEnd === -1 ? undefined : lineEnd).trim() === "";
  if (alone && words >= 3) return true;
  const after = /^\s*,?\s*(\p{L}+)/u.exec(text.slice(s.end, s.end + 40))?.[1];
  if (after && (SPEECH_VERBS.has(after) || after === "so" || IT_SAYS.test(after)))
    return /^\s*,/u.test(text.slice(s.end));
  return /:\s*$/u.test(text.slice(Math.max(0, s.start - 3), s.start));
}

const STATEMENT_INFINITIVES = /^(?:mitteilen|verbreiten|ausrichten|erklären|verlauten|wissen|verkünden)$/u;

/** The clause after a quote up to its sentence's end: ", sagte der Minister am Abend." */
function attributionAfter(text: string, s: Span): { verb: string; rest: string; restStart: number } | undefined {
  const m = /^\s*,\s*(\p{L}+)\s+/u.exec(text.slice(s.end, s.end + 300));
  // "„…“, hatte X geschrieben", "«…», liess sich X zitieren": an auxiliary first, the verb of speech last.
  const perfect = m !== null && /^(?:hat|hatte|habe|hätte|ließ|liess|lässt)$/u.test(m[1]!);
  // "„…“, pflegte er zu sagen": a habit of speech.
  const habit = m !== null && /^(?:pflegte|pflegt)$/u.test(m[1]!);
  if (!m || !(perfect || habit || SPEECH_VERBS.has(m[1]!) || m[1] === "so" || IT_SAYS.test(m[1]!))) return undefined;
  const restStart = s.end + m[0].length;
  const tail = text.slice(restStart, restStart + 250);
  // The sentence ends at its punctuation, not at an abbreviated title's period ("sagt Kuratorin Dr. Frauke Vogel") nor
  // at an initial's before a name ("sagte Isro-Chef S. Somanath").
  let stop = -1;
  for (const end of tail.matchAll(/[.!?;](?:\s|$)|[„"»“]|\n/gu)) {
    if (end[0].startsWith(".") && /(?:^|\s)(?:Dr|Prof|St)$/u.test(tail.slice(0, end.index))) continue;
    const initial = /(?:^|\s)\p{Lu}$/u.test(tail.slice(0, end.index));
    if (end[0].startsWith(".") && initial && /^\.\s\p{Lu}\p{Ll}/u.test(tail.slice(end.index))) continue;
    // "sagte Marcel D. am Montag", "sagte Marcel D.": the initial's period is the name's.
    stop = end[0].startsWith(".") && initial ? end.index + 1 : end.index;
    break;
  }
  const rest = stop === -1 ? tail : tail.slice(0, stop);
  if (habit) {
    const infinitive = /^(.+?)\s+zu\s+(?:sagen|betonen|erklären|scherzen|erzählen)\b/u.exec(rest);
    return infinitive ? { verb: m[1]!, rest: infinitive[1]!, restStart } : undefined;
  }
  // "„…“, hatte Präsident Emmanuel Macron kurz nach der Tat geschrieben": a perfect tense of a verb of speech.
  if (perfect) {
    const participle = /\s(\p{Ll}+)\s*$/u.exec(rest);
    const quoted = participle?.[1] === "zitieren" && /^sich\s/u.test(rest);
    // "ließ Biya auf X verbreiten", "ließ die Ministerin mitteilen": a statement sent out.
    const sent = /^(?:ließ|liess|lässt)$/u.test(m[1]!) && STATEMENT_INFINITIVES.test(participle?.[1] ?? "");
    if (!participle || !(SPEECH_PARTICIPLES.has(participle[1]!) || quoted || sent)) return undefined;
    const subject = quoted ? rest.replace(/^sich\s+/u, "") : rest;
    return {
      verb: m[1]!,
      rest: subject.slice(0, subject.lastIndexOf(participle[1]!)).trimEnd(),
      restStart: quoted ? restStart + rest.length - subject.length : restStart,
    };
  }
  return { verb: m[1]!, rest, restStart };
}

/** The clause before a quote introduced by a colon: "Bundesfinanzminister Lars Klingbeil verteidigte ...:". */
function clauseBefore(text: string, s: Span): { clause: string; clauseStart: number } | undefined {
  const before = text.slice(Math.max(0, s.start - 300), s.start);
  if (!/:\s*$/u.test(before)) return undefined;
  let begin = afterLast(before, '.!?\n“”"«»');
  // Not at an initial's or a title's period: "Außenminister S. Jaishankar schrieb auf X:".
  while (
    begin > 1 &&
    before.charAt(begin - 1) === "." &&
    /(?:^|\s)(?:\p{Lu}|Dr|Prof|St)$/u.test(before.slice(0, begin - 1))
  )
    begin = afterLast(before.slice(0, begin - 1), '.!?\n“”"«»');
  // Not at the end of a title in quotation marks: "Philippe Villeneuve sagte der Zeitung „La Croix“:".
  while (begin > 1 && '“”"«»'.includes(before.charAt(begin - 1))) {
    const open = Math.max(...["„", '"', "«", "»"].map((q) => before.lastIndexOf(q, begin - 2)));
    if (open === -1 || begin - open > 60 || /[.!?,;:]/u.test(before.slice(open + 1, begin - 1))) break;
    begin = afterLast(before.slice(0, open), '.!?\n“”"«»');
  }
  while (/\s/u.test(before.charAt(begin))) begin++;
  const clauseStart = s.start - before.length + begin;
  return { clause: before.slice(begin).replace(/:\s*$/u, "").trim(), clauseStart };
}

/** Whether a mention lies inside one of the quotes (sorted by field, then start): binary search. */
function insideQuote(quotes: Span[], m: { field: number; start: number; end: number }): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (q.field < m.field || (q.field === m.field && q.end <= m.start)) lo = mid + 1;
    else if (q.field > m.field || q.start > m.start) hi = mid - 1;
    else return q.end >= m.end;
  }
  return false;
}

/** A noun in the genitive right before a name: "des Firmengründers", "des früheren Präsidenten". */
const GENITIVE_NOUN_BEFORE = /(?:^|\s)(?:des|eines)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:s|en)\s+$/u;

/** "Karikós", "Donald Trumps": a mention in the genitive ("Jones" is none: "Jone" is no word of the name). */
function genitiveAt(text: string, person: PersonSummary, m: { start: number; end: number }): boolean {
  const last = text.slice(m.start, m.end).split(" ").at(-1)!;
  if (last.endsWith("s") && person.name.split(" ").includes(last.slice(0, -1))) return true;
  // "Urenkel des Firmengründers Wilhelm Ochsenfarth": a name after a noun in the genitive.
  return GENITIVE_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

/** Who a quote's attribution points to, from the persons' mentions around it. */
class Speakers {
  private readonly mentions: Mention[];
  constructor(
    private readonly persons: PersonSummary[],
    fields: TextField[],
    private readonly texts: string[],
    quotes: Span[],
  ) {
    this.mentions = persons
      .flatMap((person) =>
        person.mentions.map((m) => ({ person, field: fields.indexOf(m.field), start: m.start, end: m.end })),
      )
      .filter((m) => !insideQuote(quotes, m))
      .map((m) => ({ ...m, genitive: genitiveAt(texts[m.field]!, m.person, m) }))
      .sort((a, b) => a.field - b.field || a.start - b.start);
  }

  /**
   * The person named first in [from, to) of a field; after a possessor, the role's holder: "Merz' Sprecher
   * Stefan Kornelius", "Trumps Sprecherin Karoline Leavitt" name the spokesperson, not Merz or Trump.
   */
  within(field: number, from: number, to: number): PersonSummary | undefined {
    const k = this.mentions.findIndex((m) => m.field === field && m.start >= from && m.end <= to);
    const first = this.mentions[k];
    const second = this.mentions[k + 1];
    if (first && second && second.field === field && second.end <= to && second.person !== first.person) {
      const between = this.texts[field]!.slice(first.end, second.start)
        .replace(/^(?:['’]|s\b)/u, "")
        .trim();
      const words = between.split(/\s+/u);
      // Or a kin noun: "Bolsonaros Sohn Eduardo Bolsonaro".
      if (between !== "" && words.length <= 2 && words.every((w) => isRoleWord(w) || KIN_GENDER.has(w)))
        return second.person;
    }
    return first?.person;
  }

  /** The first person the article names, headline first, whom a pronoun of that gender may take up. */
  principal(gender: "f" | "m"): PersonSummary | undefined {
    return this.mentions.find((m) => mayBe(m.person, gender))?.person;
  }

  /** Whether the first person named in [from, to) of a field is named in the genitive ("Klöckners"). */
  genitiveFirst(field: number, from: number, to: number): boolean {
    const m = this.mentions.find((x) => x.field === field && x.start >= from && x.end <= to);
    return m?.genitive === true;
  }

  /** Where the first person named at or after an offset of a field starts. */
  firstMentionIn(field: number, from: number): number {
    return this.mentions.find((m) => m.field === field && m.start >= from)?.start ?? from;
  }

  /**
   * "In Krakau, wo Trzaskowski vorn lag, zeigte sich eine Studentin enttäuscht:", "Eine Frau aus Neuilly, wo
   * Sarkozy Bürgermeister war, rief:": the persons a clause names all stand in subordinate clauses, and outside
   * them someone is introduced without a name, who speaks.
   */
  namedOnlyInSubordinate(clause: string, field: number, clauseStart: number): boolean {
    // Not an apposition: ", die frühere Ministerin Anna Lührmann,".
    const parts = [...clause.matchAll(SUBORDINATE)]
      .filter((m) => !APPOSITION.test(m[0]))
      .map((m): [number, number] => [clauseStart + m.index, clauseStart + m.index + m[0].length]);
    if (parts.length === 0) return false;
    const inPart = (m: { start: number; end: number }) => parts.some(([from, to]) => m.start >= from && m.end <= to);
    const inClause = this.mentions.filter(
      (m) => m.field === field && m.start >= clauseStart && m.end <= clauseStart + clause.length,
    );
    if (inClause.length === 0 || !inClause.every(inPart)) return false;
    const main = parts.reduceRight(
      (text, [from, to]) => text.slice(0, from - clauseStart) + text.slice(to - clauseStart),
      clause,
    );
    return [...main.matchAll(SOMEONE_MASCULINE), ...main.matchAll(SOMEONE_FEMININE)].some((m) =>
      UNNAMED_PERSON.test(m[1]!),
    );
  }

  /** Whether nobody but `person` is named in [from, to) of a field. */
  onlyNamed(field: number, from: number, to: number, person: PersonSummary): boolean {
    return !this.mentions.some((m) => m.field === field && m.start >= from && m.end <= to && m.person !== person);
  }

  /** The first person named in the sentence that ends right before an offset, in its paragraph. */
  previousSentencePerson(field: number, at: number): PersonSummary | undefined {
    const previous = previousSentence(this.texts[field]!, at);
    return previous && this.within(field, previous.start, previous.start + previous.sentence.length);
  }

  /** The person named last before an offset (outside quotes): what "er"/"sie" refers to; `notGenitive` skips possessors. */
  recent(
    field: number,
    at: number,
    accept: (p: PersonSummary) => boolean = () => true,
    notGenitive = false,
  ): PersonSummary | undefined {
    let found: PersonSummary | undefined;
    for (const m of this.mentions) {
      if (m.field > field || (m.field === field && m.start >= at)) break;
      if (accept(m.person) && !(notGenitive && m.genitive)) found = m.person;
    }
    return found;
  }

  /** The first person named in the paragraph before an offset: its subject. */
  paragraphSubject(field: number, at: number): PersonSummary | undefined {
    const paragraphStart = this.texts[field]!.lastIndexOf("\n\n", at) + 1;
    return this.within(field, paragraphStart, at);
  }

  /**
   * "der Minister", "die Autorin", "der Amerikaner": the last person before with that role or country;
   * with none, for a definite role ("der Kreisläufer"), the person opening the sentence before, else the
   * paragraph's subject. A qualified role ("Unions Trainer") without a holder is someone not named. With a
   * nation adjective ("der malaysische Regierungschef") the last person of that country.
   */
  byRole(
    noun: string,
    field: number,
    at: number,
    definite: boolean,
    country?: string,
    gender?: "f" | "m",
    bare = false,
  ): PersonSummary | undefined {
    // "der malaysische Regierungschef": the last person of that country, whatever the role's word.
    const ofCountry = country && this.recent(field, at, (p) => p.country === country);
    if (ofCountry) return ofCountry;
    const code = DEMONYM_CODES.get(noun);
    // "sagte der Regisseur": no holder of the other gender ("die Regisseurin Mati Diop").
    const holds = (p: PersonSummary) => (code ? p.country === code : holdsRole(p, noun)) && mayBe(p, gender);
    const recentHolder = this.recent(field, at, holds);
    // "sagte der Papst" in an article about Leo XIV. that mentions Franziskus's death last: the holder the article is
    // about (named at least twice as often) over one named in passing.
    const main = this.persons.filter(holds).sort((a, b) => b.count - a.count)[0];
    const holder =
      main && recentHolder && main !== recentHolder && main.count >= 2 * recentHolder.count ? main : recentHolder;
    const subject = definite ? this.sentenceSubject(field, at) : undefined;
    // "sagt die Wirtin im Nachbarort": a trade names the person of the text who practises it, or the one the
    // sentence before is about ("Nader, der …, trainierte … . „…“, sagte der Informatiker"); no one named earlier.
    if (TRADE.test(noun)) return holder ?? (subject && mayBe(subject, gender) ? subject : undefined);
    // "Sein Verteidiger Kemal A. kündigte … an. „…“, sagte der Mannheimer Anwalt": the person with a role of their
    // own the sentence before opens with, over a holder named only earlier ("Oberstaatsanwalt Keßler").
    const previous = this.sentenceBefore(field, at);
    // Not a rival of the other gender: "sagte der 72-jährige Regisseur" after a sentence about an actress.
    // Not over a holder of that very role, named with nothing else ("König Frederik X. … Australiens Premierminister
    // Anthony Albanese gratulierte. „…“, sagte der König"; "die frühere Weltranglistenerste" is not "die
    // Weltranglistenerste").
    const rival =
      subject &&
      subject !== holder &&
      subject.roles.length > 0 &&
      mayBe(subject, gender) &&
      !(bare && holder && holdsExactly(holder, noun));
    if (holder && rival && previous && !this.namedIn(field, previous, holder)) return subject;
    if (holder || !definite) return holder;
    // "…, sagte Bundespräsidentin Karin Keller-Sutter, … . «…», erklärte die Ministerin": with no holder and no
    // subject, the first person the sentence before names.
    const named = previous && this.within(field, previous.start, previous.start + previous.sentence.length);
    // "„…“, sagte der 58-jährige Regisseur" opening a paragraph: the person named last before, where none of the
    // paragraph or the sentence before is. Never one of the other gender ("Die loyalistische Politikerin sagte:"
    // after a sentence about Macron that names her last).
    const fits = (p: PersonSummary | undefined) => (p && mayBe(p, gender) ? p : undefined);
    return (
      fits(subject) ?? fits(this.paragraphSubject(field, at)) ?? fits(named) ?? this.recent(field, at, (p) => !!fits(p))
    );
  }

  /**
   * Whether the sentence before introduces someone it does not name, whom "er"/"sie" then refers to: "Vor dem Dom
   * zeigte sich ein Rentner aus Chorweiler wenig beeindruckt. „…“, sagte er." ("ein" for "er", "eine" for "sie";
   * a sentence that names a person or uses the pronoun itself keeps the pronoun's earlier referent).
   */
  unnamedBefore(field: number, at: number, pronoun: string): boolean {
    const previous = this.sentenceBefore(field, at);
    if (!previous || /\b(?:er|sie|Er|Sie)\b/u.test(previous.sentence)) return false;
    const end = previous.start + previous.sentence.length;
    if (this.mentions.some((m) => m.field === field && m.start >= previous.start && m.end <= end)) return false;
    const someone = pronoun === "er" ? SOMEONE_MASCULINE : SOMEONE_FEMININE;
    // "Ein Landwirt gab zu bedenken, …": a role or trade with an indefinite article too.
    if ([...previous.sentence.matchAll(someone)].some((m) => UNNAMED_PERSON.test(m[1]!) || isRoleWord(m[1]!)))
      return true;
    // "Der Fahrer der letzten Straßenbahn meldete sich … „…“, sagte er.": a definite introduction, as "ein Fahrer".
    const introduced = this.introduced(previous.sentence, field, previous.start);
    return introduced !== undefined && introduced.article === (pronoun === "er" ? "der" : "die");
  }

  /**
   * A person introduced, not referred back to, where a phrase opens: a definite noun for a person that a genitive
   * or a relative clause identifies ("Der Fahrer der letzten Straßenbahn", "Der Baggerfahrer, der den Fund
   * gemacht hatte"), no country's people ("Der Südtiroler, der …") and no role a person of the text holds
   * ("Der Trainer des FC Bayern" where "Trainer Vincent Kompany" was named), after a sentence that names no one
   * ("Sinner wurde gefeiert. Der Südtiroler, der …, lobte:" refers back to Sinner).
   */
  introduced(phrase: string, field: number, phraseStart: number): { article: string } | undefined {
    const m = INTRODUCED.exec(phrase);
    if (!m) return undefined;
    const before = this.sentenceBefore(field, phraseStart);
    if (before && this.within(field, before.start, before.start + before.sentence.length)) return undefined;
    const noun = m[2]!;
    if (DEMONYM_CODES.has(noun) || !(UNNAMED_PERSON.test(noun) || isRoleWord(noun))) return undefined;
    if (this.persons.some((p) => holdsRole(p, noun))) return undefined;
    return { article: m[1]!.toLowerCase() };
  }

  /** Whether a sentence names a person. */
  namedIn(field: number, sentence: { sentence: string; start: number }, person: PersonSummary): boolean {
    const end = sentence.start + sentence.sentence.length;
    return this.mentions.some(
      (m) => m.field === field && m.person === person && m.start >= sentence.start && m.end <= end,
    );
  }

  /** The sentence before an offset; for a quote that opens a paragraph, the last one of the paragraph before. */
  sentenceBefore(field: number, at: number): { sentence: string; start: number } | undefined {
    const text = this.texts[field]!;
    const opensParagraph = /\n\n\s*$/u.test(text.slice(Math.max(0, at - 4), at));
    return previousSentence(text, opensParagraph ? text.lastIndexOf("\n\n", at - 1) : at);
  }

  /** The person who opens the sentence before an offset: "Kapitän Johannes Golla sprach ... „…“, sagte der Kreisläufer". */
  sentenceSubject(field: number, at: number): PersonSummary | undefined {
    const previous = this.sentenceBefore(field, at);
    if (!previous) return undefined;
    // Within its first four words ("Kapitän Johannes Golla sprach", "Der konservative Oppositionsführer Pierre
    // Poilievre verlor"), not later ("setzte sich vor Lando Norris");
    // or set off after its opening noun phrase ("Der Ostbeauftragte der Bundesregierung, Carsten Schneider (SPD),").
    // "Er kennt Märtens seit Jahren.": a pronoun opening it is the subject, the person it takes up (not one named after).
    const pronoun = /^(Er|Sie)\s+\p{Ll}/u.exec(previous.sentence);
    if (pronoun) return this.recent(field, previous.start, (p) => mayBe(p, pronoun[1] === "Er" ? "m" : "f"), true);
    const opening = /^(?:\S+\s+){0,3}/u.exec(previous.sentence)![0].length;
    const apposition = /^(?:Der|Die)\s[^,.;:]{1,60},\s*/u.exec(previous.sentence)?.[0].length ?? -1;
    return this.mentions.find(
      (m) =>
        m.field === field &&
        m.start >= previous.start &&
        (m.start <= previous.start + opening || m.start === previous.start + apposition),
    )?.person;
  }

  /** A noun phrase naming the speaker: a person, a pronoun, a definite role; an indefinite one names no one. */
  resolve(phrase: string, field: number, phraseStart: number, quoteStart: number): PersonSummary | null {
    // "Die 47-Jährige, eine Vertraute des früheren Präsidenten Rafael Correa, sagte": an apposition with an
    // indefinite article describes the subject before it, and the person it names does not speak.
    const apposition = /,\s*(?:ein|eine|einer)\s[^,]*,/u.exec(phrase);
    if (apposition && apposition.index > 0)
      return this.resolve(phrase.slice(0, apposition.index), field, phraseStart, quoteStart);
    let named = this.within(field, phraseStart, phraseStart + phrase.length);
    // "sagte er bei einer Veranstaltung im Carmen Würth Forum": a pronoun right after the verb is the subject,
    // whoever the rest names.
    // So is one opening a sentence before its verb: "Sie kennt Fehrs seit Jahren: „…“" (Fehrs is the object).
    if (named && /^(?:er|sie)\s|^(?:Er|Sie)\s+\p{Ll}/u.test(phrase)) named = undefined;
    // "Auf Klöckners Frage antwortet er:": a genitive names the possessor; the pronoun is the subject.
    if (named && /\s(?:er|sie)$/u.test(phrase) && this.genitiveFirst(field, phraseStart, phraseStart + phrase.length))
      named = undefined;
    // "sagte der Neffe von Bayern-Ehrenpräsident Uli Hoeneß": the name completes the noun; the noun speaks.
    // "Der Rekordsieger traut Tschofenig den Sieg zu:": a name after the verb is its object; the noun speaks.
    const before = named && this.texts[field]!.slice(phraseStart, this.firstMentionIn(field, phraseStart));
    const head = before && (COMPLEMENT.exec(before) ?? SUBJECT_BEFORE_OBJECT.exec(before));
    if (head) return this.resolve(head[1]!, field, phraseStart, quoteStart);
    if (named) return named;
    const words = phrase.split(/[\s,]+/u).filter(Boolean); // "der 24-Jährige, der aus Landshut stammt"
    if (words.length === 0) return null;
    // "Auf einer Kundgebung hat er gesagt:": the pronoun after the verb is the subject.
    const pronoun = words.findIndex((w, k) => (k === 0 ? PRONOUNS.has(w) : w === "er" || w === "sie"));
    if (pronoun > 0 && !/^(?:der|die|das|ein|eine)$/iu.test(words[0]!)) words.splice(0, pronoun);
    if (PRONOUNS.has(words[0]!)) {
      if (this.unnamedBefore(field, quoteStart, words[0]!.toLowerCase())) return null;
      // "er" is no woman, "sie" no man, where a role or the given name tells ("die Bürgermeisterin", "Thomas"); a
      // possessor ("ohne Karikós Beharrlichkeit") is no subject the pronoun takes up.
      const pronounGender = words[0]!.toLowerCase() === "er" ? "m" : "f";
      // "sagte er einmal", "hat sie einst gesagt": looking back, as obituaries and portraits do, at the person the
      // article is about (the first it names), not at the one named last.
      if (/^(?:einmal|einst)$/u.test(words[1] ?? "")) {
        const principal = this.principal(pronounGender);
        if (principal) return principal;
      }
      // "Der Politologe Daniel Kingston sieht darin eine Abstimmung über Trump. „…“, sagte er.": the subject of the
      // sentence before (before "Er sagte:" where the pronoun opens), over a person it names later.
      const subject = this.sentenceSubject(field, Math.min(phraseStart, quoteStart));
      if (subject && mayBe(subject, pronounGender)) return subject;
      return this.recent(field, quoteStart, (p) => mayBe(p, pronounGender), true) ?? null;
    }
    if (/^(?:ein|eine|einer|einem)$/iu.test(words[0]!)) return null;
    // "Der Baggerfahrer, der den Fund gemacht hatte, erinnert sich:": someone introduced, not named.
    if (this.introduced(phrase, field, Math.min(phraseStart, quoteStart))) return null;
    // Neuter titles take "das": "sagte das Oberhaupt der katholischen Kirche", "das Staatsoberhaupt".
    const definite = /^(?:der|die|das|den|dem)$/iu.test(words[0]!);
    // "sagte der 22-Jährige": the person the sentence before is about, else the paragraph's subject (the
    // sentence before may name others: "Der Weltmeister setzte sich vor Lando Norris durch").
    // Where that sentence opens with someone unnamed ("Eine Besucherin … sah das gelassen. „…“, sagte die Rentnerin"),
    // no one named.
    const about = () =>
      /^(?:Ein|Eine)\s/u.test(this.sentenceBefore(field, quoteStart)?.sentence ?? "")
        ? undefined
        : (this.sentenceSubject(field, quoteStart) ?? this.paragraphSubject(field, quoteStart));
    // The article tells the gender: "der 72-jährige Regisseur", "die frühere Weltranglistenerste".
    const gender = /^(?:der|den|dem)$/iu.test(words[0]!) ? "m" : /^die$/iu.test(words[0]!) ? "f" : undefined;
    // "sagte der 53-Jährige": not the woman the sentence before is about ("Generalgouverneurin Mary Simon").
    if (definite && /^\d+-Jährigen?$/u.test(words[1] ?? "")) {
      const subject = about();
      return (
        (subject && mayBe(subject, gender) ? subject : this.recent(field, quoteStart, (p) => mayBe(p, gender))) ?? null
      );
    }
    // "Im Programmheft schreibt die Regisseurin": the subject after the verb, past an opening phrase ("Unions Trainer
    // lobte die Moral" has none: its subject comes first).
    const opening = /^(?:Im|In|Am|An|Auf|Beim|Bei|Vom|Zum|Zur|Nach|Vor|Während|Mit|Über|Unter|Später|Danach|Dann)\s/u;
    const subject = opening.test(phrase) ? subjectAfterSpeechVerb(phrase) : -1;
    if (subject >= 0) return this.resolve(phrase.slice(subject), field, phraseStart + subject, quoteStart);
    const role = words.slice(0, 5).find((w) => isRoleWord(w) || DEMONYM_CODES.has(w));
    const country = words.slice(1, 4).map(adjectiveCode).find(Boolean);
    // "die Legende", "die Ikone" say nothing of the person's sex.
    if (role) {
      const bare = definite && words[1] === role;
      return (
        this.byRole(role, field, quoteStart, definite, country, EPICENE.has(role) ? undefined : gender, bare) ?? null
      );
    }
    // "Beim Abschluss der Begegnungen im Palais du Pharo sagte das Kirchenoberhaupt am Samstag": the subject after
    // the verb, past a long opening phrase.
    const after = subjectAfterSpeechVerb(phrase);
    if (after >= 0) return this.resolve(phrase.slice(after), field, phraseStart + after, quoteStart);
    // "sagte der Wiener", "die Rentnerin", "Der Südtiroler, der …, lobte": a definite noun that is no role
    // refers back to the person the paragraph is about; to no one where it names nobody ("Ein Zeuge
    // berichtete … „…“, sagte der Mann").
    // Also after adjectives and participles: "sagte die gebürtige Hamburgerin", "der in Simferopol geborene Linksausleger".
    if (definite && /^\p{Lu}[\p{L}-]*\p{Ll}/u.test(nounAfterArticle(words) ?? "")) return about() ?? null;
    return null;
  }
}

/** Where a definite subject after a verb of speech starts in a phrase ("… sagte das Kirchenoberhaupt"), else -1. */
function subjectAfterSpeechVerb(phrase: string): number {
  for (const m of phrase.matchAll(/\s(\p{Ll}+)\s+(?=(?:der|die|das)\s)/gu))
    if (SPEECH_VERBS.has(m[1]!)) return m.index + m[0].length;
  return -1;
}

/** Whether one of a person's roles is the role noun itself, not a compound of it: "König" for "der König". */
function holdsExactly(p: PersonSummary, noun: string): boolean {
  return p.roles.some((r) => r.split(/\s+/u).at(-1) === noun);
}

/** Whether a person's roles hold a role noun in any inflection: "die Ministerin" in "Bundesinnenministerin". */
function holdsRole(p: PersonSummary, noun: string): boolean {
  const stem = noun.toLocaleLowerCase("de").replace(/(?:innen|in|en|n|s)$/u, "");
  return p.roles.some((r) => r.toLocaleLowerCase("de").includes(stem));
}

/**
 * "ein Rentner aus Chorweiler", "eine junge Studentin", "eine 15-Jährige": an indefinite noun phrase, its noun
 * captured.
 */
const SOMEONE_MASCULINE = /(?:^|\s)[Ee]in\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:\d+-)?(\p{Lu}\p{Ll}+)/gu;
const SOMEONE_FEMININE = /(?:^|\s)[Ee]ine\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:\d+-)?(\p{Lu}\p{Ll}+)/gu;
/** A subordinate clause set off by commas: ", wo Trzaskowski vorn lag,". */
const SUBORDINATE =
  /,\s*(?:(?:wo|wie|als|nachdem|weil|während)\s|(?:der|die|das|dem|den|dessen|deren)\s+\p{Ll})[^,.:]*,/gu;
/**
 * Nouns for a person: "ein Rentner", "eine Studentin", "eine Frau", "ein Passant", "ein Fan", "ein Stammgast",
 * "eine 15-Jährige".
 */
const UNNAMED_PERSON =
  /^(?:\p{Lu}\p{Ll}*(?:er|erin|in|ent|ant|ling|gast|fan)|Frau|Mann|Mädchen|Junge|Kind|Zeuge|Mensch|Fan|Gast|Jährige|Jähriger)$/u;
/** A definite noun identified by a genitive or a relative clause: "Der Fahrer der letzten Straßenbahn", "der Baggerfahrer, der". */
const INTRODUCED =
  /^([Dd]er|[Dd]ie)\s+(?:[\p{Ll}\d-]+\s+){0,2}(\p{Lu}\p{Ll}+)(?:\s+(?:der|des)\s+[\p{Ll}\d-]*\s*\p{Lu}|,\s+(?:der|die)\s)/u;

/** The noun a definite article introduces, past adjectives and "in/aus <place>": "die gebürtige Hamburgerin". */
function nounAfterArticle(words: string[]): string | undefined {
  let k = 1;
  while (k < 6 && k < words.length && /^[\p{Ll}\d]/u.test(words[k]!)) k += /^(?:in|aus)$/u.test(words[k]!) ? 2 : 1;
  return words[k];
}

/**
 * A person's grammatical gender where the roles written with the name tell: a feminine role noun
 * ("Finanzministerin", "der Politikwissenschaftlerin") or a masculine one ("Ministerpräsident"); else unknown.
 */
function genderOf(p: PersonSummary): "f" | "m" | undefined {
  for (const role of p.roles) {
    // The noun before any abbreviated title ("Die Kunsthistorikerin Dr."); not a plural ("den Erben"); not a noun
    // of its complement ("Die Ministerin für indigene Australier").
    const words = role.split(/\s+/u);
    // The only complement a role before a name takes (roleBefore in persons.ts): "für".
    const complement = words.indexOf("für");
    const noun = (complement === -1 ? words : words.slice(0, complement)).findLast((w) => !w.endsWith("."));
    if (noun === undefined) continue;
    // Kin nouns, also at the end of a compound: "Krankenschwester", "Geschäftsfrau", "Kaufmann" (KIN_ENDINGS).
    const lower = noun.toLowerCase();
    const kin = KIN_ENDINGS.find(([ending]) => lower.endsWith(ending));
    if (kin) return kin[1];
    // A role or a people's noun ("Spanierin").
    if (!(isRoleWord(noun) || DEMONYM_CODES.has(noun)) || /(?:innen|en)$/u.test(noun)) continue;
    // "US-Popstar Taylor Swift", "Supertalent", "das Model": nouns German uses for women and men alike.
    if (EPICENE_ENDING.test(noun)) continue;
    if (noun.endsWith("in")) return "f";
    // "die Abgeordnete", "der Vorsitzende": an adjective's noun takes the article's gender.
    const article = words[0]!.toLowerCase();
    if (noun.endsWith("e")) return article === "die" ? "f" : article === "der" ? "m" : undefined;
    return "m";
  }
  // Else the given name, where its gender is clear ("Thomas Becker", "Sonia Backès"); not a family name written
  // first ("Kim Jong Un").
  const [first, ...rest] = p.name.split(" ");
  return rest.length > 0 && !FAMILY_NAMES_FIRST.has(first!) ? givenNameGender(first!) : undefined;
}
/** Whether `p` may be of `gender`: nothing tells the other one (anyone, where `gender` is unknown). */
function mayBe(p: PersonSummary, gender: "f" | "m" | undefined): boolean {
  return gender === undefined || genderOf(p) !== (gender === "m" ? "f" : "m");
}
const KIN_GENDER = new Map<string, "f" | "m">([
  ...["Frau", "Ehefrau", "Witwe", "Tochter", "Mutter", "Schwester", "Tante", "Nichte"].map((w) => [w, "f"] as const),
  ...["Mann", "Ehemann", "Witwer", "Sohn", "Vater", "Bruder", "Onkel", "Neffe"].map((w) => [w, "m"] as const),
]);
/** The kin nouns in lower case, to be found also at the end of a compound: "Krankenschwester", "Kaufmann". */
const KIN_ENDINGS = [...KIN_GENDER].map(([word, gender]) => [word.toLowerCase(), gender] as const);

/** The sentence that ends right before a quote, in its paragraph: "..., so der Meteorologe." */
function previousSentence(text: string, at: number): { sentence: string; start: number } | undefined {
  const paragraph = text.lastIndexOf("\n\n", at - 1);
  const paragraphStart = paragraph === -1 ? 0 : paragraph + 2;
  const before = text.slice(paragraphStart, at).replace(/\s+$/u, "");
  if (!/[.!?][“”"«]?$/u.test(before)) return undefined;
  // The last sentence end before it: a full stop followed by a space ("12.000 Zuschauer" has none).
  const ends = [...before.replace(/[.!?][“”"«»]?$/u, "").matchAll(/[.!?][“”"«»]?\s/gu)];
  const last = ends.at(-1);
  const begin = last ? last.index + last[0].length - 1 : 0;
  return {
    sentence: before.slice(begin).trim(),
    start: paragraphStart + begin + (before.slice(begin).length - before.slice(begin).trimStart().length),
  };
}

/**
 * "sagte der Chinese, der von Boll einst lernte": the speaker is named before a relative clause, not in it. A
 * capitalised word after the pronoun makes it an apposition that names the speaker ("…, der Limburger Bischof X"),
 * as do adjectives, a noun and a name ("…, der deutsche Physiker Heiner Linke").
 */
function withoutRelativeClause(phrase: string): string {
  for (const relative of phrase.matchAll(/,\s*(?:der|die|das|dem|den|dessen|deren|denen)\s+\p{Ll}/gu)) {
    // "…, der deutsche Physiker Heiner Linke": adjectives, a noun and a name are an apposition, no clause.
    if (!APPOSITION.test(phrase.slice(relative.index))) return phrase.slice(0, relative.index);
  }
  return phrase;
}
const APPOSITION = /^,\s*(?:der|die)\s+(?:\p{Ll}+e[nrs]?\s+)+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** Endings of role nouns said of women and men alike ("der Popstar Taylor Swift"). */
const EPICENE_ENDING = /(?:star|idol|talent|model)$/iu;
/** Nouns for persons of either sex whose grammatical gender is fixed: "sagte die Legende" of Jan-Ove Waldner. */
const EPICENE = new Set([
  "Legende",
  "Ikone",
  "Koryphäe",
  "Person",
  "Persönlichkeit",
  "Größe",
  "Stimme",
  "Geisel",
  "Waise",
]);

/**
 * Speaker of a quote: after it ("sagte X", "so X", "heißt es in seinem Schreiben"), before it ("X:"), the sentence
 * before, the quote before it in the paragraph (`last`), the sentence after ("Mit diesen Worten …").
 */
function attribute(
  texts: string[],
  s: Span,
  speakers: Speakers,
  last: (Span & { speaker: PersonSummary | null }) | undefined,
): { speaker: PersonSummary | null; attribution: string | null } {
  const text = texts[s.field]!;
  let after = attributionAfter(text, s);
  // "„…“, hieß es darin": the statement the sentence before names; the rules below find its author.
  if (after && IT_SAYS.test(after.verb) && /^es\s+(?:darin|dort)$/u.test(after.rest.trim())) after = undefined;
  if (after) {
    const attribution = `${after.verb} ${after.rest}`.trim();
    if (IT_SAYS.test(after.verb)) {
      // "Ministerpräsident Boris Rhein gratulierte. „…“, heißt es in dem Schreiben": the author is the person the
      // sentence before is about; "…, wie seine Familie mitteilte. „…“, hieß es in der Erklärung" names no one.
      // "in seiner schriftlichen Erklärung": adjectives before the noun.
      const statement = /^es\s+in\s+(dem|der|seinem|seiner|ihrem|ihrer)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{L}*)/u.exec(
        after.rest,
      );
      // "Er starb …, wie seine Kinder mitteilten.": the statement is the ones' who sent it out.
      // Two linear tests, no backtracking over a long sentence.
      const before = previousSentence(text, s.start)?.sentence ?? "";
      const sentOut = /,\s+wie\s/u.test(before) && SENT_OUT_END.test(before);
      const own = statement && STATEMENT_NOUNS.has(statement[2]!) && !sentOut;
      return { speaker: own ? (speakers.sentenceSubject(s.field, s.start) ?? null) : null, attribution };
    }
    const rest = withoutRelativeClause(after.rest);
    return { speaker: speakers.resolve(rest, s.field, after.restStart, s.start), attribution };
  }
  const before = clauseBefore(text, s);
  // The sentence the quote belongs to starts with the colon clause, if any.
  const sentenceStart = before?.clauseStart ?? s.start;
  if (before) {
    // "Biden hatte seine Entscheidung in einem Brief bekanntgegeben. Darin heißt es: „…“": the statement's author.
    const written =
      /^(?:Darin|Dort|In\s+(?:dem|der|seinem|seiner|ihrem|ihrer)\s+(\p{L}+))\s+(?:heißt|hieß)\s+es$/u.exec(
        before.clause,
      );
    if (written) {
      const previous = previousSentence(text, before.clauseStart);
      const statement =
        written[1] ?? [...STATEMENT_NOUNS].find((noun) => previous?.sentence.split(/[\s,.]+/u).includes(noun));
      if (statement && STATEMENT_NOUNS.has(statement))
        return { speaker: speakers.recent(s.field, before.clauseStart) ?? null, attribution: `${before.clause}:` };
    }
    // "Bundeskanzler Karl Nehammer gratulierte auf X, Bundespräsident Alexander Van der Bellen schrieb:": of two
    // main clauses, the one before the colon speaks, where it names someone.
    const last = /,\s+(\p{Lu}[^,]*\s\p{Ll}+)$/u.exec(before.clause);
    const lastStart = last ? before.clauseStart + last.index + last[0].length - last[1]!.length : 0;
    const speaker =
      (last && speakers.within(s.field, lastStart, lastStart + last[1]!.length)
        ? speakers.resolve(last[1]!, s.field, lastStart, before.clauseStart)
        : null) ?? speakers.resolve(before.clause, s.field, before.clauseStart, before.clauseStart);
    // A clause naming no one ("Die Pause verschiebe die Probleme nur:") leaves the speaker to the sentence
    // before; an indefinite or role phrase or a statement ("Ein Zeuge schilderte:", "Unions Trainer lobte:",
    // "In einer Erklärung hieß es:") settles it.
    const settled =
      /^(?:ein|eine|einer|einem)\s|\b(?:heißt|hieß) es\b/iu.test(before.clause) ||
      before.clause.split(/\s+/u).some(isRoleWord);
    // "Lessing hätte wohl zugestimmt, meinte ein Zuhörer:": a verb of speech with an indefinite subject after it.
    const unnamed = /(\p{Ll}+)\s+(?:ein|eine)\s+\p{Lu}\p{L}*$/u.exec(before.clause);
    if (unnamed && SPEECH_VERBS.has(unnamed[1]!)) return { speaker: null, attribution: `${before.clause}:` };
    if (speaker && speakers.namedOnlyInSubordinate(before.clause, s.field, before.clauseStart))
      return { speaker: null, attribution: `${before.clause}:` };
    if (speaker || settled) return { speaker, attribution: `${before.clause}:` };
  }
  // A quote on its own after a sentence that attributes speech: the same speaker.
  // "…, räumte sie ein. „…“", "…, warnte die frühere Regierungschefin. „…“": whom that sentence names is
  // looked for before it.
  const previous = previousSentence(text, sentenceStart);
  const said = previous && /,\s*(\p{L}+)\s+([^,.!?]+)[.!?][“”"«]?$/u.exec(previous.sentence);
  if (said && (said[1] === "so" || SPEECH_VERBS.has(said[1]!))) {
    const phrase = withoutRelativeClause(said[2]!.replace(/\s+(?:ein|an|zu|hinzu)$/u, ""));
    const phraseStart = previous.start + previous.sentence.lastIndexOf(said[2]!);
    const speaker = speakers.resolve(phrase, s.field, phraseStart, previous.start);
    // A verb's object ("…, forderte einen besseren Schutz.") names no speaker: the rules below decide.
    if (speaker || /^(?:ein|eine|einer)\s/iu.test(phrase))
      return { speaker, attribution: said[0].replace(/^,\s*/u, "") };
  }
  // "Atmen erkläre fast alles, sagte er, von einer Seele könne man nicht sprechen. „…“": a verb of speech and its
  // subject set off by commas inside the sentence before.
  const inserted = previous && /,\s*(\p{Ll}+)\s+(er|sie|die\s+\p{L}+|der\s+\p{L}+)\s*,/u.exec(previous.sentence);
  if (inserted && SPEECH_VERBS.has(inserted[1]!)) {
    const phraseStart = previous.start + inserted.index + inserted[0].lastIndexOf(inserted[2]!);
    const speaker = speakers.resolve(inserted[2]!, s.field, phraseStart, previous.start);
    if (speaker) return { speaker, attribution: `${inserted[1]} ${inserted[2]}` };
  }
  // "Der neue König erklärte, der Tod sei … . „…“": the subject of a verb of speech opening the sentence before.
  const opening = previous && /^((?:\S+\s+){1,5}?)(\p{Ll}+),\s/u.exec(previous.sentence);
  if (opening && SPEECH_VERBS.has(opening[2]!)) {
    const speaker = speakers.resolve(opening[1]!.trim(), s.field, previous!.start, previous!.start);
    if (speaker) return { speaker, attribution: `${opening[1]!}${opening[2]!}`.trim() };
  }
  // „…“, sagte X, die … . „…“: a quote after X's in the same paragraph, nobody else named between, is X's.
  if (last?.speaker && last.field === s.field && !text.slice(last.end, s.start).includes("\n\n")) {
    if (speakers.onlyNamed(s.field, last.end, s.start, last.speaker))
      return { speaker: last.speaker, attribution: null };
  }
  // „…“ Mit diesen Worten griff X die Regierung an.
  const next = /^\s*(Mit diesen Worten\s[^.!?„"»“]*)/u.exec(text.slice(s.end, s.end + 300));
  if (next) {
    const from = s.end + next[0].length - next[1]!.length;
    const speaker = speakers.within(s.field, from, from + next[1]!.length);
    if (speaker) return { speaker, attribution: next[1]!.trim() };
  }
  // "Bundespräsident X mahnte einen respektvollen Ton an. „…“": the person the sentence before names first;
  // "Er wolle zunächst Zeit mit seiner Familie verbringen. „…“": the person its pronoun refers to.
  const named = speakers.previousSentencePerson(s.field, sentenceStart);
  const pronoun = !named && previous && /^(?:Er|Sie)\s+\p{Ll}/u.exec(previous.sentence);
  const speaker =
    named ??
    (pronoun ? speakers.resolve(pronoun[0].split(/\s/u)[0]!, s.field, previous!.start, previous!.start) : null);
  return { speaker: speaker ?? null, attribution: null };
}

function bounded(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_QUOTE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Finds the direct quotes of an article („…“, "…", »…«, also spanning sentences) with their speaker
 * among the persons found in it; a quote the text does not attribute to a person keeps speaker null.
 * Titles and scare quotes („Faust“, „Neuanfang“) are not quotes. At most MAX_QUOTES_PER_ARTICLE.
 */
export function findQuotes(
  fields: Array<{ field: TextField; text: string }>,
  persons: PersonSummary[],
): QuoteMention[] {
  const texts = fields.map((f) => f.text);
  const spans = fields
    .flatMap((f, i) => quoteSpans(i, f.text).filter((s) => isSpeech(f.text, s)))
    .slice(0, MAX_QUOTES_PER_ARTICLE);
  const speakers = new Speakers(
    persons,
    fields.map((f) => f.field),
    texts,
    spans,
  );
  const finders = fields.map((f) => sentenceFinder(f.text));
  let last: (Span & { speaker: PersonSummary | null }) | undefined;
  const attributed = spans.map((s) => {
    const { speaker, attribution } = attribute(texts, s, speakers, last);
    last = { ...s, speaker };
    return { s, speaker, attribution };
  });
  return attributed.map(({ s, speaker, attribution }) => {
    const who = speaker ?? headlineSpeaker(s, attributed, fields, persons);
    return {
      text: bounded(s.inner),
      speaker: who ? { key: who.key, name: who.name } : null,
      attribution,
      field: fields[s.field]!.field,
      start: s.start,
      end: s.end,
      sentence: finders[s.field]!.evidenceAt(s.start, s.end),
    };
  });
}

/**
 * A headline that is a quotation: the speaker of the same words quoted in the body (a press review's newspaper
 * has none); where the body does not quote them (an interview's answers), the person the article is about, the
 * one it names most, other than those the quotation names.
 */
function headlineSpeaker(
  s: Span,
  all: Array<{ s: Span; speaker: PersonSummary | null }>,
  fields: Array<{ field: TextField; text: string }>,
  persons: PersonSummary[],
): PersonSummary | null {
  const text = fields[s.field]!.text;
  if (fields[s.field]!.field !== "HEADLINE" || text.trim() !== text.slice(s.start, s.end)) return null;
  const words = s.inner.toLocaleLowerCase("de");
  const repeated = all.find((o) => o.s.field !== s.field && o.s.inner.toLocaleLowerCase("de").includes(words));
  if (repeated) return repeated.speaker;
  return persons.find((p) => !p.mentions.some((m) => m.field === "HEADLINE")) ?? null;
}
