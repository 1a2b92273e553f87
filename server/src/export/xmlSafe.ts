/**
 * Text without the characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF). A card could hold them (pasted text); one such character would make Word or
 * Excel refuse the whole file.
 */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}
