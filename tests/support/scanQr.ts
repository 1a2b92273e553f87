import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// A CommonJS package typed with `export default`: under NodeNext the default import is its module object, whose
// `default` is the scanner (the package sets it for exactly this).
const jsQR = jsQRModule.default;

/**
 * What a phone would read from a screenshot of a QR code: jsQR scans the pixels (pngjs decodes the PNG) with no
 * knowledge of how the code was drawn, so a match proves the drawing scans. Null when nothing scans.
 */
export function scanQr(screenshot: Buffer): string | null {
  const image = PNG.sync.read(screenshot);
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return jsQR(pixels, image.width, image.height)?.data ?? null;
}
