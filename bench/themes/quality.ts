/**
 * Quality of the themes engine on the labelled evaluation set (evaluationCards.tsv): pairwise precision, recall,
 * F1 and adjusted Rand index of the themes (per kind, pooled over both kinds' pairs), and precision@5 of the
 * duplicate suggestions per board. Thresholds were chosen on the dev half (even rows); the test half (odd rows)
 * was held out. Run: `pnpm --filter @rembuk/server bench:themes-quality [-- --theme 0.2 --duplicate 0.3]`.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_THRESHOLDS, type ClusterThresholds } from '../../server/src/themes/clusterTexts.js';
import { cardKey, findClusters, type EngineCard } from '../../server/src/themes/findClusters.js';
import { DEFAULT_TFIDF_WEIGHTS, TfidfEmbedder } from '../../server/src/themes/TfidfEmbedder.js';
import { evaluationCards, split, type EvaluationCard } from './evaluationSet.js';
import { pairwiseScores } from './metrics.js';

const { values } = parseArgs({
  options: {
    theme: { type: 'string' },
    duplicate: { type: 'string' },
    wordShare: { type: 'string' },
    conceptWeight: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const thresholds: ClusterThresholds = {
  ...DEFAULT_THRESHOLDS,
  ...(values.theme ? { theme: Number(values.theme) } : {}),
  ...(values.duplicate ? { duplicate: Number(values.duplicate) } : {}),
};
const weights = {
  ...DEFAULT_TFIDF_WEIGHTS,
  ...(values.wordShare ? { wordShare: Number(values.wordShare) } : {}),
  ...(values.conceptWeight ? { conceptWeight: Number(values.conceptWeight) } : {}),
};

function evaluate(cards: readonly EvaluationCard[], label: string): void {
  const engineCards: EngineCard[] = cards.map((card) => ({ groupId: `g${card.region}`, cardId: `c${card.index}`, kind: card.kind, text: card.text }));
  const goldOf = new Map(cards.map((card) => [`g${card.region}/c${card.index}`, card]));
  const embedder = new TfidfEmbedder(weights);
  const result = findClusters(engineCards, embedder, thresholds);
  const predicted = new Map<string, string>();
  result.clusters.forEach((cluster, index) => {
    for (const card of cluster.cards) predicted.set(cardKey(card), `${cluster.kind}${index}`);
  });
  const keys = engineCards.map(cardKey);
  const themes = pairwiseScores(keys.map((key) => predicted.get(key)!), keys.map((key) => goldOf.get(key)!.theme));

  // Precision@5 of duplicate suggestions: per board the five surest; one is right when all its cards share a theme.
  let shown = 0;
  let right = 0;
  const wrong: string[] = [];
  for (let region = 0; region < 8; region += 1) {
    const board = result.duplicates.filter((found) => found.groupId === `g${region}`).sort((a, b) => b.score - a.score).slice(0, 5);
    for (const suggestion of board) {
      shown += 1;
      const golds = new Set(suggestion.cards.map((card) => goldOf.get(cardKey(card))!.theme));
      if (golds.size === 1) right += 1;
      else wrong.push(suggestion.cards.map((card) => `[${goldOf.get(cardKey(card))!.theme}] ${card.text}`).join('  |  '));
    }
  }
  // Gold duplicates a board holds (pairs of its cards in one theme): how many of them the suggestions cover.
  let goldPairs = 0;
  let coveredPairs = 0;
  for (let a = 0; a < cards.length; a += 1) {
    for (let b = a + 1; b < cards.length; b += 1) {
      const left = cards[a]!;
      const right2 = cards[b]!;
      if (left.region !== right2.region || left.theme !== right2.theme) continue;
      goldPairs += 1;
      const together = result.duplicates.some((found) => found.cards.some((card) => card.cardId === `c${left.index}`) && found.cards.some((card) => card.cardId === `c${right2.index}`));
      if (together) coveredPairs += 1;
    }
  }
  const fmt = (value: number) => value.toFixed(3);
  console.log(
    `${label.padEnd(5)} cards ${String(cards.length).padStart(3)}  themes ${String(result.clusters.length).padStart(3)} (gold ${new Set(cards.map((card) => card.theme)).size})` +
      `  pairwise P ${fmt(themes.precision)} R ${fmt(themes.recall)} F1 ${fmt(themes.f1)} ARI ${fmt(themes.ari)}` +
      `  duplicates P@5 ${shown === 0 ? 'n/a' : fmt(right / shown)} (${right}/${shown}), gold same-board pairs covered ${coveredPairs}/${goldPairs}`,
  );
  if (values.verbose) {
    for (const cluster of result.clusters) {
      if (cluster.cards.length < 2) continue;
      const golds = cluster.cards.map((card) => goldOf.get(cardKey(card))!.theme);
      console.log(`  ${cluster.kind} ${cluster.cards.length}: ${golds.join(',')}`);
    }
    for (const line of wrong) console.log(`  wrong duplicate: ${line}`);
  }
}

const cards = evaluationCards();
console.log(`thresholds theme ${thresholds.theme}, duplicate ${thresholds.duplicate}, neighbours ${thresholds.neighbours}; wordShare ${weights.wordShare}, conceptWeight ${weights.conceptWeight}`);
evaluate(split(cards, 'dev'), 'dev');
evaluate(split(cards, 'test'), 'test');
evaluate(split(cards, 'all'), 'all');
