import { TIME_ZONE_OFFSET_HOURS, type TimeZoneLabel } from '@rembuk/shared';

export const DEFAULT_PURGE_AFTER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When an event is deleted: `purgeAfterDays` after the end of its day in its own time zone, or after its creation
 * when it has no date (UU 27/2022: personal data kept no longer than needed).
 */
export function purgeTime(
  event: { date: string | null; timeZone: TimeZoneLabel; createdAt: string },
  purgeAfterDays: number,
): string {
  const start = event.date ? endOfLocalDay(event.date, event.timeZone) : Date.parse(event.createdAt);
  return new Date(start + purgeAfterDays * DAY_MS).toISOString();
}

/** A purge time already past: the event would be deleted within the hour, which the organizer must be told. */
export function retentionAlreadyOver(purgeAt: string, now = new Date()): boolean {
  return purgeAt <= now.toISOString();
}

/** Midnight after `date` in the zone, as epoch ms. */
function endOfLocalDay(date: string, zone: TimeZoneLabel): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day + 1) - TIME_ZONE_OFFSET_HOURS[zone] * 60 * 60 * 1000;
}
