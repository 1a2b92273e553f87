/**
 * Every way a Markdown reader or a text editor ends a line: CommonMark ends lines on CR, LF and CRLF, and
 * editors and browsers also break on NEL, the line and paragraph separators, vertical tab and form feed. A card
 * that holds any of them must not end a table row or a heading early.
 */
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** A table cell: pipes and line breaks would break the table; HTML is shown as text. */
export function escapeCell(value: string): string {
  return escapeMarkup(value).replace(/\|/g, '\\|').replace(LINE_BREAKS, '<br>');
}

/** A heading, a paragraph or a list item: one line, shown as typed. */
export function escapeInline(value: string): string {
  return escapeMarkup(value).replace(LINE_BREAKS, ' ');
}

/**
 * Card text is shown as typed, never interpreted: no links or images (a rendered report must not load anything
 * from elsewhere), no emphasis, no raw HTML.
 */
function escapeMarkup(value: string): string {
  return value.replace(/[\\`*_[\]<>!#]/g, (char) => `\\${char}`);
}
