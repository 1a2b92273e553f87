import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemIndonesian } from '@orama/stemmers/indonesian';
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as indonesianStopwords } from '@orama/stopwords/indonesian';
import { INFORMAL_SPELLING } from './informalSpelling.js';
import { ENGLISH_ROOTS, INDONESIAN_ROOTS } from './termLexicon.js';

const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(englishStopwords);
/** Filler words of meeting cards that @orama's Indonesian list lacks. */
const MORE_INDONESIAN_STOPWORDS = ['untuk', 'secara', 'terjadi', 'perlu', 'lewat', 'melalui', 'sangat', 'hal'];
const INDONESIAN_STOPWORDS: ReadonlySet<string> = new Set([...indonesianStopwords, ...MORE_INDONESIAN_STOPWORDS]);
/** A card's text is cut here before it is read: a 2,000-character card says what it says in its first words. */
const MAX_TOKENS = 80;

/** Words as typed: letters and digits, lower case, compatibility forms folded (fullwidth, ligatures). */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_TOKENS) ?? [];
}

/** Informal spellings written out (`gk` → `tidak`, `yg` → `yang`, `medsos` → `media sosial`). */
export function standardSpelling(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => (INFORMAL_SPELLING[token] ?? token).split(' '));
}

/** More English than Indonesian function words: the card is read with the English stemmer. */
export function looksEnglish(tokens: readonly string[]): boolean {
  let english = 0;
  let indonesian = 0;
  for (const token of tokens) {
    if (ENGLISH_STOPWORDS.has(token)) english += 1;
    if (INDONESIAN_STOPWORDS.has(token)) indonesian += 1;
  }
  return english > indonesian;
}

/**
 * The content words of a card as roots: informal spelling written out, stop words of both languages dropped, each
 * word stemmed in the card's language and mapped through the domain lexicon, so `Perekrutan lewat medsos` and
 * `recruitment on social media` both become `rekrut media sosial`.
 */
export function cardTerms(text: string): string[] {
  const tokens = standardSpelling(tokenize(text));
  const english = looksEnglish(tokens);
  const terms: string[] = [];
  for (const token of tokens) {
    if (token.length < 2 || ENGLISH_STOPWORDS.has(token) || INDONESIAN_STOPWORDS.has(token)) continue;
    for (const term of rootOf(token, english).split(' ')) terms.push(term);
  }
  return terms;
}

function rootOf(token: string, english: boolean): string {
  const known = INDONESIAN_ROOTS.get(token) ?? ENGLISH_ROOTS.get(token);
  if (known) return known;
  if (/^\p{N}+$/u.test(token)) return token;
  if (english) {
    const stem = stemEnglish(token);
    return ENGLISH_ROOTS.get(stem) ?? stem;
  }
  const stem = stemIndonesian(token);
  return INDONESIAN_ROOTS.get(stem) ?? stem;
}
