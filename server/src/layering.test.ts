import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports run one way: the HTTP routes and the event use cases sit on top, and the layers under them (storage,
 * the Yjs endpoint, addresses and rate limits, small utilities) never reach up into them.
 */
const LOWER_LAYERS = ['util', 'net', 'storage', 'yjs'];
const UPPER_LAYERS = ['http', 'events'];

function importsOf(directory: string): { file: string; from: string }[] {
  return readdirSync(join(import.meta.dirname, directory))
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => {
      const source = readFileSync(join(import.meta.dirname, directory, name), 'utf8');
      return [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((match) => ({ file: `${directory}/${name}`, from: match[1]! }));
    });
}

describe('the server’s layers', () => {
  it('import nothing from the layers above them', () => {
    const upward = LOWER_LAYERS.flatMap(importsOf).filter(({ from }) => UPPER_LAYERS.some((layer) => from.startsWith(`../${layer}/`)));
    expect(upward).toEqual([]);
  });
});
