import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from './neutralizeFormula.js';

describe('neutralizeFormula', () => {
  it('prefixes a cell starting with = + - @, a tab, CR or LF', () => {
    for (const text of ['=1+1', '+62 jaringan', '-5', '@SUM(A1)', '\tx', '\rx', '\nx']) expect(neutralizeFormula(text)).toBe(`'${text}`);
  });

  it('looks past whitespace and invisible characters to the first visible one', () => {
    const hidden = [' =1+1', '   +1', '\u00a0=1', '\u3000=1', '\u200B=1', '\uFEFF=1', '\u2060=1', '\u200E=1', '\u00AD=1', '\u3164=1', ' \u200B\uFEFF @A1'];
    for (const text of hidden) expect(neutralizeFormula(text), JSON.stringify(text)).toBe(`'${text}`);
  });

  it('folds full-width and small forms of the formula characters with NFKC', () => {
    for (const text of ['\uFF1DHYPERLINK("x")', '\uFF0B1', '\uFF0D1', '\uFF20A1', '\uFE66x', '\uFE62x', '\uFE63x', '\uFE6Bx', ' \uFF1D1']) {
      expect(neutralizeFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text, empty cells and formula characters further in alone', () => {
    for (const text of ['Air bersih', ' Air bersih', '', '   ', '\u200B', 'a=b', '1+1', '(=1)', '\u2212 5']) expect(neutralizeFormula(text)).toBe(text);
  });
});
