/** Kinds of personal data a card should not carry (USERS.md, "Safety and privacy"). */
export type IdentifyingKind = 'nik' | 'phone' | 'email';

// A NIK (Indonesian national id) is 16 digits, sometimes written in groups.
const NIK = /(?<!\d)(?:\d[ .-]?){15}\d(?!\d)/;
// Mobile numbers: 08… or +62 / 62 8…, 9–13 digits after the prefix, spaces or dashes allowed.
const PHONE = /(?<![\d+])(?:\+?62[ .-]?|0)8(?:[ .-]?\d){7,11}(?!\d)/;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

/**
 * What in a card's text looks like it could identify a person. Survivors are in the room: the board warns the
 * writer instead of silently storing a phone number or an id number for everyone to see and export.
 */
export function identifyingKinds(text: string): IdentifyingKind[] {
  const kinds: IdentifyingKind[] = [];
  if (NIK.test(text)) kinds.push('nik');
  if (PHONE.test(text)) kinds.push('phone');
  if (EMAIL.test(text)) kinds.push('email');
  return kinds;
}
