import { describe, expect, it } from 'vitest';
import { transformIndex } from './transformIndex.js';

describe('transformIndex', () => {
  it('moves the caret right when text is inserted before it', () => {
    expect(transformIndex(5, [{ insert: 'ab' }])).toBe(7);
    expect(transformIndex(5, [{ retain: 2 }, { insert: 'ab' }])).toBe(7);
  });

  it('keeps the caret when text is inserted at or after it', () => {
    expect(transformIndex(5, [{ retain: 5 }, { insert: 'ab' }])).toBe(5);
    expect(transformIndex(5, [{ retain: 8 }, { insert: 'ab' }])).toBe(5);
  });

  it('pulls the caret back by what was deleted before it', () => {
    expect(transformIndex(5, [{ retain: 1 }, { delete: 2 }])).toBe(3);
  });

  it('puts the caret at the start of a deletion that spans it', () => {
    expect(transformIndex(5, [{ retain: 3 }, { delete: 6 }])).toBe(3);
  });

  it('combines a deletion and an insertion before the caret', () => {
    expect(transformIndex(5, [{ delete: 1 }, { retain: 1 }, { insert: 'xyz' }])).toBe(7);
  });
});
