import { describe, expect, it } from 'vitest';
import { acceptedPrecompressed } from './acceptEncoding.js';

const codings = (header: string | undefined) => acceptedPrecompressed(header).map(({ coding }) => coding);

describe('choosing a precompressed file', () => {
  it('prefers br whatever order the client lists its codings in', () => {
    expect(codings('gzip, deflate, br')).toEqual(['br', 'gzip']);
    expect(codings('br;q=0.1, gzip;q=1')).toEqual(['br', 'gzip']);
  });

  it('offers only what the client accepts', () => {
    expect(codings('gzip')).toEqual(['gzip']);
    expect(codings('gzip, br;q=0')).toEqual(['gzip']);
    expect(codings('deflate')).toEqual([]);
    expect(codings('identity')).toEqual([]);
    expect(codings('')).toEqual([]);
    expect(codings(undefined)).toEqual([]);
  });

  it('reads a wildcard as every coding the header does not name', () => {
    expect(codings('*')).toEqual(['br', 'gzip']);
    expect(codings('br;q=0, *;q=0.5')).toEqual(['gzip']);
    expect(codings('GZIP ; Q=0.8')).toEqual(['gzip']);
  });
});
