import { cardTerms } from './cardTerms.js';
import { conceptTerms } from './domainThesaurus.js';
import type { SparseVector, TextEmbedder } from './TextEmbedder.js';

/** What one text contributes, computed once per distinct text and cached: feature ids and their counts. */
interface TextFeatures {
  /** Word roots and domain concepts (`domainThesaurus.ts`). */
  wordIds: Uint32Array;
  wordCounts: Float64Array;
  /** Character trigrams of each word root (`^rekrut$` → `^re`, `rek`, …): typos and near-forms still meet. */
  gramIds: Uint32Array;
  gramCounts: Float64Array;
}

export interface TfidfWeights {
  /** Share of the similarity carried by word roots and concepts; the rest by character trigrams. */
  wordShare: number;
  /** Weight of a concept term against a word (both in the word part); 0 leaves the thesaurus out. */
  conceptWeight: number;
}

export const DEFAULT_TFIDF_WEIGHTS: TfidfWeights = { wordShare: 0.5, conceptWeight: 4 };
/** Distinct texts whose features are kept; beyond it the oldest are recomputed when met again. */
const CACHE_SIZE = 30_000;
/** Feature names kept before the dictionary starts afresh (with the text cache): bounds memory on a long event. */
const MAX_FEATURES = 500_000;

/**
 * TF-IDF over word roots (plus domain concepts) and their character trigrams, weighted by rarity across the
 * corpus given (the event's cards of one kind): words many cards share say little about which cards belong
 * together. The two parts are normalised apart and joined with `wordShare`, so cosine = wordShare·cos(words) +
 * (1 − wordShare)·cos(trigrams). Features of a text are cached by the text: a recomputation only reads new or
 * edited cards again.
 */
export class TfidfEmbedder implements TextEmbedder {
  private readonly cache = new Map<string, TextFeatures>();
  private readonly ids = new Map<string, number>();
  private readonly concepts: boolean[] = [];

  constructor(private readonly weights: TfidfWeights = DEFAULT_TFIDF_WEIGHTS) {}

  embed(texts: readonly string[]): SparseVector[] {
    if (this.ids.size > MAX_FEATURES) {
      this.ids.clear();
      this.concepts.length = 0;
      this.cache.clear();
    }
    const features = texts.map((text) => this.features(text));
    const documentFrequency = new Uint32Array(this.ids.size);
    for (const feature of features) {
      for (const id of feature.wordIds) documentFrequency[id]! += 1;
      for (const id of feature.gramIds) documentFrequency[id]! += 1;
    }
    const total = texts.length;
    const idf = (id: number) =>
      (Math.log((1 + total) / (1 + documentFrequency[id]!)) + 1) * (this.concepts[id] ? this.weights.conceptWeight : 1);
    const { wordShare } = this.weights;
    return features.map((feature) => {
      const words = weighted(feature.wordIds, feature.wordCounts, idf);
      const grams = weighted(feature.gramIds, feature.gramCounts, idf);
      // A text with no words (emoji only) has no grams either: a zero vector, similar to nothing.
      return joinParts(feature.wordIds, words, feature.gramIds, grams, grams.length === 0 ? 1 : words.length === 0 ? 0 : wordShare);
    });
  }

  private features(text: string): TextFeatures {
    const cached = this.cache.get(text);
    if (cached) {
      // Map order is insertion order: re-inserting keeps recently used texts at the end, away from eviction.
      this.cache.delete(text);
      this.cache.set(text, cached);
      return cached;
    }
    const words = cardTerms(text);
    const concepts = this.weights.conceptWeight > 0 ? conceptTerms(words) : [];
    const [wordIds, wordCounts] = this.counted([...words.map((word) => `w${word}`), ...concepts]);
    const [gramIds, gramCounts] = this.counted(words.flatMap(trigrams).map((gram) => `c${gram}`));
    const features: TextFeatures = { wordIds, wordCounts, gramIds, gramCounts };
    this.cache.set(text, features);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    return features;
  }

  /** Distinct feature ids, ascending, with how often each occurs. */
  private counted(keys: readonly string[]): [Uint32Array, Float64Array] {
    const counts = new Map<number, number>();
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
        this.concepts[id] = key.startsWith('#');
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const ids = Uint32Array.from(counts.keys()).sort();
    return [ids, Float64Array.from(ids, (id) => counts.get(id)!)];
  }
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.push(padded.slice(i, i + 3));
  return grams;
}

/** Sublinear term frequency times idf, as a unit vector aligned with `ids`. */
function weighted(ids: Uint32Array, counts: Float64Array, idf: (id: number) => number): Float64Array {
  const values = new Float64Array(ids.length);
  let norm = 0;
  for (let k = 0; k < ids.length; k += 1) {
    const value = (1 + Math.log(counts[k]!)) * idf(ids[k]!);
    values[k] = value;
    norm += value * value;
  }
  const length = Math.sqrt(norm);
  if (length > 0) for (let k = 0; k < values.length; k += 1) values[k] = values[k]! / length;
  return values;
}

/** Both parts in one sorted vector (their ids never clash: each name is prefixed by its part). */
function joinParts(wordIds: Uint32Array, words: Float64Array, gramIds: Uint32Array, grams: Float64Array, wordShare: number): SparseVector {
  const wordScale = Math.sqrt(wordShare);
  const gramScale = Math.sqrt(1 - wordShare);
  const size = wordIds.length + gramIds.length;
  const ids = new Uint32Array(size);
  const values = new Float64Array(size);
  let i = 0;
  let j = 0;
  for (let k = 0; k < size; k += 1) {
    if (j >= gramIds.length || (i < wordIds.length && wordIds[i]! < gramIds[j]!)) {
      ids[k] = wordIds[i]!;
      values[k] = words[i]! * wordScale;
      i += 1;
    } else {
      ids[k] = gramIds[j]!;
      values[k] = grams[j]! * gramScale;
      j += 1;
    }
  }
  return { ids, values };
}
