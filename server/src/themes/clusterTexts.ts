import { averageLinkage } from './averageLinkage.js';
import { similarityGraph, type Edge } from './similarityGraph.js';
import { dot, type SparseVector } from './TextEmbedder.js';

/** Thresholds of the engine, chosen on half of the evaluation set (bench/themes, see its README). */
export interface ClusterThresholds {
  /** Average similarity at which two clusters of one kind across the event still merge into one theme. */
  theme: number;
  /** Average similarity at which cards on one board are suggested as duplicates (surer than a theme). */
  duplicate: number;
  /** Most neighbours a card keeps in the similarity graph (bounds the work). */
  neighbours: number;
}

export const DEFAULT_THRESHOLDS: ClusterThresholds = { theme: 0.27, duplicate: 0.45, neighbours: 12 };

/**
 * Clusters of the vectors at `threshold`, each ordered most central first (highest mean similarity to the rest),
 * and the similar pairs for which `alsoKeep` holds (whatever their rank among neighbours).
 */
export function clusterVectors(
  vectors: readonly SparseVector[],
  threshold: number,
  neighbours: number,
  alsoKeep?: (a: number, b: number) => boolean,
): { clusters: number[][]; kept: Edge[] } {
  const graph = similarityGraph(vectors, { minSimilarity: threshold / 2, neighbours, ...(alsoKeep ? { alsoKeep } : {}) });
  const clusters = averageLinkage(vectors.length, graph.edges, threshold).map((cluster) => centralFirst(cluster, vectors));
  return { clusters, kept: graph.kept };
}

/** Members by their mean similarity to the others, most central first; ties keep the input order. */
export function centralFirst(cluster: readonly number[], vectors: readonly SparseVector[]): number[] {
  if (cluster.length <= 2) return [...cluster];
  const centrality = new Map<number, number>();
  for (const a of cluster) {
    let sum = 0;
    for (const b of cluster) if (a !== b) sum += dot(vectors[a]!, vectors[b]!);
    centrality.set(a, sum);
  }
  return [...cluster].sort((x, y) => centrality.get(y)! - centrality.get(x)! || x - y);
}

/** Mean similarity of each member to the first (the kept card of a duplicate suggestion). */
export function meanSimilarityToFirst(cluster: readonly number[], vectors: readonly SparseVector[]): number {
  const [first, ...rest] = cluster;
  if (first === undefined || rest.length === 0) return 0;
  return rest.reduce((sum, other) => sum + dot(vectors[first]!, vectors[other]!), 0) / rest.length;
}
