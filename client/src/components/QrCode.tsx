import { useMemo } from 'react';
import { qrMatrix } from './qrMatrix.js';
import { qrExtent, qrPathData } from './qrPath.js';

interface QrCodeProps {
  /** What a phone reads when it scans the code (a join URL). */
  text: string;
  /** Read to screen-reader users instead of the pattern, e.g. "QR code: Sumatera". */
  label: string;
  className?: string;
  testId?: string;
}

/**
 * A QR code as plain SVG elements, black on white with its quiet zone, filling whatever box CSS gives it. No
 * canvas, no data: URL and no innerHTML, so it passes the server's strict CSP and prints sharp at any size.
 */
export function QrCode({ text, label, className, testId }: QrCodeProps) {
  const { extent, path } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { extent: qrExtent(matrix), path: qrPathData(matrix) };
  }, [text]);
  return (
    <svg
      className={className ? `qr-code ${className}` : 'qr-code'}
      viewBox={`0 0 ${extent} ${extent}`}
      role="img"
      aria-label={label}
      // Whole modules, no anti-aliased edges between neighbours.
      shapeRendering="crispEdges"
      data-testid={testId}
      data-qr-text={text}
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
