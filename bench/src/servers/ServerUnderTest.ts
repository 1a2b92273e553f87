/** Which server a measurement belongs to; `cluster` is Rembuk as 2 nodes behind HAProxy on PostgreSQL (`--cluster`). */
export type ServerKind = 'rembuk' | 'baseline' | 'cluster';

/** One board (Yjs room) on a server under test: what a y-websocket `WebsocketProvider` takes, minus the params. */
export interface BoardTarget {
  serverUrl: string;
  room: string;
}

/** A server started as its own child process, so its CPU and memory are measured alone. */
export interface ServerUnderTest {
  readonly kind: ServerKind;
  readonly pid: number;
  readonly port: number;
  /** Make `count` new, empty boards (Rembuk: groups of events created over REST; the baseline: fresh room names). */
  createBoards(count: number): Promise<BoardTarget[]>;
  /**
   * Query parameters for `count` new clients of `board`: on Rembuk a participant ticket each (a seat taken over
   * REST with the event's join code, as a phone does), on the baseline nothing.
   */
  admit(board: BoardTarget, count: number): Promise<Record<string, string>[]>;
  /** Rembuk only: the organizer key of the event `board` belongs to (the hostile scenario changes its phase). */
  organizerKey?(board: BoardTarget): string;
  stop(): Promise<void>;
}

/** The WebSocket URL a client opens: y-websocket's `serverUrl/room?params`. */
export function clientUrl(board: BoardTarget, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return `${board.serverUrl}/${board.room}${query ? `?${query}` : ''}`;
}
