import { readFileSync } from 'node:fs';

export interface EvaluationCard {
  index: number;
  region: number;
  kind: 'challenge' | 'action';
  theme: string;
  text: string;
}

/** The labelled cards of `evaluationCards.tsv` (comment lines start with `#`). */
export function evaluationCards(): EvaluationCard[] {
  const lines = readFileSync(new URL('./evaluationCards.tsv', import.meta.url), 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, index) => {
      const [region, theme, text] = line.split('\t');
      if (region === undefined || theme === undefined || text === undefined) throw new Error(`bad line: ${line}`);
      return { index, region: Number(region), kind: theme.startsWith('c-') ? 'challenge' : 'action', theme, text };
    });
}

/** The half used to choose thresholds (even rows) and the half held out to report on (odd rows). */
export function split(cards: readonly EvaluationCard[], part: 'dev' | 'test' | 'all'): EvaluationCard[] {
  if (part === 'all') return [...cards];
  return cards.filter((card) => card.index % 2 === (part === 'dev' ? 0 : 1));
}
