import * as Y from 'yjs';
import type { SeededRandom } from './seededRandom.js';

/** A JSON value of random shape: what a hostile client puts in a payload or an awareness state. */
export function randomJson(rng: SeededRandom, depth = 0): unknown {
  const leaf = depth >= 3 || rng.chance(0.5);
  if (leaf) {
    return rng.weighted<() => unknown>([
      [3, () => rng.between(-1e9, 1e9)],
      [1, () => rng.pick([0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.5])],
      [3, () => rng.text(rng.between(0, 40))],
      [1, () => 'x'.repeat(rng.between(1_000, 20_000))],
      [2, () => null],
      [2, () => rng.chance(0.5)],
    ])();
  }
  if (rng.chance(0.4)) return Array.from({ length: rng.between(0, 6) }, () => randomJson(rng, depth + 1));
  const object: Record<string, unknown> = {};
  const keys = ['type', 'cardId', 'delta', 'groupId', 'scope', 'phase', 'text', 'user', 'name', '__proto__', 'constructor', 'kind', 'id'];
  for (let i = rng.between(0, 6); i > 0; i--) object[rng.chance(0.7) ? rng.pick(keys) : rng.text(rng.between(1, 8))] = randomJson(rng, depth + 1);
  return object;
}

/**
 * A value a client could write into a board's Y.Map: primitives, plain arrays and objects, binary, and shared
 * types (Y.Text with embeds and formatting, Y.Array, Y.Map, nested). Each call makes new shared types, since a
 * Yjs type can be inserted only once.
 */
export function randomBoardValue(rng: SeededRandom, depth = 0): unknown {
  return rng.weighted<() => unknown>([
    [3, () => randomJson(rng, 2)],
    [1, () => Number.NaN],
    [1, () => rng.bytes(rng.between(0, 64))],
    [1, () => [randomJson(rng, 2), randomJson(rng, 2)]],
    [2, () => randomText(rng)],
    [depth < 2 ? 1 : 0, () => {
      const array = new Y.Array<unknown>();
      array.insert(0, Array.from({ length: rng.between(0, 3) }, () => randomBoardValue(rng, depth + 1)));
      return array;
    }],
    [depth < 2 ? 1 : 0, () => {
      const map = new Y.Map<unknown>();
      for (let i = rng.between(0, 3); i > 0; i--) map.set(rng.pick(['kind', 'text', 'position', 'x', 'status']), randomBoardValue(rng, depth + 1));
      return map;
    }],
    [1, () => new Y.XmlText('xml')],
  ])();
}

/** A Y.Text that is not plain text: embeds (objects or shared types), formatting attributes, huge attribute values. */
export function randomText(rng: SeededRandom): Y.Text {
  const initial = rng.text(rng.between(0, 30));
  const text = new Y.Text(initial);
  decorateText(rng, text, initial.length);
  return text;
}

/**
 * Add embeds and formatting to a Y.Text. `length` is its current length: a Y.Text not yet in a document cannot be
 * read (Yjs warns and answers 0), but it can be written to.
 */
export function decorateText(rng: SeededRandom, text: Y.Text, length = text.length): void {
  let size = length;
  for (let i = rng.between(1, 3); i > 0; i--) {
    const index = rng.int(size + 1);
    rng.weighted<() => void>([
      [2, () => text.insertEmbed(index, { image: 'x'.repeat(rng.between(1, 5_000)) })],
      [1, () => text.insertEmbed(index, new Y.Map<unknown>())],
      [2, () => text.insert(index, rng.text(rng.between(1, 10)), { bold: true, href: 'x'.repeat(rng.between(1, 5_000)) })],
      [2, () => text.format(0, Math.max(1, size), { [rng.text(3)]: randomJson(rng, 2) })],
      [1, () => text.insert(index, 'y'.repeat(rng.between(100, 3_000)))],
    ])();
    size += 1;
  }
}
