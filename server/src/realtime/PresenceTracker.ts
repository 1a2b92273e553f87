import type { GroupPresence } from '@rembuk/shared';

/**
 * Who is connected to which group, in memory only: pseudonyms are never written to disk. Counts devices
 * (sockets), not people.
 */
export class PresenceTracker {
  private readonly groups = new Map<string, Map<string, Map<string, string | null>>>();

  join(eventId: string, groupId: string, socketId: string, pseudonym: string | null): void {
    let event = this.groups.get(eventId);
    if (!event) {
      event = new Map();
      this.groups.set(eventId, event);
    }
    let members = event.get(groupId);
    if (!members) {
      members = new Map();
      event.set(groupId, members);
    }
    members.set(socketId, pseudonym);
  }

  leave(eventId: string, groupId: string, socketId: string): void {
    const event = this.groups.get(eventId);
    const members = event?.get(groupId);
    if (!event || !members) return;
    members.delete(socketId);
    if (members.size === 0) event.delete(groupId);
    if (event.size === 0) this.groups.delete(eventId);
  }

  group(eventId: string, groupId: string): GroupPresence {
    const members = this.groups.get(eventId)?.get(groupId);
    const pseudonyms = members ? [...members.values()].filter((name): name is string => !!name) : [];
    pseudonyms.sort((a, b) => a.localeCompare(b));
    return { groupId, count: members?.size ?? 0, pseudonyms };
  }

  event(eventId: string, groupIds: readonly string[]): GroupPresence[] {
    return groupIds.map((groupId) => this.group(eventId, groupId));
  }
}
