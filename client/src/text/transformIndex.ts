/** A Y.Text change as Yjs reports it (`YTextEvent.delta`), restricted to what moves a caret. */
export type TextDelta = ReadonlyArray<{ retain?: number; insert?: unknown; delete?: number }>;

/**
 * Where a caret at `index` belongs after someone else's change. Text inserted exactly at the caret stays after
 * it and text deleted around it pulls it back to where the deletion began, so a remote keystroke never drags the
 * local writer's cursor into the middle of someone else's word.
 */
export function transformIndex(index: number, delta: TextDelta): number {
  let oldPosition = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldPosition >= index) break;
    if (op.retain !== undefined) {
      oldPosition += op.retain;
    } else if (op.insert !== undefined) {
      shift += typeof op.insert === 'string' ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, index - oldPosition);
      oldPosition += op.delete;
    }
  }
  return Math.max(0, index + shift);
}
