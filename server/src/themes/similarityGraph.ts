import { dot, type SparseVector } from './TextEmbedder.js';

export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

export interface GraphOptions {
  /** Pairs less similar than this are not kept (they could never join a cluster). */
  minSimilarity: number;
  /** Most neighbours kept per text: bounds the work of clustering whatever the event's size. */
  neighbours: number;
  /** Pairs to keep whatever their rank (cards of one board, for duplicate suggestions), returned apart. */
  alsoKeep?: (a: number, b: number) => boolean;
}

export interface SimilarityGraph {
  /** The kNN graph: each text's `neighbours` most similar, symmetrised. */
  edges: Edge[];
  /** Every pair found at `minSimilarity` or more for which `alsoKeep` held. */
  kept: Edge[];
}

/** Up to this many texts, every pair is compared; above it, candidates come from an inverted index. */
const ALL_PAIRS_UP_TO = 400;
/** Features in more than this share of the texts are not used to find candidates (their weight is small anyway). */
const COMMON_FEATURE_SHARE = 0.02;
/** Candidates per text scored exactly, after the inverted index's estimate. */
const CANDIDATES = 30;

/**
 * The pairs of texts similar enough to matter, each text keeping its `neighbours` most similar. Exact cosine for
 * every pair kept; on large corpora candidates are found through features they share, leaving out the commonest
 * (a trigram such as `ang` is in half the cards), so the cost grows with the corpus, not its square.
 */
export function similarityGraph(vectors: readonly SparseVector[], options: GraphOptions): SimilarityGraph {
  const pairsOf = vectors.length <= ALL_PAIRS_UP_TO ? allPairs(vectors) : indexedPairs(vectors, options.minSimilarity / 2);
  const best: Edge[][] = vectors.map(() => []);
  const alsoKept: Edge[] = [];
  for (let a = 0; a < vectors.length; a += 1) {
    pairsOf(a, (b, similarity) => {
      if (similarity < options.minSimilarity) return;
      const edge = { a, b, similarity };
      best[a]!.push(edge);
      best[b]!.push(edge);
      if (options.alsoKeep?.(a, b)) alsoKept.push(edge);
    });
  }
  // An edge stays if it is among the top neighbours of either end (a kNN graph, symmetrised).
  const kept = new Set<Edge>();
  for (const edges of best) {
    edges.sort((x, y) => y.similarity - x.similarity);
    for (const edge of edges.slice(0, options.neighbours)) kept.add(edge);
  }
  return { edges: [...kept], kept: alsoKept };
}

/** Visits every later text `b` of text `a` that may be similar, with the exact cosine of the pair. */
type PairVisitor = (a: number, visit: (b: number, similarity: number) => void) => void;

function allPairs(vectors: readonly SparseVector[]): PairVisitor {
  return (a, visit) => {
    for (let b = a + 1; b < vectors.length; b += 1) visit(b, dot(vectors[a]!, vectors[b]!));
  };
}

/**
 * Candidates of each text through the features they share, leaving out the commonest. Values are never negative,
 * so the score from the features used is a lower bound of the cosine: texts below `minScore` on it are dropped
 * unless the common features would lift them, which is what the small loss of recall on large events comes from.
 * A candidate's exact cosine is that score plus the dot product of the two texts' common features alone (a few
 * of each text's), so no pair's full vectors are compared.
 */
function indexedPairs(vectors: readonly SparseVector[], minScore: number): PairVisitor {
  const lengths = new Map<number, number>();
  for (const vector of vectors) for (const id of vector.ids) lengths.set(id, (lengths.get(id) ?? 0) + 1);
  const maxPostings = Math.max(20, Math.floor(vectors.length * COMMON_FEATURE_SHARE));
  // Postings of each indexed feature: the texts holding it (ascending) and its value in each.
  const postings = new Map<number, { texts: Uint32Array; values: Float64Array; size: number }>();
  for (const [id, length] of lengths) {
    if (length <= maxPostings && length > 1) postings.set(id, { texts: new Uint32Array(length), values: new Float64Array(length), size: 0 });
  }
  const common: SparseVector[] = vectors.map((vector, index) => {
    const ids: number[] = [];
    const values: number[] = [];
    vector.ids.forEach((id, k) => {
      const list = postings.get(id);
      if (list) {
        list.texts[list.size] = index;
        list.values[list.size] = vector.values[k]!;
        list.size += 1;
      } else if (lengths.get(id)! > maxPostings) {
        ids.push(id);
        values.push(vector.values[k]!);
      }
    });
    return { ids: Uint32Array.from(ids), values: Float64Array.from(values) };
  });
  const score = new Float64Array(vectors.length);
  // Reused between texts: the candidate search allocates nothing per text but its answer.
  const touched = new Uint32Array(vectors.length);
  return (a, visit) => {
    const vector = vectors[a]!;
    let touchedCount = 0;
    for (let k = 0; k < vector.ids.length; k += 1) {
      const list = postings.get(vector.ids[k]!);
      if (!list) continue;
      const value = vector.values[k]!;
      const { texts, values } = list;
      // Only later texts: each pair is scored once, from its first text.
      for (let p = texts.length - 1; p >= 0 && texts[p]! > a; p -= 1) {
        const b = texts[p]!;
        if (score[b] === 0) touched[touchedCount++] = b;
        score[b] = score[b]! + value * values[p]!;
      }
    }
    const chosen: number[] = [];
    for (let t = 0; t < touchedCount; t += 1) {
      const b = touched[t]!;
      if (score[b]! >= minScore) chosen.push(b);
    }
    if (chosen.length > CANDIDATES) chosen.sort((x, y) => score[y]! - score[x]!).length = CANDIDATES;
    for (const b of chosen) visit(b, score[b]! + dot(common[a]!, common[b]!));
    for (let t = 0; t < touchedCount; t += 1) score[touched[t]!] = 0;
  };
}
