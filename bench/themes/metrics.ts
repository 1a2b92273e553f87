/** Pairwise precision, recall and F1 of a clustering against gold labels, and the adjusted Rand index. */
export function pairwiseScores(predicted: readonly string[], gold: readonly string[]): { precision: number; recall: number; f1: number; ari: number } {
  let truePairs = 0;
  let predictedPairs = 0;
  let goldPairs = 0;
  const count = predicted.length;
  for (let a = 0; a < count; a += 1) {
    for (let b = a + 1; b < count; b += 1) {
      const samePredicted = predicted[a] === predicted[b];
      const sameGold = gold[a] === gold[b];
      if (samePredicted) predictedPairs += 1;
      if (sameGold) goldPairs += 1;
      if (samePredicted && sameGold) truePairs += 1;
    }
  }
  const precision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const allPairs = (count * (count - 1)) / 2;
  const expected = allPairs === 0 ? 0 : (predictedPairs * goldPairs) / allPairs;
  const maximum = (predictedPairs + goldPairs) / 2;
  const ari = maximum === expected ? 1 : (truePairs - expected) / (maximum - expected);
  return { precision, recall, f1, ari };
}
