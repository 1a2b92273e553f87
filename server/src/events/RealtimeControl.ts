import type { EventId } from '@rembuk/shared';

/** What REST handlers and commands must tell the live channels (Yjs and socket.io) when access changes. */
export interface RealtimeControl {
  /** A device now sits in another group: close its old board connections and point it to the new one. */
  seatChanged(eventId: EventId, deviceId: string, groupId: string): void;
  /** A key was revoked: close every connection that used it, at once. */
  keyRevoked(eventId: EventId, keyId: string): void;
  /** Participants may no longer read other groups' boards: close those reading connections. */
  readingOtherGroupsEnded(eventId: EventId): void;
  /** An event is being deleted: close everything of it and drop its boards from memory without saving. */
  eventDeleted(eventId: EventId): void;
}
