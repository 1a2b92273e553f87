import type {
  CreateEventReply,
  ErrorBody,
  ErrorReason,
  EventId,
  ExportFormat,
  GroupId,
  Language,
  OrganizerEvent,
  PublicEvent,
  TakeSeatReply,
  TimeZoneLabel,
} from '@rembuk/shared';

/** What the create form sends to `POST /api/events` (the server fills in defaults for what is missing). */
export interface NewEventRequest {
  title: string;
  date?: string;
  place?: string;
  timeZone: TimeZoneLabel;
  language: Language;
  groups: string[];
}

/** A failed request, with the server's reason or `network` when no answer came back. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly reason: ErrorReason | 'network',
    message: string,
    readonly issues: readonly string[] = [],
  ) {
    super(message);
  }
}

export function createEvent(body: NewEventRequest): Promise<CreateEventReply> {
  return requestJson<CreateEventReply>('/api/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function findEventByJoinCode(joinCode: string): Promise<PublicEvent> {
  const reply = await requestJson<{ event: PublicEvent }>(`/api/join/${encodeURIComponent(joinCode)}`);
  return reply.event;
}

export async function getOrganizerEvent(eventId: EventId, organizerKey: string): Promise<OrganizerEvent> {
  const reply = await requestJson<{ event: OrganizerEvent }>(`/api/events/${encodeURIComponent(eventId)}`, {
    headers: bearer(organizerKey),
  });
  return reply.event;
}

/** The stable export address an organizer can also fetch with a script (with the bearer header). */
export function exportPath(eventId: EventId, format: ExportFormat): string {
  return `/api/events/${encodeURIComponent(eventId)}/export?format=${format}`;
}

/** Take (or change) this device's seat in a group; the previous ticket keeps the same device. */
export async function takeSeat(joinCode: string, groupId: GroupId, ticket: string | null): Promise<TakeSeatReply> {
  return requestJson<TakeSeatReply>(`/api/join/${encodeURIComponent(joinCode)}/seat`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ticket ? { groupId, ticket } : { groupId }),
  });
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export async function downloadExport(eventId: EventId, organizerKey: string, format: ExportFormat): Promise<DownloadedFile> {
  const response = await send(exportPath(eventId, format), { headers: bearer(organizerKey) });
  if (!response.ok) throw await errorOf(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `rembuk-${eventId}.${format}`;
  return { blob: await response.blob(), filename };
}

function bearer(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await send(path, init);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error) return new ApiError(response.status, body.error.reason, body.error.message, body.error.issues ?? []);
  } catch {
    // Not our JSON error body (a proxy's HTML page, say): fall through to a reason from the status alone.
  }
  return new ApiError(response.status, response.status === 404 ? 'not_found' : 'internal', response.statusText);
}
