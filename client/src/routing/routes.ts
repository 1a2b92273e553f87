import type { EventId, GroupId } from '@rembuk/shared';

/** Every page of the client. The server answers any non-API path with index.html, so these are real URLs. */
export type Route =
  | { page: 'home' }
  | { page: 'create' }
  /** `keyInUrl` is the organizer key from `#key=…` when the private link was just opened. */
  | { page: 'organizer'; eventId: EventId; keyInUrl: string | null }
  /** The printable sheet of join QR codes; it opens with the organizer key already kept on the device. */
  | { page: 'organizerQr'; eventId: EventId }
  /** Facilitator dashboard and projector: a link's key and the event's join code ride in the fragment. */
  | { page: 'facilitator'; eventId: EventId; link: LinkInUrl | null }
  | { page: 'projector'; eventId: EventId; link: LinkInUrl | null }
  /** `groupId` comes from a group's own QR code (`/j/CODE/GROUP`): that group is preselected, nothing more. */
  | { page: 'join'; joinCode: string; groupId: GroupId | null }
  | { page: 'board'; eventId: EventId; groupId: GroupId }
  | { page: 'notFound' };

export interface LinkInUrl {
  key: string;
  joinCode: string | null;
}

const ID = '([a-z0-9]{4,32})';
const ORGANIZER = new RegExp(`^/o/${ID}/?$`);
const ORGANIZER_QR = new RegExp(`^/o/${ID}/qr/?$`);
const FACILITATOR = new RegExp(`^/f/${ID}/?$`);
const PROJECTOR = new RegExp(`^/p/${ID}/?$`);
// A group id is lower case, but someone typing the address off a table tent may not be.
const JOIN = /^\/j\/([^/]{1,40})(?:\/([a-zA-Z0-9]{4,32}))?\/?$/;
const BOARD = new RegExp(`^/b/${ID}/${ID}/?$`);

export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  if (pathname === '/new' || pathname === '/new/') return { page: 'create' };
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const organizer = ORGANIZER.exec(pathname);
  if (organizer?.[1]) return { page: 'organizer', eventId: organizer[1] as EventId, keyInUrl: fragment.get('key') || null };
  const organizerQr = ORGANIZER_QR.exec(pathname);
  if (organizerQr?.[1]) return { page: 'organizerQr', eventId: organizerQr[1] as EventId };
  const facilitator = FACILITATOR.exec(pathname);
  if (facilitator?.[1]) return { page: 'facilitator', eventId: facilitator[1] as EventId, link: linkIn(fragment) };
  const projector = PROJECTOR.exec(pathname);
  if (projector?.[1]) return { page: 'projector', eventId: projector[1] as EventId, link: linkIn(fragment) };
  const join = JOIN.exec(pathname);
  if (join?.[1]) return { page: 'join', joinCode: decodeURIComponent(join[1]), groupId: join[2] ? (join[2].toLowerCase() as GroupId) : null };
  const board = BOARD.exec(pathname);
  if (board?.[1] && board[2]) return { page: 'board', eventId: board[1] as EventId, groupId: board[2] as GroupId };
  return { page: 'notFound' };
}

function linkIn(fragment: URLSearchParams): LinkInUrl | null {
  const key = fragment.get('key');
  return key ? { key, joinCode: fragment.get('join') || null } : null;
}

/** `#key=…` (and `&join=…`): fragments are never sent to the server, so keys stay out of its logs. */
function keyFragment(key: string, joinCode?: string): string {
  return `#key=${encodeURIComponent(key)}${joinCode ? `&join=${encodeURIComponent(joinCode)}` : ''}`;
}

export const paths = {
  home: () => '/',
  create: () => '/new',
  organizer: (eventId: EventId) => `/o/${eventId}`,
  /** The private organizer link: the key rides in the fragment, which browsers never send to the server. */
  organizerWithKey: (eventId: EventId, organizerKey: string) => `/o/${eventId}${keyFragment(organizerKey)}`,
  organizerQr: (eventId: EventId) => `/o/${eventId}/qr`,
  facilitator: (eventId: EventId) => `/f/${eventId}`,
  facilitatorWithKey: (eventId: EventId, key: string, joinCode?: string) => `/f/${eventId}${keyFragment(key, joinCode)}`,
  projector: (eventId: EventId) => `/p/${eventId}`,
  projectorWithKey: (eventId: EventId, key: string, joinCode?: string) => `/p/${eventId}${keyFragment(key, joinCode)}`,
  join: (joinCode: string) => `/j/${encodeURIComponent(joinCode)}`,
  /** What a group's table tent encodes: the join page with that group already chosen. */
  joinGroup: (joinCode: string, groupId: GroupId) => `/j/${encodeURIComponent(joinCode)}/${groupId}`,
  board: (eventId: EventId, groupId: GroupId) => `/b/${eventId}/${groupId}`,
};
