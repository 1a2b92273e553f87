import { describe, expect, it } from 'vitest';
import { emojiRuns, hasEmoji } from './emojiRuns.js';

describe('emoji runs', () => {
  it('keeps text without emoji as one run', () => {
    expect(emojiRuns('Calo di terminal bus')).toEqual([{ text: 'Calo di terminal bus', emoji: false }]);
    expect(emojiRuns('')).toEqual([]);
    expect(hasEmoji('≤3 bulan – ✓ Disepakati')).toBe(false);
  });

  it('cuts emoji out whole: skin tones, joined families, flags and presentation selectors stay one cluster', () => {
    expect(emojiRuns('Anak 👨‍👩‍👧 dari 🇮🇩 ❤️ ok 👍🏽')).toEqual([
      { text: 'Anak ', emoji: false },
      { text: '👨‍👩‍👧', emoji: true },
      { text: ' dari ', emoji: false },
      { text: '🇮🇩', emoji: true },
      { text: ' ', emoji: false },
      { text: '❤️', emoji: true },
      { text: ' ok ', emoji: false },
      { text: '👍🏽', emoji: true },
    ]);
    expect(emojiRuns('😀😀')).toEqual([{ text: '😀😀', emoji: true }]);
    expect(hasEmoji('Rapat 😀')).toBe(true);
  });
});
