import type { EventId, GroupId } from '@rembuk/shared';

/** Every page of the client. The server answers any non-API path with index.html, so these are real URLs. */
export type Route =
  | { page: 'home' }
  | { page: 'create' }
  /** `keyInUrl` is the organizer key from `#key=…` when the private link was just opened. */
  | { page: 'organizer'; eventId: EventId; keyInUrl: string | null }
  | { page: 'join'; joinCode: string }
  | { page: 'board'; eventId: EventId; groupId: GroupId }
  | { page: 'notFound' };

const ID = '([a-z0-9]{4,32})';
const ORGANIZER = new RegExp(`^/o/${ID}/?$`);
const JOIN = /^\/j\/([^/]{1,40})\/?$/;
const BOARD = new RegExp(`^/b/${ID}/${ID}/?$`);

export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  if (pathname === '/new' || pathname === '/new/') return { page: 'create' };
  const organizer = ORGANIZER.exec(pathname);
  if (organizer?.[1]) {
    const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
    return { page: 'organizer', eventId: organizer[1] as EventId, keyInUrl: key || null };
  }
  const join = JOIN.exec(pathname);
  if (join?.[1]) return { page: 'join', joinCode: decodeURIComponent(join[1]) };
  const board = BOARD.exec(pathname);
  if (board?.[1] && board[2]) return { page: 'board', eventId: board[1] as EventId, groupId: board[2] as GroupId };
  return { page: 'notFound' };
}

export const paths = {
  home: () => '/',
  create: () => '/new',
  organizer: (eventId: EventId) => `/o/${eventId}`,
  /** The private organizer link: the key rides in the fragment, which browsers never send to the server. */
  organizerWithKey: (eventId: EventId, organizerKey: string) => `/o/${eventId}#key=${encodeURIComponent(organizerKey)}`,
  join: (joinCode: string) => `/j/${encodeURIComponent(joinCode)}`,
  board: (eventId: EventId, groupId: GroupId) => `/b/${eventId}/${groupId}`,
};
