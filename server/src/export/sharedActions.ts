/**
 * "Shared actions": action steps that several regions wrote in similar words. The rule is deliberately simple so a
 * reader can check it by eye: lower-case the text, drop punctuation, connectives and words under three letters;
 * two steps from different regions are similar when the words they share are at least half of all the words
 * either uses (Jaccard similarity ≥ 0.5). Similar steps are grouped transitively; a group counts when it spans at
 * least two regions.
 */

export interface ActionText {
  region: number;
  text: string;
  votes: number;
}

export interface SharedAction {
  /** The wording with the most votes (the first one on ties). */
  text: string;
  /** Indices of the regions, in region order. */
  regions: number[];
  /** Every wording in the group, in region order. */
  members: ActionText[];
}

export const SIMILARITY_THRESHOLD = 0.5;

/** Connectives and fillers in Indonesian and English that say nothing about what a step is. */
const STOPWORDS = new Set([
  'dan', 'atau', 'yang', 'untuk', 'dengan', 'dari', 'pada', 'dalam', 'oleh', 'agar', 'bagi', 'serta', 'tentang',
  'terhadap', 'secara', 'akan', 'juga', 'ini', 'itu', 'para', 'kepada', 'melalui', 'antar', 'setiap', 'lebih',
  'the', 'and', 'for', 'with', 'from', 'into', 'about', 'their', 'all', 'each', 'that', 'this', 'through', 'more',
]);

export function significantWords(text: string): Set<string> {
  const words = text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((word) => word.length >= 3 && !STOPWORDS.has(word)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function findSharedActions(actions: readonly ActionText[]): SharedAction[] {
  const words = actions.map((action) => significantWords(action.text));
  const parent = actions.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  // Only pairs sharing at least one word can reach the threshold: compare those, found through a word index.
  const byWord = new Map<string, number[]>();
  words.forEach((set, index) => {
    for (const word of set) {
      const indices = byWord.get(word);
      if (indices) indices.push(index);
      else byWord.set(word, [index]);
    }
  });
  const compared = new Set<number>();
  for (const indices of byWord.values()) {
    for (let i = 0; i < indices.length; i += 1) {
      for (let j = i + 1; j < indices.length; j += 1) {
        const a = indices[i]!;
        const b = indices[j]!;
        if (actions[a]!.region === actions[b]!.region) continue;
        const pair = a * actions.length + b;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (jaccard(words[a]!, words[b]!) >= SIMILARITY_THRESHOLD) parent[root(a)] = root(b);
      }
    }
  }
  const groups = new Map<number, ActionText[]>();
  actions.forEach((action, index) => {
    const members = groups.get(root(index));
    if (members) members.push(action);
    else groups.set(root(index), [action]);
  });
  const shared: SharedAction[] = [];
  for (const members of groups.values()) {
    const regions = [...new Set(members.map((member) => member.region))].sort((a, b) => a - b);
    if (regions.length < 2) continue;
    const ordered = [...members].sort((a, b) => a.region - b.region);
    const best = ordered.reduce((top, member) => (member.votes > top.votes ? member : top));
    shared.push({ text: best.text, regions, members: ordered });
  }
  // Most widely shared first, then by where the first wording appears.
  return shared.sort((a, b) => b.regions.length - a.regions.length || a.regions[0]! - b.regions[0]!);
}
