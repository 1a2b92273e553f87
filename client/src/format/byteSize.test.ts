import { describe, expect, it } from 'vitest';
import { formatByteSize } from './byteSize.js';

describe('formatByteSize', () => {
  it('writes kilobytes whole and megabytes to one decimal, with the language’s decimal mark', () => {
    expect(formatByteSize(850_400, 'id')).toBe('850 kB');
    expect(formatByteSize(1_234_567, 'id')).toBe('1,2 MB');
    expect(formatByteSize(1_234_567, 'en')).toBe('1.2 MB');
  });

  it('shows a started download as at least one kilobyte', () => {
    expect(formatByteSize(0, 'en')).toBe('0 kB');
    expect(formatByteSize(120, 'id')).toBe('1 kB');
  });
});
