import type { ThemeKind } from '@rembuk/shared';
import { averageLinkage } from './averageLinkage.js';
import { centralFirst, clusterVectors, meanSimilarityToFirst, type ClusterThresholds } from './clusterTexts.js';
import type { SparseVector, TextEmbedder } from './TextEmbedder.js';
import type { Edge } from './similarityGraph.js';

/** A card as the engine reads it: only cards that count (approved for the screen) are given. */
export interface EngineCard {
  groupId: string;
  cardId: string;
  kind: ThemeKind;
  text: string;
}

export interface FoundCluster {
  kind: ThemeKind;
  /** Most central first. */
  cards: EngineCard[];
}

export interface FoundDuplicates {
  groupId: string;
  kind: ThemeKind;
  /** Most central (the one to keep) first. */
  cards: EngineCard[];
  score: number;
}

export interface EngineResult {
  clusters: FoundCluster[];
  duplicates: FoundDuplicates[];
}

/** Pairs of cards a facilitator said are not duplicates (`groupId/cardId` keys, either order). */
export type NotDuplicates = (a: string, b: string) => boolean;

export const cardKey = (card: { groupId: string; cardId: string }) => `${card.groupId}/${card.cardId}`;

/**
 * Themes across the event (clusters per kind, challenges apart from actions) and duplicate suggestions per
 * board, from one embedding of each kind's cards: a word's rarity is judged across the whole event.
 */
export function findClusters(
  cards: readonly EngineCard[],
  embedder: TextEmbedder,
  thresholds: ClusterThresholds,
  notDuplicates: NotDuplicates = () => false,
): EngineResult {
  const clusters: FoundCluster[] = [];
  const duplicates: FoundDuplicates[] = [];
  for (const kind of ['challenge', 'action'] as const) {
    const ofKind = cards.filter((card) => card.kind === kind);
    if (ofKind.length === 0) continue;
    const vectors = embedder.embed(ofKind.map((card) => card.text));
    // Same-board pairs come out of the one similarity search, so duplicates cost no second pass over the boards.
    const sameBoard = (a: number, b: number) => ofKind[a]!.groupId === ofKind[b]!.groupId;
    const found = clusterVectors(vectors, thresholds.theme, thresholds.neighbours, sameBoard);
    for (const cluster of found.clusters) clusters.push({ kind, cards: cluster.map((index) => ofKind[index]!) });
    duplicates.push(...boardDuplicates(ofKind, vectors, found.kept, thresholds.duplicate, notDuplicates));
  }
  return { clusters, duplicates };
}

/** Within each board, sets of cards alike enough to be one card; pairs dismissed by a facilitator never join. */
function boardDuplicates(
  cards: readonly EngineCard[],
  vectors: readonly SparseVector[],
  sameBoardPairs: readonly Edge[],
  threshold: number,
  notDuplicates: NotDuplicates,
): FoundDuplicates[] {
  // Each board's similar pairs, renumbered within the board.
  const boards = new Map<string, { indices: number[]; local: Map<number, number>; edges: Edge[] }>();
  const localIndex = (index: number) => {
    const groupId = cards[index]!.groupId;
    let board = boards.get(groupId);
    if (!board) boards.set(groupId, (board = { indices: [], local: new Map(), edges: [] }));
    let local = board.local.get(index);
    if (local === undefined) {
      local = board.indices.length;
      board.indices.push(index);
      board.local.set(index, local);
    }
    return { board, local };
  };
  for (const { a, b, similarity } of sameBoardPairs) {
    if (notDuplicates(cardKey(cards[a]!), cardKey(cards[b]!))) continue;
    const left = localIndex(a);
    const right = localIndex(b);
    left.board.edges.push({ a: left.local, b: right.local, similarity });
  }
  const found: FoundDuplicates[] = [];
  for (const [groupId, { indices, edges }] of boards) {
    const local = indices.map((index) => vectors[index]!);
    for (const cluster of averageLinkage(indices.length, edges, threshold)) {
      if (cluster.length < 2) continue;
      const ordered = centralFirst(cluster, local);
      found.push({
        groupId,
        kind: cards[indices[0]!]!.kind,
        cards: ordered.map((index) => cards[indices[index]!]!),
        score: Math.min(1, Math.max(0, meanSimilarityToFirst(ordered, local))),
      });
    }
  }
  return found;
}
