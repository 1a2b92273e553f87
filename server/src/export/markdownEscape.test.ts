import { describe, expect, it } from 'vitest';
import { escapeCell, escapeInline } from './markdownEscape.js';

describe('escapeCell', () => {
  it('turns every kind of line break into <br>, so a card stays on its table row', () => {
    for (const lineBreak of ['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c']) {
      expect(escapeCell(`satu${lineBreak}dua`), JSON.stringify(lineBreak)).toBe('satu<br>dua');
    }
    expect(escapeCell('a\r\n\r\nb')).toBe('a<br><br>b');
  });

  it('escapes pipes and markup, and shows HTML as text', () => {
    expect(escapeCell('a | b')).toBe('a \\| b');
    expect(escapeCell('<img src=x> *tebal* [tautan](http://evil)')).toBe('\\<img src=x\\> \\*tebal\\* \\[tautan\\](http://evil)');
  });
});

describe('escapeInline', () => {
  it('keeps a heading or paragraph on one line', () => {
    expect(escapeInline('Rapat\r# bukan judul\u2028lagi')).toBe('Rapat \\# bukan judul lagi');
  });
});
