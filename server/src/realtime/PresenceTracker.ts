import type { GroupPresence, SeatedDevice } from '@rembuk/shared';

interface Member {
  deviceId: string;
  pseudonym: string | null;
}

/**
 * Who is connected to which group, in memory only: pseudonyms are never written to disk. Counts devices
 * (sockets), not people.
 */
export class PresenceTracker {
  private readonly groups = new Map<string, Map<string, Map<string, Member>>>();

  join(eventId: string, groupId: string, socketId: string, member: Member): void {
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
    members.set(socketId, member);
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
    const members = [...(this.groups.get(eventId)?.get(groupId)?.values() ?? [])];
    const pseudonyms = members.map((member) => member.pseudonym).filter((name): name is string => !!name);
    pseudonyms.sort((a, b) => a.localeCompare(b));
    return { groupId, count: members.length, pseudonyms };
  }

  event(eventId: string, groupIds: readonly string[]): GroupPresence[] {
    return groupIds.map((groupId) => this.group(eventId, groupId));
  }

  /** Distinct devices in a group (a device with two tabs is listed once). */
  devices(eventId: string, groupId: string): SeatedDevice[] {
    const byDevice = new Map<string, SeatedDevice>();
    for (const member of this.groups.get(eventId)?.get(groupId)?.values() ?? []) {
      byDevice.set(member.deviceId, { deviceId: member.deviceId, pseudonym: member.pseudonym });
    }
    return [...byDevice.values()];
  }
}
