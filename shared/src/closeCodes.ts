/**
 * WebSocket close codes of the Yjs endpoint, shared by server and client.
 *
 * The y-websocket 3 client stops reconnecting on codes 4400–4499, so every code there means "retrying cannot
 * help"; the others make it reconnect with backoff.
 */
export const CLOSE_CODES = {
  /**
   * A frame could not be decoded or broke the protocol. Final. (A well-formed update that breaks the board
   * schema is not closed: it is reverted and the revert is broadcast.)
   */
  malformedFrame: 4400,
  /** No token, or one that is no key or ticket the server knows (or a revoked key). Final. */
  unauthorized: 4401,
  /**
   * A valid key or ticket that may not open this board: another event's, a participant's for another group (unless
   * the event lets participants read other groups), a facilitator's for a group it does not run, or any projector
   * key (projectors get the filtered wall instead). Final.
   */
  forbidden: 4403,
  /** The board name is malformed, or its event or group does not exist. Final. */
  boardNotFound: 4404,
  /** The device was moved to another group (or moved itself); it should open its new board. Final here. */
  seatChanged: 4409,
  /** The key was revoked or the event deleted. Final. */
  accessRevoked: 4410,
  /** The connection sent more messages per second than allowed. Final: well-behaved clients never do. */
  rateLimited: 4429,
  /** The client reads too slowly and its send buffer overflowed; reconnect and resync. Retryable. */
  slowConsumer: 4503,
  /** The server is shutting down or restarting; reconnect. Retryable. */
  serverRestart: 1012,
  /** `ws` closes frames over the size limit with this standard code. */
  frameTooLarge: 1009,
} as const;

export type CloseCodeName = keyof typeof CLOSE_CODES;

export function closeCodeName(code: number): CloseCodeName | null {
  for (const [name, value] of Object.entries(CLOSE_CODES)) {
    if (value === code) return name as CloseCodeName;
  }
  return null;
}
