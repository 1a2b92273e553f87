import { TIME_ZONE_OFFSET_HOURS, type Language, type TimeZoneLabel } from '@rembuk/shared';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const CLOCK_TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' };
const CLOCK_SECONDS: Intl.DateTimeFormatOptions = { ...CLOCK_TIME, second: '2-digit' };
const MS_PER_HOUR = 3_600_000;

/** A calendar date (`YYYY-MM-DD`) as people write it: "20 Juli 2023" / "20 July 2023". */
export function formatEventDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  // Formatted in UTC so the day never shifts with the viewer's own time zone.
  return new Intl.DateTimeFormat(LOCALES[language], LONG_DATE).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * An instant as date and time in the event's zone, labelled with it: "20 Juli 2023 14.30 WITA". The zones are
 * fixed offsets (Indonesia has no daylight saving), so no time zone database is needed on the phone.
 */
export function formatEventDateTime(instant: Date, zone: TimeZoneLabel, language: Language): string {
  const shifted = new Date(instant.getTime() + TIME_ZONE_OFFSET_HOURS[zone] * MS_PER_HOUR);
  // Formatting the shifted instant as UTC shows the zone's wall-clock time.
  const date = new Intl.DateTimeFormat(LOCALES[language], LONG_DATE).format(shifted);
  const time = new Intl.DateTimeFormat(LOCALES[language], CLOCK_TIME).format(shifted);
  return `${date} ${time} ${zone}`;
}

/** The time of day in the event's zone, to the second, labelled with it: "14.30.05 WITA" (for "updated at"). */
export function formatEventClock(instant: Date, zone: TimeZoneLabel, language: Language): string {
  const shifted = new Date(instant.getTime() + TIME_ZONE_OFFSET_HOURS[zone] * MS_PER_HOUR);
  return `${new Intl.DateTimeFormat(LOCALES[language], CLOCK_SECONDS).format(shifted)} ${zone}`;
}
