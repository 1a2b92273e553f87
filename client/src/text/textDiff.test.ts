import { describe, expect, it } from 'vitest';
import { diffText } from './textDiff.js';

function apply(before: string, change: ReturnType<typeof diffText>): string {
  if (!change) return before;
  return before.slice(0, change.index) + change.insert + before.slice(change.index + change.deleteCount);
}

describe('diffText', () => {
  it('finds a single typed character in the middle', () => {
    expect(diffText('Data korban', 'Data  korban')).toEqual({ index: 5, deleteCount: 0, insert: ' ' });
  });

  it('finds a deletion and a replacement of a selection', () => {
    expect(diffText('abcdef', 'abef')).toEqual({ index: 2, deleteCount: 2, insert: '' });
    expect(diffText('abcdef', 'abXYef')).toEqual({ index: 2, deleteCount: 2, insert: 'XY' });
  });

  it('returns null when nothing changed', () => {
    expect(diffText('sama', 'sama')).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const change = diffText('a😀b', 'a😃b');
    expect(change).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
  });

  it('turns any before into any after', () => {
    const samples = ['', 'a', 'aa', 'abc', 'aXc', 'xyz', '😀', 'a😀', 'tantangan', 'tantangan baru'];
    for (const before of samples) {
      for (const after of samples) expect(apply(before, diffText(before, after))).toBe(after);
    }
  });
});
