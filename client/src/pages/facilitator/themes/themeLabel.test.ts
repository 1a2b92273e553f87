import { describe, expect, it } from 'vitest';
import { THEME_LIMITS } from '@rembuk/shared';
import { themeLabelInput } from './themeLabel.js';

describe('a typed theme name', () => {
  it('is trimmed, and empty means the automatic label', () => {
    expect(themeLabelInput('  Perekrutan daring  ')).toEqual({ ok: true, label: 'Perekrutan daring' });
    expect(themeLabelInput('   ')).toEqual({ ok: true, label: null });
  });

  it('is refused past the server’s length, counted after trimming', () => {
    const longest = 'a'.repeat(THEME_LIMITS.maxLabelLength);
    expect(themeLabelInput(` ${longest} `)).toEqual({ ok: true, label: longest });
    expect(themeLabelInput(`${longest}b`)).toEqual({ ok: false, problem: 'tooLong', length: THEME_LIMITS.maxLabelLength + 1 });
  });
});
