/**
 * Every benchmark edit inserts a marker `#E<key>@<sentMicros>#` into its card's text. Yjs stores inserted strings
 * verbatim in the update bytes, so a receiver finds the edit and its send time by scanning the raw frame, without
 * applying the update to a document (which would cost the load generator more than the server).
 */
const PREFIX = Buffer.from('#E');
const AT = 0x40;
const HASH = 0x23;

/** Edit keys pack the sender's global client index and its edit sequence number. */
export const EDITS_PER_CLIENT = 100_000;

export function editKey(clientIndex: number, seq: number): number {
  return clientIndex * EDITS_PER_CLIENT + (seq % EDITS_PER_CLIENT);
}

export function senderOf(key: number): number {
  return Math.floor(key / EDITS_PER_CLIENT);
}

export function markerText(key: number, sentMicros: number): string {
  return `#E${key}@${sentMicros}#`;
}

/** Call `found(key, sentMicros)` for every marker in `frame`. */
export function scanMarkers(frame: Buffer, found: (key: number, sentMicros: number) => void): void {
  let at = frame.indexOf(PREFIX, 0);
  while (at >= 0) {
    let i = at + 2;
    let key = 0;
    let digits = 0;
    for (; i < frame.length && isDigit(frame[i]); i++, digits++) key = key * 10 + (frame[i] ?? 0) - 48;
    if (digits > 0 && frame[i] === AT) {
      i++;
      let micros = 0;
      let timeDigits = 0;
      for (; i < frame.length && isDigit(frame[i]); i++, timeDigits++) micros = micros * 10 + (frame[i] ?? 0) - 48;
      if (timeDigits > 0 && frame[i] === HASH) found(key, micros);
    }
    at = frame.indexOf(PREFIX, Math.max(i, at + 2));
  }
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 48 && byte <= 57;
}

/** Wall-clock microseconds comparable across threads and processes of one machine. */
export function nowMicros(): number {
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}
