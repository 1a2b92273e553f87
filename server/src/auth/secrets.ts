import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, formatJoinCode, type JoinCode } from '@rembuk/shared';

/** 32 random bytes (256 bits), base64url: the organizer key. Shown once, stored only as its hash. */
export function newSecretKey(): string {
  return randomBytes(32).toString('base64url');
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented key with a stored hash. */
export function keyMatchesHash(key: string, storedHash: string): boolean {
  const presented = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/**
 * An 8-character join code (~40 bits): short enough to type from a projected slide. It is not a secret from
 * the room; guessing is slowed by per-IP rate limits on every endpoint that accepts it.
 */
export function newJoinCode(): JoinCode {
  let code = '';
  for (let i = 0; i < 8; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return formatJoinCode(code);
}

/** Event and group ids: random, lower-case base-36, safe in URLs and Yjs document names. */
export function newEventId(): string {
  return randomBase36(16);
}

export function newGroupId(): string {
  return randomBase36(8);
}

/** Random lower-case base-36 characters (device ids, key ids). */
export function randomBase36(length: number): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let id = '';
  for (let i = 0; i < length; i++) id += alphabet[randomInt(alphabet.length)];
  return id;
}
