/** How many columns and rows of group QR codes, and how large each code can be. */
export interface QrGridShape {
  columns: number;
  rows: number;
  /** Side of one QR code in the box's unit (the label under it not included). */
  side: number;
}

/**
 * The shape that makes `count` QR codes largest in a `width` × `height` box, each tile a square code with a
 * label `labelHeight` tall under it and `gap` between tiles. Trying every column count is cheap: at most 20
 * groups.
 */
export function fitQrGrid(count: number, width: number, height: number, labelHeight: number, gap: number): QrGridShape {
  let best: QrGridShape = { columns: 1, rows: Math.max(count, 1), side: 0 };
  for (let columns = 1; columns <= Math.max(count, 1); columns++) {
    const rows = Math.ceil(count / columns);
    const byWidth = (width - gap * (columns - 1)) / columns;
    const byHeight = (height - gap * (rows - 1)) / rows - labelHeight;
    const side = Math.max(0, Math.min(byWidth, byHeight));
    if (side > best.side) best = { columns, rows, side };
  }
  return best;
}
