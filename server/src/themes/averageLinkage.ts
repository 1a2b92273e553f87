import type { Edge } from './similarityGraph.js';

/**
 * Agglomerative clustering with average linkage over a sparse similarity graph: the two clusters whose cards are
 * on average most alike merge, while that average is at least `threshold`. Pairs missing from the graph count as
 * 0, so a cluster only grows by what most of its members resemble (no chaining through one shared word).
 * Returns clusters as lists of item indices, each sorted; every item is in exactly one cluster.
 */
export function averageLinkage(count: number, edges: readonly Edge[], threshold: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: count }, (_, index) => [index]);
  /** Sum of similarities between two live clusters, for the pairs that have any edge. */
  const links: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (const { a, b, similarity } of edges) {
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + similarity);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + similarity);
  }
  const heap = new MaxHeap();
  const push = (a: number, b: number) => {
    const sum = links[a]!.get(b) ?? 0;
    const average = sum / (members[a]!.length * members[b]!.length);
    if (average >= threshold) heap.push({ average, a, b, sizeA: members[a]!.length, sizeB: members[b]!.length });
  };
  for (let a = 0; a < count; a += 1) for (const b of links[a]!.keys()) if (a < b) push(a, b);

  for (let entry = heap.pop(); entry; entry = heap.pop()) {
    const { a, b } = entry;
    const left = members[a];
    const right = members[b];
    // Stale: one side merged since this pair was scored.
    if (!left || !right || left.length !== entry.sizeA || right.length !== entry.sizeB) continue;
    members[a] = left.concat(right);
    members[b] = null;
    const merged = links[a]!;
    merged.delete(b);
    for (const [other, sum] of links[b]!) {
      if (other === a) continue;
      merged.set(other, (merged.get(other) ?? 0) + sum);
      const back = links[other]!;
      back.set(a, (back.get(a) ?? 0) + sum);
      back.delete(b);
    }
    links[b]!.clear();
    for (const other of merged.keys()) push(Math.min(a, other), Math.max(a, other));
  }
  return members.filter((cluster): cluster is number[] => cluster !== null).map((cluster) => cluster.sort((x, y) => x - y));
}

interface Candidate {
  average: number;
  a: number;
  b: number;
  sizeA: number;
  sizeB: number;
}

/** A binary max-heap on `average`. */
class MaxHeap {
  private readonly items: Candidate[] = [];

  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (items[parent]!.average >= items[index]!.average) break;
      [items[parent], items[index]] = [items[index]!, items[parent]!];
      index = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let largest = index;
        if (left < items.length && items[left]!.average > items[largest]!.average) largest = left;
        if (right < items.length && items[right]!.average > items[largest]!.average) largest = right;
        if (largest === index) break;
        [items[largest], items[index]] = [items[index]!, items[largest]!];
        index = largest;
      }
    }
    return top;
  }
}
