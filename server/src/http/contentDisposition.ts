import { asciiFileName } from '../export/exportFileName.js';

/**
 * `attachment; filename="ascii.docx"; filename*=UTF-8''…`: RFC 6266 with the RFC 5987 name, so a title in any
 * script reaches the saved file, and clients that only read `filename` still get a clean ASCII name.
 */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** Percent-encoding as RFC 5987's attr-char demands: encodeURIComponent leaves ' ( ) * unencoded. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
