/**
 * WebSocket close codes of the Yjs endpoint, shared by server and client.
 *
 * The y-websocket 3 client stops reconnecting on codes 4400–4499, so every code there means "retrying cannot
 * help"; the others make it reconnect with backoff.
 */
export const CLOSE_CODES = {
  /** A frame could not be decoded or broke the protocol. Final. */
  malformedFrame: 4400,
  /**
   * An update that would put a value outside the board schema: a card that is not a map, an unknown field, a
   * value of the wrong type, an embed or formatting in a card text, a root the board does not have. Refused
   * before it touches the board (nothing of it is kept, stored or sent). Final: the shipped client never writes
   * one. (A well-formed change that breaks a rule of the board as it then is — text too long, too many cards, or
   * not allowed by the session now — is not closed: it is reverted for everyone.)
   */
  schemaViolation: 4422,
  /**
   * An update that depends on content the server does not have (Yjs would keep it "pending"), sent after this
   * connection's own sync step 2, or more of them before it than the server holds. Refused whole. Final.
   */
  incompleteUpdate: 4424,
  /** The update would make the board larger than `LIMITS.maxBoardBytes`. Refused. Final. */
  boardFull: 4413,
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
  /**
   * The connection sent more messages per second, more sync requests per minute or more updates that had to be
   * reverted than allowed; or its device had updates refused repeatedly and is turned away for
   * `LIMITS.strikeWindowMs`. Final: well-behaved clients never do.
   */
  rateLimited: 4429,
  /** The client reads too slowly and its send buffer overflowed; reconnect and resync. Retryable. */
  slowConsumer: 4503,
  /**
   * Several nodes (issue 13): another node owns this board's event right now, or this node just lost or handed it
   * over. The balancer sends the retry to the event's owner within seconds. Retryable.
   */
  eventElsewhere: 4504,
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
