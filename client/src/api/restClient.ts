import type {
  AccessKeyInfo,
  CreateAccessKeyReply,
  CreateEventReply,
  ErrorBody,
  ErrorReason,
  EventId,
  ExportFormat,
  ExportLanguage,
  ExportQuery,
  GroupId,
  Language,
  OrganizerEvent,
  PublicEvent,
  ServerAddress,
  TakeSeatReply,
  TimeZoneLabel,
} from '@rembuk/shared';
import { readBodyWithProgress, type ByteProgress } from './readBodyWithProgress.js';

/** What `PATCH /api/events/{id}` accepts (UpdateEventSettingsBody; the zod schema stays out of the bundle). */
export interface EventSettingsChange {
  allowReadingOtherGroups?: boolean;
  votesPerParticipant?: number;
  votesPerCard?: number;
  purgeAfterDays?: number;
}

/** What `POST /api/events/{id}/keys` accepts (CreateAccessKeyBody). */
export type NewAccessKey = { role: 'projector'; label?: string } | { role: 'facilitator'; label?: string; groupIds?: string[] };

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

/** Where phones reach this server (`GET /api/server`): what every printed or projected link is made of. */
export function getServerAddress(): Promise<ServerAddress> {
  return requestJson<ServerAddress>('/api/server');
}

export async function findEventByJoinCode(joinCode: string): Promise<PublicEvent> {
  const reply = await requestJson<{ event: PublicEvent }>(`/api/join/${encodeURIComponent(joinCode)}`);
  return reply.event;
}

/** The public description of an event, for a facilitator or projector key (the organizer key gets more). */
export async function getEventWithKey(eventId: EventId, key: string): Promise<PublicEvent> {
  const reply = await requestJson<{ event: PublicEvent }>(`/api/events/${encodeURIComponent(eventId)}`, {
    headers: bearer(key),
  });
  return reply.event;
}

export async function getOrganizerEvent(eventId: EventId, organizerKey: string): Promise<OrganizerEvent> {
  const reply = await requestJson<{ event: OrganizerEvent }>(`/api/events/${encodeURIComponent(eventId)}`, {
    headers: bearer(organizerKey),
  });
  return reply.event;
}

/** The choices of `GET /api/events/{id}/export` besides the format (ExportQuery). */
export interface ExportOptions {
  /** Language of headings and labels; left out, the server uses the event's language. */
  lang?: ExportLanguage;
  /** Keep the cards marked "not for screen" (the server leaves them out unless asked). */
  includeNotForScreen?: boolean;
  /** Themes across regions: approved ones only (the server's default), or all with their state. */
  themes?: ExportQuery['themes'];
}

/** The stable export address an organizer can also fetch with a script (with the bearer header). */
export function exportPath(eventId: EventId, format: ExportFormat, options: ExportOptions = {}): string {
  const query = new URLSearchParams({ format });
  if (options.lang) query.set('lang', options.lang);
  if (options.includeNotForScreen) query.set('includeNotForScreen', 'true');
  if (options.themes === 'all') query.set('themes', 'all');
  return `${eventPath(eventId)}/export?${query.toString()}`;
}

/**
 * Take (or change) this device's seat in a group; the previous ticket keeps the same device. The event id in the
 * query lets a load balancer send the request to the node that owns the event (several nodes), whose realtime
 * control then moves the device's open connections.
 */
export async function takeSeat(joinCode: string, eventId: EventId, groupId: GroupId, ticket: string | null): Promise<TakeSeatReply> {
  const query = new URLSearchParams({ event: eventId });
  return requestJson<TakeSeatReply>(`/api/join/${encodeURIComponent(joinCode)}/seat?${query.toString()}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ticket ? { groupId, ticket } : { groupId }),
  });
}

export async function listAccessKeys(eventId: EventId, organizerKey: string): Promise<AccessKeyInfo[]> {
  const reply = await requestJson<{ keys: AccessKeyInfo[] }>(`${eventPath(eventId)}/keys`, { headers: bearer(organizerKey) });
  return reply.keys;
}

export function createAccessKey(eventId: EventId, organizerKey: string, body: NewAccessKey): Promise<CreateAccessKeyReply> {
  return requestJson<CreateAccessKeyReply>(`${eventPath(eventId)}/keys`, {
    method: 'POST',
    headers: { ...bearer(organizerKey), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Revoke a key: the server closes its connections at once. */
export async function revokeAccessKey(eventId: EventId, organizerKey: string, keyId: string): Promise<void> {
  await requestNothing(`${eventPath(eventId)}/keys/${encodeURIComponent(keyId)}`, { method: 'DELETE', headers: bearer(organizerKey) });
}

export async function updateEventSettings(eventId: EventId, organizerKey: string, change: EventSettingsChange): Promise<OrganizerEvent> {
  const reply = await requestJson<{ event: OrganizerEvent }>(eventPath(eventId), {
    method: 'PATCH',
    headers: { ...bearer(organizerKey), 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
  });
  return reply.event;
}

/** Delete the event and everything of it now. */
export async function deleteEvent(eventId: EventId, organizerKey: string): Promise<void> {
  await requestNothing(eventPath(eventId), { method: 'DELETE', headers: bearer(organizerKey) });
}

/**
 * The JSON export, parsed: read before any download to look for identifying text. With the same cards and themes
 * as the download it precedes (the language only changes labels, so it is not asked for).
 */
export function fetchJsonExport(
  eventId: EventId,
  organizerKey: string,
  options: Pick<ExportOptions, 'includeNotForScreen' | 'themes'> = {},
  signal?: AbortSignal,
): Promise<unknown> {
  const path = exportPath(eventId, 'json', { includeNotForScreen: options.includeNotForScreen, themes: options.themes });
  return requestJson<unknown>(path, { headers: bearer(organizerKey), signal });
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export interface DownloadControl {
  signal?: AbortSignal;
  /**
   * Called first when the server starts answering (the file is rendered by then: it sends nothing before), then
   * as the body arrives.
   */
  onProgress?: (progress: ByteProgress) => void;
}

export async function downloadExport(
  eventId: EventId,
  organizerKey: string,
  format: ExportFormat,
  options: ExportOptions = {},
  { signal, onProgress = () => undefined }: DownloadControl = {},
): Promise<DownloadedFile> {
  const response = await send(exportPath(eventId, format, options), { headers: bearer(organizerKey), signal });
  if (!response.ok) throw await errorOf(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `rembuk-${eventId}.${format}`;
  return { blob: await readBodyWithProgress(response, onProgress, signal), filename };
}

function eventPath(eventId: EventId): string {
  return `/api/events/${encodeURIComponent(eventId)}`;
}

function bearer(key: string): Record<string, string> {
  return { Authorization: `Bearer ${key}` };
}

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await send(path, init);
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as T;
}

async function requestNothing(path: string, init: RequestInit): Promise<void> {
  const response = await send(path, init);
  if (!response.ok) throw await errorOf(response);
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (error) {
    // A cancelled request is the caller's own doing, not a network failure: it gets its reason back.
    if (init?.signal?.aborted) throw init.signal.reason;
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
