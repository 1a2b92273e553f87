/**
 * An emoji as one cluster: a pictograph with its presentation selector, skin tone and zero-width-joined parts, a
 * flag (two regional indicators), or a keycap. Matched whole so that a cluster is never split between fonts.
 */
const EMOJI_CLUSTER =
  /(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*)/gu;

export interface TextRun {
  text: string;
  emoji: boolean;
}

/** Text cut into runs of emoji and of other text, in order; text without emoji is one run (or none when empty). */
export function emojiRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(EMOJI_CLUSTER)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), emoji: false });
    const last = runs.at(-1);
    if (last?.emoji) last.text += match[0];
    else runs.push({ text: match[0], emoji: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), emoji: false });
  return runs;
}

/** Whether the text has any emoji at all: most cells have none and take the plain path. */
export function hasEmoji(text: string): boolean {
  EMOJI_CLUSTER.lastIndex = 0;
  const found = EMOJI_CLUSTER.test(text);
  EMOJI_CLUSTER.lastIndex = 0;
  return found;
}
