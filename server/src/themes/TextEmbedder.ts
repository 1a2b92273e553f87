/**
 * A unit vector in a sparse space: feature ids ascending, values whose squares sum to 1, so the dot product of two
 * is their cosine similarity. A dense embedding is the special case where every id is present.
 */
export interface SparseVector {
  ids: Uint32Array;
  values: Float64Array;
}

/**
 * What the themes engine needs of a text measure: one vector per text, compared by dot product. `texts` is the
 * whole corpus at once (the cards of one kind across an event), so a measure may weight terms by how rare they
 * are in it. The shipped measure is lexical (`TfidfEmbedder`); a local sentence-embedding model could take its
 * place behind this interface without touching clustering, themes or decisions.
 */
export interface TextEmbedder {
  embed(texts: readonly string[]): SparseVector[];
}

/** Cosine similarity of two unit vectors (merge of their sorted ids). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const left = a.ids[i]!;
    const right = b.ids[j]!;
    if (left === right) {
      sum += a.values[i]! * b.values[j]!;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return sum;
}
