import { PackedWords } from "./packed-words.js";
import {
  FEMALE_GIVEN_NAME_DATA,
  GIVEN_NAME_DATA,
  MALE_GIVEN_NAME_DATA,
  MORE_GIVEN_NAME_DATA,
} from "./person-names.data.js";
import { AMBIGUOUS_GIVEN_NAMES, NEWS_GIVEN_NAMES } from "./person-names.js";
import { GIVEN_NAMES as CITY_SURNAME_GIVEN_NAMES } from "./place-names.js";

// Two tiers: the common given names (faker's and the news lists, with the gazetteer's given names written before a
// surname that is also a city, "Denzel Washington") and many more from birth registers, which also hold names that
// are mostly surnames ("Huguet", "Mozart"): those start a name ("Detlev Zander") but do not keep a genitive in it
// or stop a genitive from naming an author ("Mozarts Oper").
const FAKER_GIVEN_NAMES = new PackedWords(GIVEN_NAME_DATA);
const REGISTER_GIVEN_NAMES = new PackedWords(MORE_GIVEN_NAME_DATA);
const NEWS_NAMES = new Set([...NEWS_GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES, ...CITY_SURNAME_GIVEN_NAMES]);

/** Faker's given names and the news lists. */
export const COMMON_GIVEN_NAMES = { has: (word: string) => FAKER_GIVEN_NAMES.has(word) || NEWS_NAMES.has(word) };
/** The common given names and the birth registers' names. */
export const GIVEN_NAMES = { has: (word: string) => COMMON_GIVEN_NAMES.has(word) || REGISTER_GIVEN_NAMES.has(word) };

let gendered: { female: PackedWords; male: PackedWords } | undefined;

/** "f" or "m" where every list that has the given name agrees ("Thomas" m, "Sonia" f); undefined otherwise ("Andrea"). */
export function givenNameGender(word: string): "f" | "m" | undefined {
  gendered ??= { female: new PackedWords(FEMALE_GIVEN_NAME_DATA), male: new PackedWords(MALE_GIVEN_NAME_DATA) };
  return gendered.female.has(word) ? "f" : gendered.male.has(word) ? "m" : undefined;
}
