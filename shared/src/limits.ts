/** Limits enforced by the server and mirrored by the client's inputs so honest users never meet them. */
export const LIMITS = {
  /** Largest WebSocket frame the Yjs endpoint accepts (the full initial sync of a large board fits). */
  maxFrameBytes: 4 * 1024 * 1024,
  /** Longest card text, in UTF-16 code units (what `Y.Text.length` counts). */
  maxCardTextLength: 2000,
  /** Longest action field (organisation, partners, resources, indicator, first step). */
  maxFieldLength: 300,
  /** Longest challenge category key (categories are configurable per event). */
  maxCategoryLength: 60,
  /**
   * Largest board, in bytes of its encoded Yjs state. Below `maxFrameBytes`, so that the whole board always fits in
   * one sync frame either way; 500 cards of 2,000 characters with their edit history stay well under it.
   */
  maxBoardBytes: 3 * 1024 * 1024,
  /**
   * Bytes of updates a connection may send before its own sync step 2 has arrived that depend on content only that
   * sync step brings (a phone typing in the moment it reconnects). They wait, outside the board, for the sync step.
   */
  maxHeldUpdateBytes: 256 * 1024,
  /**
   * Sync requests (SyncStep1, awareness queries) per connection: each answer costs a whole board or a whole
   * awareness table. A provider sends one per connection; the burst covers a reload race.
   */
  syncRequestsPerMinute: 6,
  syncRequestBurst: 4,
  /**
   * Reverted updates per connection (each costs an apply, an undo and a net change for everyone). A phone that
   * types in the moment its board is locked has a few reverted; the shipped client stops offering edits then.
   */
  revertsPerSecond: 2,
  revertBurst: 30,
  /** Refused updates per device within `strikeWindowMs` before its Yjs connections are turned away for that long. */
  maxStrikes: 3,
  strikeWindowMs: 60_000,
  /** Most cards on one board, both columns together. */
  maxCardsPerBoard: 500,
  /** Most challenges one action card may be linked to. */
  maxLinksPerAction: 50,
  /** Sustained messages per second per Yjs connection, and the burst allowed above it. */
  messagesPerSecond: 60,
  messageBurst: 300,
  /**
   * socket.io events (votes, commands, `setPseudonym`) per second per socket, and the burst allowed above it. A
   * socket that goes beyond is cut (`failure` with `rate_limited`, then a server-side disconnect) and its excess
   * events are never handled: a person pressing buttons never comes near it.
   */
  socketEventsPerSecond: 20,
  socketEventBurst: 100,
  /** Votes and commands of one socket being carried out at once; one more is refused at once (`too_many_in_flight`). */
  maxInFlightPerSocket: 4,
  /** Largest awareness state of one client, in bytes of JSON. */
  maxAwarenessStateBytes: 1024,
  /** Bytes a slow client may have queued before it is disconnected. */
  maxBufferedBytes: 8 * 1024 * 1024,
  maxPseudonymLength: 40,
  maxTitleLength: 200,
  maxGroups: 50,
  maxGroupNameLength: 80,
  maxBroadcastLength: 280,
  maxKeyLabelLength: 60,
  /** Dot-voting settings: the most dots per participant, and per card. */
  maxVotes: 50,
  /** Longest retention an event may ask for, in days after its date. */
  maxPurgeAfterDays: 365,
  /** Shortest and longest countdown a facilitator may start. */
  minTimerMs: 5_000,
  maxTimerMs: 4 * 60 * 60 * 1000,
} as const;
