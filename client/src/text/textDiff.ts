/** One replacement that turns `before` into `after`: delete `deleteCount` code units at `index`, insert `insert`. */
export interface TextChange {
  index: number;
  deleteCount: number;
  insert: string;
}

/**
 * The smallest single replacement between two strings, found from their common prefix and suffix. A textarea
 * reports only its new value, so this recovers the keystroke; sending just that (not the whole text) is what lets
 * two people type in the same card and keep both edits. Indices never split a surrogate pair, so an emoji is
 * inserted or deleted whole. Returns null when nothing changed.
 */
export function diffText(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const maxPrefix = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;

  const maxSuffix = maxPrefix - prefix;
  let suffix = 0;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;

  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
