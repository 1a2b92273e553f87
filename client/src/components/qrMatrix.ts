// A CommonJS package: the default import is its `exports` object, in Vite's bundle and in Node alike.
import QRCode from 'qrcode';
import type { ModuleMatrix } from './qrPath.js';

/**
 * The module matrix of `text` at error correction level M (15 % of the symbol may be lost): a printed tent
 * gets folded and smudged, a projected one is seen at an angle, and M still keeps a join URL at a small version.
 */
export function qrMatrix(text: string): ModuleMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) !== 0 };
}
